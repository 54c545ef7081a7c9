/**
 * Highlighted snippets: the passage of a text with the most matched words, HTML-escaped first,
 * then the matched words wrapped in <mark>. The output is safe to insert as HTML.
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] as string)

/** Only this much of a body is read for a snippet. */
const scanChars = 20_000
const wordPattern = /[\p{L}\p{N}]+/gu

/** The whole text with every matched word marked (titles). */
export function markAll(text: string, matches: (word: string) => boolean): string {
  let out = ''
  let last = 0
  for (const m of text.matchAll(wordPattern)) {
    if (!matches(m[0])) continue
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`
    last = m.index + m[0].length
  }
  return out + escapeHtml(text.slice(last))
}

/**
 * About `length` words around the densest run of matches in `text`, with "…" where it was cut;
 * null when no word matches.
 */
export function snippet(text: string, matches: (word: string) => boolean, length = 30): string | null {
  const scanned = text.slice(0, scanChars)
  const found = [...scanned.matchAll(wordPattern)]
  const hits = found.map((m) => matches(m[0]))
  if (!hits.includes(true)) return null
  // The window of `length` words holding the most matches (a sliding count).
  let best = 0
  let bestCount = -1
  let count = 0
  for (let i = 0; i < found.length; i += 1) {
    if (hits[i]) count += 1
    if (i >= length && hits[i - length]) count -= 1
    const start = Math.max(0, i - length + 1)
    if (count > bestCount) {
      bestCount = count
      best = start
    }
  }
  // Start a little before the first match in the window, so it reads in context.
  const firstHit = hits.indexOf(true, best)
  const start = Math.max(0, firstHit - 5)
  const end = Math.min(found.length, start + length)
  const from = start === 0 ? 0 : (found[start]?.index ?? 0)
  const lastWord = found[end - 1]
  const to = end >= found.length ? scanned.length : (lastWord?.index ?? 0) + (lastWord?.[0].length ?? 0)
  const passage = markAll(scanned.slice(from, to), matches).trim()
  return `${from > 0 ? '… ' : ''}${passage}${to < text.length ? ' …' : ''}`
}
