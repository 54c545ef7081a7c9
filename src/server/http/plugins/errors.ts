/**
 * One place that turns errors into responses: catalogue errors keep their code and status,
 * schema failures become 422 VALIDATION_FAILED, anything else is a logged 500 with no details.
 * Site pages get the error page in the site's design; API paths get the JSON envelope.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, errorCatalogue, isAppError } from '../../errors.js'

const jsonPrefixes = ['/admin/api', '/api/', '/ghost/api', '/collect', '/healthz', '/a/']

export function wantsJson(request: FastifyRequest): boolean {
  return jsonPrefixes.some((prefix) => request.url.startsWith(prefix))
}

export type HtmlErrorRenderer = (request: FastifyRequest, status: 404 | 410 | 500) => Promise<string>

export function registerErrorHandling(app: FastifyInstance, renderHtml: HtmlErrorRenderer): void {
  async function send(request: FastifyRequest, reply: FastifyReply, error: AppError) {
    if (!wantsJson(request) && (error.status === 404 || error.status === 410 || error.status >= 500)) {
      const status = error.status === 404 || error.status === 410 ? error.status : 500
      return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(await renderHtml(request, status))
    }
    const body = { errors: [{ code: error.code, message: error.expose ? error.message : errorCatalogue.INTERNAL.message, ...(error.field ? { field: error.field } : {}) }] }
    if (error.details && error.details.length > 1) {
      body.errors = error.details.map((d) => ({ code: error.code, message: d.message, field: d.field }))
    }
    return reply.code(error.status).header('cache-control', 'no-store').send(body)
  }

  app.setErrorHandler(async (raw: FastifyError, request, reply) => {
    if (isAppError(raw)) return send(request, reply, raw)
    if (raw.validation) {
      const details = raw.validation.map((v) => ({ field: (v.instancePath || '/').slice(1).replaceAll('/', '.') || String(v.params?.missingProperty ?? ''), message: v.message ?? 'is not valid' }))
      return send(request, reply, new AppError('VALIDATION_FAILED', raw.message, details[0]?.field, details))
    }
    if (raw.statusCode && raw.statusCode >= 400 && raw.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large, unsupported media type).
      const code = raw.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST'
      const error = new AppError(code, raw.message)
      return reply.code(raw.statusCode).header('cache-control', 'no-store').send({ errors: [{ code: error.code, message: error.message }] })
    }
    request.log.error({ err: raw }, 'unhandled error')
    return send(request, reply, new AppError('INTERNAL'))
  })

  app.setNotFoundHandler(async (request, reply) => send(request, reply, new AppError('NOT_FOUND')))
}
