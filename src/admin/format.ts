/** Times as the newsroom reads them: Europe/Amsterdam, in the desk's language. */
import { formatDateTime, newsroomTimeZone, offsetMinutes } from '../shared/dates.js'
import { ApiError } from './api.js'
import { locale, t } from './i18n/index.js'

export function dateTime(iso: string | null): string {
  return iso ? formatDateTime(Date.parse(iso), locale) : ''
}

/** "14:05" today, "26 nov 14:05" otherwise. */
export function shortTime(iso: string): string {
  const ms = Date.parse(iso)
  const day = (v: number) => new Intl.DateTimeFormat('en-CA', { timeZone: newsroomTimeZone }).format(v)
  const options: Intl.DateTimeFormatOptions = day(ms) === day(Date.now()) ? { hour: '2-digit', minute: '2-digit' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: newsroomTimeZone, ...options }).format(ms)
}

/** The value of an <input type="datetime-local"> showing `ms` as Amsterdam wall time. */
export function toAmsterdamInput(ms: number): string {
  return new Date(ms + offsetMinutes(ms) * 60_000).toISOString().slice(0, 16)
}

/** An Amsterdam wall time from <input type="datetime-local"> as epoch ms (the offset of that moment). */
export function fromAmsterdamInput(value: string): number | null {
  const wall = Date.parse(`${value.length === 16 ? `${value}:00` : value}Z`)
  if (Number.isNaN(wall)) return null
  // The offset depends on the moment itself; one correction settles it except inside the DST gap.
  const guess = wall - offsetMinutes(wall) * 60_000
  return wall - offsetMinutes(guess) * 60_000
}

/** A sentence for any failed call. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return t.errors.unknown
  const known = (t.errors.codes as Record<string, string | undefined>)[error.code]
  if (error.code === 'NETWORK') return t.errors.network
  if (error.code === 'VALIDATION_FAILED' || error.code === 'INVALID_INPUT' || error.code === 'DOCUMENT_INVALID') return `${known ?? t.errors.unknown} ${error.message}`
  return known ?? error.message
}
