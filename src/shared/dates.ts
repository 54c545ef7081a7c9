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
