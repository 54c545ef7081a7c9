/** TypeBox schemas the admin routes share: ids, pagination, errors, people and tags. */
import { Type, type TSchema } from '@sinclair/typebox'

export const Id = Type.String({ pattern: '^[0-9a-f]{24}$', description: '24-character lowercase hex id' })
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false })
export const Time = Type.String({ format: 'date-time', description: 'ISO 8601, UTC' })
export const NullableTime = Type.Union([Time, Type.Null()])
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
}

export const Pagination = Type.Object({
  pagination: Type.Object({
    page: Type.Integer(),
    limit: Type.Integer(),
    pages: Type.Integer(),
    total: Type.Integer(),
    next: Nullable(Type.Integer()),
    prev: Nullable(Type.Integer()),
  }),
})

export function paginationMeta(page: number, limit: number, total: number) {
  const pages = Math.max(1, Math.ceil(total / limit))
  return { pagination: { page, limit, pages, total, next: page < pages ? page + 1 : null, prev: page > 1 ? Math.min(page - 1, pages) : null } }
}

export const ErrorEnvelope = Type.Object({
  errors: Type.Array(Type.Object({ code: Type.String(), message: Type.String(), field: Type.Optional(Type.String()) })),
})

export const iso = (ms: number): string => new Date(ms).toISOString()
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms))

export const TagSchema = Type.Object({
  id: Id,
  slug: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  visibility: Type.Union([Type.Literal('public'), Type.Literal('internal')]),
  seo: Type.Object({ title: Nullable(Type.String()), description: Nullable(Type.String()) }),
})

export const AuthorSchema = Type.Object({ id: Id, name: Type.String(), slug: Type.String() })

export const PersonSchema = Type.Object({
  id: Id,
  email: Type.String(),
  name: Type.String(),
  slug: Type.String(),
  role: Type.Union([Type.Literal('contributor'), Type.Literal('author'), Type.Literal('editor'), Type.Literal('admin')]),
  bio: Nullable(Type.String()),
  website: Nullable(Type.String()),
  profileImage: Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('suspended')]),
})

/**
 * Errors every admin route can answer with. Only the OpenAPI description lists them: declared
 * on each route, Fastify would compile the same serializer for every route and status (a
 * quarter of the start-up time), for bodies JSON.stringify writes identically.
 */
export const errorResponses = {
  400: ErrorEnvelope,
  401: ErrorEnvelope,
  403: ErrorEnvelope,
  404: ErrorEnvelope,
  409: ErrorEnvelope,
  422: ErrorEnvelope,
}
