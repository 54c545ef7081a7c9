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

interface Offset {
  /** "+01:00" */
  text: string
  /** +60 */
  minutes: number
}

const offsets = new Map<number, Offset>()

/** The newsroom's UTC offset at a moment; offsets change only on the hour, so they are kept per hour. */
function offsetAt(epochMs: number): Offset {
  const hour = Math.floor(epochMs / 3_600_000)
  let offset = offsets.get(hour)
  if (offset === undefined) {
    const name = formatter('en', { timeZoneName: 'longOffset' }).formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
    const text = name.replace('GMT', '') || '+00:00'
    const [h, m] = text.slice(1).split(':').map(Number)
    offset = { text, minutes: (text.startsWith('-') ? -1 : 1) * ((h ?? 0) * 60 + (m ?? 0)) }
    if (offsets.size > 10_000) offsets.clear()
    offsets.set(hour, offset)
  }
  return offset
}

/** The local wall time (UTC shifted by the offset; toISOString gives its digits) to `digits` characters, then the offset. */
function localIso(epochMs: number, digits: number): string {
  const { text, minutes } = offsetAt(epochMs)
  return `${new Date(epochMs + minutes * 60_000).toISOString().slice(0, digits)}${text}`
}

/** ISO 8601 with the newsroom's UTC offset ("2026-11-26T14:05:00+01:00"), as Google asks for news dates. */
export const isoWithOffset = (epochMs: number): string => localIso(epochMs, 19)

/** The same with milliseconds ("2026-11-26T14:05:00.000+01:00"), as Ghost's API writes dates. */
export const isoWithOffsetMs = (epochMs: number): string => localIso(epochMs, 23)

/** The newsroom's UTC offset at a moment, in minutes (+60 in winter, +120 in summer). */
export function offsetMinutes(epochMs: number): number {
  return offsetAt(epochMs).minutes
}

/** Midnight in Europe/Amsterdam at the start of the day that contains `epochMs`, as epoch ms. */
export function startOfDay(epochMs: number): number {
  const day = 86_400_000
  const localMidnight = Math.floor((epochMs + offsetMinutes(epochMs) * 60_000) / day) * day
  // The offset that applies at that midnight (DST changes happen later in the night).
  return localMidnight - offsetMinutes(localMidnight - offsetMinutes(epochMs) * 60_000) * 60_000
}
