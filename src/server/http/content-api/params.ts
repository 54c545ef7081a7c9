/**
 * The query parameters of the Content API as Ghost reads them (spec §2): only the allowed ones
 * per endpoint, comma lists, repeated keys joined, Ghost's validation rules and messages.
 * Unknown parameters and unknown `include`/`fields` values are ignored, as in Ghost.
 */
import type { ArticleFormats } from './presenters.js'
import { validationFailed } from './errors.js'

export type Query = Record<string, string | string[] | undefined>

/** A repeated key arrives as a list; Ghost joins lists with commas. */
export function single(value: string | string[] | undefined, joiner = ','): string | undefined {
  return Array.isArray(value) ? value.join(joiner) : value
}

const list = (value: string | string[] | undefined): string[] =>
  (single(value) ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)

export interface Paging {
  filter: string | undefined
  order: string | undefined
  /** null: every row. */
  limit: number | null
  page: number
  /** Newsdesk's addition: full-text search, best match first (posts and pages). */
  search?: string
}

/** A search longer than this is cut (the search module caps what it reads anyway). */
const searchChars = 200

/** filter, order, limit, page, search — with the key's cap applied to `limit` (also to `all`). */
export function pagingOf(query: Query, limitCap: number | null): Paging {
  const rawLimit = single(query.limit)
  const rawPage = single(query.page)
  const order = single(query.order)
  // Ghost's own (unanchored) rule: starts with digits or ends with "all".
  if (rawLimit !== undefined && !/^\d+|all$/.test(rawLimit)) throw validationFailed('matches', 'limit')
  if (rawPage !== undefined && !/^\d+$/.test(rawPage)) throw validationFailed('matches', 'page')
  if (order !== undefined && !/^[a-z0-9_,. ]+$/i.test(order)) throw validationFailed('matches', 'order')
  let limit: number | null
  if (rawLimit === 'all') limit = null
  else {
    const n = Number.parseInt(rawLimit ?? '', 10)
    limit = Number.isFinite(n) && n > 0 ? n : 15
  }
  if (limitCap !== null) limit = limit === null ? limitCap : Math.min(limit, limitCap)
  const page = Math.max(1, Number.parseInt(rawPage ?? '1', 10) || 1)
  // Several filters (a repeated key) must all hold.
  const filters = Array.isArray(query.filter) ? query.filter.filter((f) => f.trim() !== '') : undefined
  const filter = filters ? (filters.length > 0 ? filters.map((f) => `(${f})`).join('+') : undefined) : single(query.filter)
  const search = single(query.search, ' ')?.slice(0, searchChars)
  return { filter, order, limit, page, ...(search === undefined ? {} : { search }) }
}

export function includeOf(query: Query, allowed: readonly string[]): Set<string> {
  return new Set(list(query.include).filter((v) => allowed.includes(v)))
}

/** null when no `fields` was asked for (everything). */
export function fieldsOf(query: Query): Set<string> | null {
  if (query.fields === undefined) return null
  const fields = list(query.fields)
  return fields.length > 0 ? new Set(fields) : null
}

const knownFormats = ['html', 'plaintext', 'mobiledoc', 'lexical']

/**
 * Default html only; given, exactly the formats listed (mobiledoc and lexical are accepted and
 * never sent). Formats named explicitly are added to `fields`; the default one is not.
 */
export function formatsOf(query: Query): ArticleFormats & { explicit: boolean } {
  const formats = list(query.formats)
  if (formats.some((f) => !knownFormats.includes(f))) throw validationFailed('AllowedValues', 'formats', false)
  if (formats.length === 0) return { html: true, plaintext: false, explicit: false }
  return { html: formats.includes('html'), plaintext: formats.includes('plaintext'), explicit: true }
}

export function pagination(paging: Paging, total: number) {
  const pages = paging.limit === null ? 1 : Math.max(1, Math.ceil(total / paging.limit))
  return {
    pagination: {
      page: paging.page,
      limit: paging.limit ?? ('all' as const),
      pages,
      total,
      next: paging.page < pages ? paging.page + 1 : null,
      prev: paging.page > 1 ? paging.page - 1 : null,
    },
  }
}

/** Ghost's id rule on reads: 24 hex characters. */
export function checkId(id: string): void {
  if (!/^[a-f\d]{24}$/i.test(id)) throw validationFailed('matches', 'id')
}

export function checkSlug(slug: string): void {
  if (!/^[a-z0-9\-_]+$/.test(slug)) throw validationFailed('isSlug', 'slug')
}
