/** Staff API tokens of the caller: create (shown once), list, revoke. */
import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import type { ApiTokenInfo } from '../../modules/people/index.js'
import type { Services } from '../../services.js'
import { callerOf } from './policy.js'
import { Id, iso, isoOrNull, NullableTime, Time } from './schemas.js'

const TokenSchema = Type.Object({ id: Id, name: Type.String(), createdAt: Time, lastUsedAt: NullableTime, revokedAt: NullableTime })

function present(info: ApiTokenInfo) {
  return { id: info.id, name: info.name, createdAt: iso(info.createdAt), lastUsedAt: isoOrNull(info.lastUsedAt), revokedAt: isoOrNull(info.revokedAt) }
}

export function registerTokenRoutes(app: FastifyInstance, services: Services): void {
  const tags = ['tokens']
  app.get('/tokens', {
    config: { policy: 'desk' },
    schema: { summary: 'My staff tokens', tags, response: { 200: Type.Object({ tokens: Type.Array(TokenSchema) }) } },
    handler: async (request) => ({ tokens: (await services.tokens.listForUser(callerOf(request).person.id)).map(present) }),
  })

  app.post('/tokens', {
    config: { policy: 'desk' },
    schema: {
      summary: 'Create a staff token; the token is in this answer only',
      tags,
      body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
      response: { 201: Type.Object({ token: Type.Composite([TokenSchema, Type.Object({ token: Type.String() })]) }) },
    },
    handler: async (request, reply) => {
      const { token, info } = await services.tokens.createForUser(callerOf(request).person.id, (request.body as { name: string }).name)
      return reply.code(201).send({ token: { ...present(info), token } })
    },
  })

  app.delete('/tokens/:id', {
    config: { policy: 'desk' },
    schema: { summary: 'Revoke one of my staff tokens', tags, params: Type.Object({ id: Id }, { additionalProperties: false }), response: { 200: Type.Object({ token: TokenSchema }) } },
    handler: async (request) => ({ token: present(await services.tokens.revoke((request.params as { id: string }).id, callerOf(request).person.id)) }),
  })
}
