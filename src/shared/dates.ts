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
export function isoWithOffset(epochMs: number): string {
  const parts = Object.fromEntries(
    formatter('en', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' })
      .formatToParts(epochMs)
      .map((p) => [p.type, p.value]),
  )
  const offset = String(parts.timeZoneName).replace('GMT', '') || '+00:00'
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`
}
