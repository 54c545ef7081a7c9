/** Media: upload images (multipart), list and describe them, delete them (editors). */
import fastifyMultipart from '@fastify/multipart'
import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { AppError } from '../../errors.js'
import type { Media } from '../../modules/media/index.js'
import type { Services } from '../../services.js'
import { callerOf } from './policy.js'
import { ErrorEnvelope, Id, IdParams, iso, Nullable, Time } from './schemas.js'

/** The largest image the desk accepts; the media service enforces the same limit. */
export const maxUploadBytes = 10 * 1024 * 1024

const MediaSchema = Type.Object({
  id: Id,
  url: Type.String(),
  filename: Type.String(),
  mimeType: Type.String(),
  bytes: Type.Integer(),
  width: Type.Integer(),
  height: Type.Integer(),
  alt: Type.String(),
  caption: Nullable(Type.String()),
  credit: Nullable(Type.String()),
  variants: Type.Array(Type.Object({ width: Type.Integer(), height: Type.Integer(), format: Type.String(), url: Type.String(), bytes: Type.Integer() })),
  uploadedBy: Nullable(Id),
  createdAt: Time,
  updatedAt: Time,
})
const One = Type.Object({ media: MediaSchema })
const MediaText = Type.Object(
  { alt: Type.Optional(Type.String({ maxLength: 500 })), caption: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))), credit: Type.Optional(Nullable(Type.String({ maxLength: 300 }))) },
  { additionalProperties: false },
)
const ListQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 30 })), before: Type.Optional(Type.String({ maxLength: 60, description: 'The `next` cursor of the previous page' })) },
  { additionalProperties: false },
)

function present(media: Media) {
  return { ...media, createdAt: iso(media.createdAt), updatedAt: iso(media.updatedAt) }
}

export async function registerMediaRoutes(app: FastifyInstance, services: Services): Promise<void> {
  // Only here: the rest of the admin API takes JSON. One file per request, fields beside it.
  await app.register(fastifyMultipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 5, fieldSize: 2000, parts: 6 } })
  const tags = ['media']

  app.post('/media', {
    config: { policy: 'desk' },
    schema: {
      summary: 'Upload an image (multipart/form-data: `file`, optional `alt`, `caption`, `credit`); WebP and AVIF variants are made at once',
      tags,
      consumes: ['multipart/form-data'],
      response: { 201: One, 413: ErrorEnvelope, 415: ErrorEnvelope },
    },
    handler: async (request, reply) => {
      const { actor } = callerOf(request)
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the image as multipart/form-data with a field named file.')
      const fields: Record<string, string> = {}
      let file: { bytes: Buffer; filename: string } | null = null
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file') throw new AppError('INVALID_INPUT', 'The image goes in a field named file.', part.fieldname)
          file = { bytes: await part.toBuffer(), filename: part.filename }
        } else if (['alt', 'caption', 'credit'].includes(part.fieldname)) {
          fields[part.fieldname] = String(part.value)
        } else {
          throw new AppError('INVALID_INPUT', `${part.fieldname}: is not a known field`, part.fieldname)
        }
      }
      if (!file) throw new AppError('INVALID_INPUT', 'file: is required', 'file')
      const media = await services.media.uploadImage(actor, { ...file, alt: fields.alt, caption: fields.caption, credit: fields.credit })
      return reply.code(201).send({ media: present(media) })
    },
  })

  app.get('/media', {
    config: { policy: 'desk' },
    schema: { summary: 'Uploaded images, newest first', tags, querystring: ListQuery, response: { 200: Type.Object({ media: Type.Array(MediaSchema), meta: Type.Object({ next: Nullable(Type.String()), total: Type.Integer() }) }) } },
    handler: async (request) => {
      const query = request.query as Static<typeof ListQuery>
      const [page, total] = await Promise.all([services.media.listMedia({ limit: query.limit ?? 30, before: query.before }), services.media.countMedia()])
      return { media: page.media.map(present), meta: { next: page.next, total } }
    },
  })

  app.get('/media/:id', {
    config: { policy: 'desk' },
    schema: { summary: 'One image with its variants', tags, params: IdParams, response: { 200: One } },
    handler: async (request) => ({ media: present(await services.media.getMedia((request.params as { id: string }).id)) }),
  })

  app.patch('/media/:id', {
    config: { policy: 'desk' },
    schema: { summary: 'Describe an image: alt text, caption, credit', tags, params: IdParams, body: MediaText, response: { 200: One } },
    handler: async (request) => {
      const { actor } = callerOf(request)
      return { media: present(await services.media.updateMedia(actor, (request.params as { id: string }).id, request.body as Static<typeof MediaText>)) }
    },
  })

  app.delete('/media/:id', {
    config: { policy: 'editAll' },
    schema: { summary: 'Delete an image and its variants', tags, params: IdParams, response: { 204: Type.Null() } },
    handler: async (request, reply) => {
      const { actor } = callerOf(request)
      await services.media.deleteMedia(actor, (request.params as { id: string }).id)
      return reply.code(204).send()
    },
  })
}
