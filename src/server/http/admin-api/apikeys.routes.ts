/** Content API keys (Ghost-compatible, for the app and headless front ends): admins create, list and revoke them. */
import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import type { ContentApiKeyInfo } from '../../modules/content-api/index.js'
import type { Services } from '../../services.js'
import { Id, iso, isoOrNull, Nullable, NullableTime, Time } from './schemas.js'

const KeySchema = Type.Object({ id: Id, name: Type.String(), limitCap: Nullable(Type.Integer()), createdAt: Time, lastUsedAt: NullableTime, revokedAt: NullableTime })

function present(info: ContentApiKeyInfo) {
  return { id: info.id, name: info.name, limitCap: info.limitCap, createdAt: iso(info.createdAt), lastUsedAt: isoOrNull(info.lastUsedAt), revokedAt: isoOrNull(info.revokedAt) }
}

export function registerApiKeyRoutes(app: FastifyInstance, services: Services): void {
  const tags = ['content API keys']
  app.get('/apikeys', {
    config: { policy: 'manageSettings' },
    schema: { summary: 'Content API keys', tags, response: { 200: Type.Object({ apiKeys: Type.Array(KeySchema) }) } },
    handler: async () => ({ apiKeys: (await services.contentApiKeys.list()).map(present) }),
  })

  app.post('/apikeys', {
    config: { policy: 'manageSettings' },
    schema: {
      summary: 'Create a Content API key (26 hex characters, sent as ?key=); the key is in this answer only',
      tags,
      body: Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 100 }),
          limitCap: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100_000, description: 'the largest limit a request with this key gets, limit=all included' }))),
        },
        { additionalProperties: false },
      ),
      response: { 201: Type.Object({ apiKey: Type.Composite([KeySchema, Type.Object({ key: Type.String() })]) }) },
    },
    handler: async (request, reply) => {
      const body = request.body as { name: string; limitCap?: number | null }
      const { key, info } = await services.contentApiKeys.create({ name: body.name, limitCap: body.limitCap ?? null })
      return reply.code(201).send({ apiKey: { ...present(info), key } })
    },
  })

  app.delete('/apikeys/:id', {
    config: { policy: 'manageSettings' },
    schema: { summary: 'Revoke a Content API key', tags, params: Type.Object({ id: Id }, { additionalProperties: false }), response: { 200: Type.Object({ apiKey: KeySchema }) } },
    handler: async (request) => ({ apiKey: present(await services.contentApiKeys.revoke((request.params as { id: string }).id)) }),
  })
}
