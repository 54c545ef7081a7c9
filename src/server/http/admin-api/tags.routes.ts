/** Tags: everyone in the desk reads them (autocomplete); editors create, rename and delete them. */
import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import type { Tag } from '../../modules/tags/index.js'
import type { Services } from '../../services.js'
import { IdParams, Nullable, TagSchema } from './schemas.js'

const TagWithUse = Type.Composite([TagSchema, Type.Object({ articles: Type.Integer() })])
const TagFields = {
  name: Type.String({ minLength: 1, maxLength: 100, description: 'A name starting with # makes an internal tag, never shown to readers' }),
  slug: Type.String({ minLength: 1, maxLength: 80 }),
  description: Nullable(Type.String({ maxLength: 1000 })),
  seo: Type.Object({ title: Type.Optional(Nullable(Type.String({ maxLength: 300 }))), description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) }, { additionalProperties: false }),
}
const TagCreate = Type.Object({ name: TagFields.name, slug: Type.Optional(TagFields.slug), description: Type.Optional(TagFields.description) }, { additionalProperties: false })
const TagUpdate = Type.Object(Type.Partial(Type.Object(TagFields)).properties, { additionalProperties: false })

function present(tag: Tag) {
  return { id: tag.id, slug: tag.slug, name: tag.name, description: tag.description, visibility: tag.visibility, seo: { title: tag.seoTitle, description: tag.seoDescription } }
}

export function registerTagRoutes(app: FastifyInstance, services: Services): void {
  const tags = ['tags']
  app.get('/tags', {
    config: { policy: 'desk' },
    schema: { summary: 'Every tag, with how many articles carry it', tags, response: { 200: Type.Object({ tags: Type.Array(TagWithUse) }) } },
    handler: async () => ({ tags: (await services.tags.listTagsWithUse()).map((t) => ({ ...present(t), articles: t.articles })) }),
  })

  app.post('/tags', {
    config: { policy: 'manageTags' },
    schema: { summary: 'Create a tag', tags, body: TagCreate, response: { 201: Type.Object({ tag: TagSchema }) } },
    handler: async (request, reply) => reply.code(201).send({ tag: present(await services.tags.createTag(request.body as Static<typeof TagCreate>)) }),
  })

  app.get('/tags/:id', {
    config: { policy: 'desk' },
    schema: { summary: 'One tag', tags, params: IdParams, response: { 200: Type.Object({ tag: TagSchema }) } },
    handler: async (request) => ({ tag: present(await services.tags.getTag((request.params as { id: string }).id)) }),
  })

  app.patch('/tags/:id', {
    config: { policy: 'manageTags' },
    schema: { summary: 'Rename or describe a tag; a new slug leaves a 301 from the old tag page', tags, params: IdParams, body: TagUpdate, response: { 200: Type.Object({ tag: TagSchema }) } },
    handler: async (request) => {
      const { seo, ...rest } = request.body as Static<typeof TagUpdate>
      const tag = await services.tags.updateTag((request.params as { id: string }).id, { ...rest, seoTitle: seo?.title, seoDescription: seo?.description })
      return { tag: present(tag) }
    },
  })

  app.delete('/tags/:id', {
    config: { policy: 'manageTags' },
    schema: { summary: 'Delete a tag (articles keep their other tags)', tags, params: IdParams, response: { 204: Type.Null() } },
    handler: async (request, reply) => {
      await services.tags.deleteTag((request.params as { id: string }).id)
      return reply.code(204).send()
    },
  })
}
