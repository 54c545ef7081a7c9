/** Dates as the newsroom shows them: in Europe/Amsterdam, in the reader's language. */

export const newsroomTimeZone = 'Europe/Amsterdam'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: newsroomTimeZone, ...options })
    formatters.set(key, f)
  }
  return f
}

/** "26 november 2026 14:05" */
export function formatDateTime(epochMs: number, locale: string): string {
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(epochMs)
}

/** "26 nov 2026" */
export function formatShortDate(epochMs: number, locale: string): string {
  return formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(epochMs)
}

/** ISO 8601 in UTC, for datetime attributes and structured data. */
export function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString()
}

/** ISO 8601 with the newsroom's UTC offset ("2026-11-26T14:05:00+01:00"), as Google asks for news dates. */
const offsets = new Map<number, string>()

/** The newsroom's UTC offset at a moment ("+01:00"); offsets change only on the hour, so they are kept per hour. */
function offsetAt(epochMs: number): string {
  const hour = Math.floor(epochMs / 3_600_000)
  let offset = offsets.get(hour)
  if (offset === undefined) {
    const name = formatter('en', { timeZoneName: 'longOffset' }).formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
    offset = name.replace('GMT', '') || '+00:00'
    if (offsets.size > 10_000) offsets.clear()
    offsets.set(hour, offset)
  }
  return offset
}

export function isoWithOffset(epochMs: number): string {
  const offset = offsetAt(epochMs)
  const sign = offset.startsWith('-') ? -1 : 1
  const [h, m] = offset.slice(1).split(':').map(Number)
  // The local wall time is UTC shifted by the offset; toISOString gives its digits.
  const local = new Date(epochMs + sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000).toISOString().slice(0, 19)
  return `${local}${offset}`
}

/** The newsroom's UTC offset at a moment, in minutes (+60 in winter, +120 in summer). */
export function offsetMinutes(epochMs: number): number {
  const offset = offsetAt(epochMs)
  const sign = offset.startsWith('-') ? -1 : 1
  const [h, m] = offset.slice(1).split(':').map(Number)
  return sign * ((h ?? 0) * 60 + (m ?? 0))
}

/** Midnight in Europe/Amsterdam at the start of the day that contains `epochMs`, as epoch ms. */
export function startOfDay(epochMs: number): number {
  const day = 86_400_000
  const localMidnight = Math.floor((epochMs + offsetMinutes(epochMs) * 60_000) / day) * day
  // The offset that applies at that midnight (DST changes happen later in the night).
  return localMidnight - offsetMinutes(localMidnight - offsetMinutes(epochMs) * 60_000) * 60_000
}
