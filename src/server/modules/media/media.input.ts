/** Checks on what people type about media (alt text, caption, credit) and on list paging. */
import { validationError } from '../../errors.js'
import { slugify } from '../../../shared/slug.js'
import { isId } from '../../../shared/ids.js'

export interface MediaText {
  alt?: string | null
  caption?: string | null
  credit?: string | null
}

type Problem = { field: string; message: string }

const textLimits = { alt: 1000, caption: 2000, credit: 300 } as const

/**
 * Trims each given field and checks its length. Alt text is never null ('' marks a decorative
 * image); an empty caption or credit becomes null. Fields not given stay absent.
 */
export function cleanMediaText(input: MediaText, problems: Problem[]): { alt?: string; caption?: string | null; credit?: string | null } {
  const out: { alt?: string; caption?: string | null; credit?: string | null } = {}
  for (const field of ['alt', 'caption', 'credit'] as const) {
    const value = input[field]
    if (value === undefined) continue
    if (value !== null && typeof value !== 'string') {
      problems.push({ field, message: 'must be text' })
      continue
    }
    const text = (value ?? '').trim()
    // PostgreSQL refuses NUL in text; other control characters other than newline and tab have no place here.
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text)) problems.push({ field, message: 'contains control characters' })
    else if (text.length > textLimits[field]) problems.push({ field, message: `at most ${textLimits[field]} characters` })
    else if (field === 'alt') out.alt = text
    else out[field] = text === '' ? null : text
  }
  return out
}

/** The name the file had on the uploader's machine, without any folders. */
export function cleanFilename(filename: unknown, problems: Problem[]): string {
  const name = typeof filename === 'string' ? (filename.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim() : ''
  if (name === '' || name.length > 255) problems.push({ field: 'filename', message: 'a file name has 1 to 255 characters' })
  return name
}

/** A safe, readable stem for storage keys: `Foto Café (1).JPG` → `foto-cafe-1`. */
export function fileStem(filename: string, locale: 'nl' | 'en'): string {
  const dot = filename.lastIndexOf('.')
  const stem = slugify(dot > 0 ? filename.slice(0, dot) : filename, locale).slice(0, 60).replace(/-+$/, '')
  return stem || 'image'
}

export interface MediaListOptions {
  /** 1 to 100; 20 when not given. */
  limit?: number
  /** 1-based page (offset paging, for the admin grid). */
  page?: number
  /** A cursor from a previous list's `next` (keyset paging: deep pages cost what the first does). */
  before?: string
}

export interface ParsedListOptions {
  limit: number
  offset: number
  before?: { createdAt: number; id: string }
}

export function mediaCursor(row: { createdAt: number; id: string }): string {
  return `${row.createdAt}_${row.id}`
}

export function parseListOptions(options: MediaListOptions): ParsedListOptions {
  const problems: Problem[] = []
  const limit = options.limit ?? 20
  const page = options.page ?? 1
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) problems.push({ field: 'limit', message: 'a whole number from 1 to 100' })
  if (!Number.isInteger(page) || page < 1) problems.push({ field: 'page', message: 'a whole number from 1' })
  let before: ParsedListOptions['before']
  if (options.before !== undefined) {
    const match = /^(\d{1,15})_([0-9a-f]{24})$/.exec(options.before)
    if (!match || !isId(match[2] ?? '')) problems.push({ field: 'before', message: 'not a cursor from a previous list' })
    else before = { createdAt: Number(match[1]), id: match[2] ?? '' }
    if (options.page !== undefined) problems.push({ field: 'page', message: 'use page or before, not both' })
  }
  if (problems.length > 0) throw validationError(problems)
  return { limit, offset: (page - 1) * limit, before }
}
