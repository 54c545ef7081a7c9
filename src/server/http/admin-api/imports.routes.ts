/** Imports from the desk (admins): upload an export, then poll the job until it is done. */
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import fastifyMultipart from '@fastify/multipart'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { AppError } from '../../errors.js'
import { importKinds, type ImportJob } from '../../modules/import/index.js'
import type { Services } from '../../services.js'
import { callerOf } from './policy.js'
import { ErrorEnvelope, Id, IdParams, iso, isoOrNull, Nullable, Time } from './schemas.js'

/** Exports of large newsrooms run to gigabytes. */
export const maxImportBytes = 4 * 1024 * 1024 * 1024

const JobSchema = Type.Object({
  id: Id,
  kind: Type.Union(importKinds.map((k) => Type.Literal(k))),
  status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  dryRun: Type.Boolean(),
  filename: Type.String(),
  progress: Type.Object({ done: Type.Integer(), total: Type.Integer() }),
  report: Type.Unknown({ description: 'What the import did (counts per type and status, skipped items, redirects…), once done' }),
  error: Nullable(Type.String()),
  createdBy: Nullable(Id),
  createdAt: Time,
  updatedAt: Time,
  finishedAt: Nullable(Time),
})
const One = Type.Object({ import: JobSchema })
const StartQuery = Type.Object(
  {
    kind: Type.Union(importKinds.map((k) => Type.Literal(k)), { description: 'wordpress (WXR .xml), ghost (.json) or newsdesk (an export of this platform, into an empty newsroom)' }),
    dryRun: Type.Optional(Type.Boolean({ default: false, description: 'Read and report, write nothing (wordpress and ghost)' })),
  },
  { additionalProperties: false },
)

function present(job: ImportJob) {
  return { ...job, createdAt: iso(job.createdAt), updatedAt: iso(job.updatedAt), finishedAt: isoOrNull(job.finishedAt) }
}

export async function registerImportRoutes(app: FastifyInstance, services: Services): Promise<void> {
  await app.register(fastifyMultipart, { limits: { fileSize: maxImportBytes, files: 1, fields: 0, parts: 1 } })
  const tags = ['imports']

  app.post('/imports', {
    config: { policy: 'manageSettings' },
    schema: {
      summary: 'Upload an export (multipart/form-data, one field named file) and start importing it in the background; poll GET /imports/:id',
      tags,
      consumes: ['multipart/form-data'],
      querystring: StartQuery,
      response: { 202: One, 413: ErrorEnvelope, 415: ErrorEnvelope },
    },
    handler: async (request, reply) => {
      const { actor } = callerOf(request)
      const query = request.query as { kind: ImportJob['kind']; dryRun?: boolean }
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the export as multipart/form-data with a field named file.')
      const part = await request.file()
      if (!part) throw new AppError('INVALID_INPUT', 'file: is required', 'file')
      if (part.fieldname !== 'file') throw new AppError('INVALID_INPUT', 'The export goes in a field named file.', part.fieldname)
      const target = services.imports.uploadPath()
      try {
        await pipeline(part.file, createWriteStream(target.path))
        if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', 'The export is larger than 4 GB: import it with the command line.')
      } catch (error) {
        await rm(target.path, { force: true })
        throw error
      }
      const job = await services.imports.start(actor, { ...target, kind: query.kind, filename: part.filename, dryRun: query.dryRun ?? false })
      return reply.code(202).header('location', `/admin/api/imports/${job.id}`).send({ import: present(job) })
    },
  })

  app.get('/imports', {
    config: { policy: 'manageSettings' },
    schema: { summary: 'The latest imports, newest first', tags, response: { 200: Type.Object({ imports: Type.Array(JobSchema) }) } },
    handler: async () => ({ imports: (await services.imports.list()).map(present) }),
  })

  app.get<{ Params: { id: string } }>('/imports/:id', {
    config: { policy: 'manageSettings' },
    schema: { summary: 'One import: status, progress and, once done, its report', tags, params: IdParams, response: { 200: One, 404: ErrorEnvelope } },
    handler: async (request) => ({ import: present(await services.imports.get(request.params.id)) }),
  })
}
