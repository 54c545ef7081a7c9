/** GET /healthz: the process is up and the database answers. */
import type { FastifyInstance } from 'fastify'

export function registerHealth(app: FastifyInstance, ping: () => Promise<void>): void {
  app.get('/healthz', {
    schema: {
      response: {
        200: { type: 'object', properties: { status: { type: 'string' }, database: { type: 'string' } }, required: ['status', 'database'] },
        503: { type: 'object', properties: { status: { type: 'string' }, database: { type: 'string' } }, required: ['status', 'database'] },
      },
    },
    handler: async (_request, reply) => {
      try {
        await ping()
        return reply.header('cache-control', 'no-store').send({ status: 'ok', database: 'ok' })
      } catch {
        return reply.code(503).header('cache-control', 'no-store').send({ status: 'error', database: 'unreachable' })
      }
    },
  })
}
