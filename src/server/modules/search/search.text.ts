/**
 * Dutch text for search, the same on both sides of the index: normalised words, the Snowball
 * stop words dropped, Snowball Dutch stems (the `snowball-stemmers` port, the algorithm
 * PostgreSQL's `dutch` configuration runs), and a reader's query parsed into terms.
 *
 * Classic Snowball Dutch gives "fiets" the stem "fiet" but "fietsen" the stem "fiets" (and
 * "koers"/"koersen" likewise), so every query word is also looked up by the stems of its
 * plural and singular forms: `variantsOf`. Both dialects expand the same way.
 */
import snowball from 'snowball-stemmers'

/** Snowball's Dutch stop list (the one PostgreSQL's `dutch` configuration uses). */
export const dutchStopWords: ReadonlySet<string> = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat mijn men ' +
    'dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge ' +
    'geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd ' +
    'altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere'
  ).split(' '),
)

/** The longest query a reader may send is cut to this many characters (never an error). */
export const maxQueryLength = 200
/** At most this many words and phrases count; the rest of a long query is ignored. */
export const maxTerms = 8
/** A word is cut to this many characters: no real word is longer. */
const maxWordLength = 40
/** The last word of a query matches as a prefix (search as you type) from this length on. */
export const minPrefixLength = 3

const stemmer = snowball.newStemmer('dutch')
const stemCache = new Map<string, string>()
const stemCacheLimit = 200_000

/** The Snowball Dutch stem of a normalised word (cached: news text repeats its words). */
export function stem(word: string): string {
  let out = stemCache.get(word)
  if (out === undefined) {
    out = stemmer.stem(word)
    if (stemCache.size >= stemCacheLimit) stemCache.clear()
    stemCache.set(word, out)
  }
  return out
}

const wordPattern = /[\p{L}\p{N}]+/gu
const marks = /\p{M}+/gu

/** Lowercase, compatibility forms folded, accents dropped ("Financiële" → "financiele"). */
export function normalize(text: string): string {
  return text.normalize('NFKD').replace(marks, '').toLowerCase()
}

/** The words of a text, normalised, in order (stop words included). */
export function words(text: string): string[] {
  return (normalize(text).match(wordPattern) ?? []).map((w) => w.slice(0, maxWordLength))
}

/** What the SQLite index stores for a field: the stems of its words without stop words. */
export function indexText(text: string | null | undefined): string {
  if (!text) return ''
  const out: string[] = []
  for (const word of words(text)) if (!dutchStopWords.has(word)) out.push(stem(word))
  return out.join(' ')
}

/**
 * The forms a query word is also looked up by: its plural (+en, +s) and, for a plural, its
 * singular. Only forms with letters and digits, so they are safe in any query syntax.
 */
export function variantsOf(word: string): string[] {
  const forms = new Set([word])
  if (word.length >= 3 && !/\d/.test(word)) {
    forms.add(`${word}en`)
    forms.add(`${word}s`)
    if (word.length > 4 && word.endsWith('en')) forms.add(word.slice(0, -2))
    if (word.length > 3 && word.endsWith('s')) forms.add(word.slice(0, -1))
  }
  return [...forms]
}

/** The distinct stems a query word matches (see `variantsOf`). */
export function stemsOf(word: string): string[] {
  return [...new Set(variantsOf(word).map(stem))]
}

export type SearchTerm =
  /** A word; `prefix` when it is the last one typed and may be unfinished. */
  | { kind: 'word'; word: string; prefix: boolean }
  /** Words that must appear in this order ("centrale bank"); stop words kept for PostgreSQL. */
  | { kind: 'phrase'; words: string[] }

export interface ParsedQuery {
  /** The query as it may be shown back: well-formed, trimmed, at most maxQueryLength characters. */
  text: string
  /** Every term must match. Empty when nothing searchable is left (only stop words, only signs). */
  terms: SearchTerm[]
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text with lone surrogate halves (invalid UTF-16) replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD')
}

/**
 * Reads a reader's query: "quoted" parts are phrases, the rest are words that must all appear.
 * Search operators, SQL and markup mean nothing here: only letters and digits survive, so no
 * input can reach a query language as syntax.
 */
export function parseQuery(raw: unknown): ParsedQuery {
  const capped = wellFormed(typeof raw === 'string' ? raw : '').replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').slice(0, maxQueryLength)
  const text = capped.trim()
  const terms: SearchTerm[] = []
  const quoted = [...text.matchAll(/"([^"]*)"/g)]
  for (const match of quoted) {
    const inPhrase = words(match[1] ?? '')
    const meaningful = inPhrase.filter((w) => !dutchStopWords.has(w))
    if (meaningful.length === 1) terms.push({ kind: 'word', word: meaningful[0] as string, prefix: false })
    else if (meaningful.length > 1) terms.push({ kind: 'phrase', words: inPhrase.slice(0, maxTerms * 2) })
  }
  const rest = text.replace(/"[^"]*"/g, ' ').replace(/"/g, ' ')
  const loose = words(rest).filter((w) => !dutchStopWords.has(w))
  // The last word is still being typed unless the query ends after it.
  const typing = /[\p{L}\p{N}]$/u.test(capped)
  loose.forEach((word, i) => {
    if (terms.some((t) => t.kind === 'word' && t.word === word)) return
    terms.push({ kind: 'word', word, prefix: typing && i === loose.length - 1 && word.length >= minPrefixLength })
  })
  return { text, terms: terms.slice(0, maxTerms) }
}

/** A phrase's stems in order, its stop words left out (the SQLite index has none). */
const phraseStems = (words: readonly string[]): string[] => words.filter((w) => !dutchStopWords.has(w)).map(stem)

/** Quoted FTS5 string: tokens carry only letters and digits, quoting makes keywords plain. */
const quote = (token: string) => `"${token.replace(/"/g, '""')}"`

/**
 * The FTS5 MATCH expression for SQLite: every term, each word as its stems, each phrase as its
 * stems in order; limited to the text columns. A word being typed is its stems' `expansions`
 * (the indexed words each stem begins), or FTS5 prefixes when none are given; null when such a
 * word begins no indexed word at all, so nothing can match.
 */
export function ftsExpression(terms: readonly SearchTerm[], expansions?: ReadonlyMap<string, readonly string[]>): string | null {
  const parts: string[] = []
  for (const term of terms) {
    if (term.kind === 'phrase') {
      parts.push(quote(phraseStems(term.words).join(' ')))
      continue
    }
    const stems = stemsOf(term.word)
    const alternatives = !term.prefix ? stems.map(quote) : expansions ? [...new Set(stems.flatMap((s) => expansions.get(s) ?? []))].map(quote) : stems.map((s) => `${quote(s)}*`)
    if (alternatives.length === 0) return null
    parts.push(`(${alternatives.join(' OR ')})`)
  }
  return `{title standfirst body tags authors} : (${parts.join(' AND ')})`
}

/**
 * How well a match fits, from its title and standfirst alone (SQLite): per term 10 when the title
 * has it, 4 when the standfirst does, else 1 (the body or a tag had it, or it would not have
 * matched) — the weights bm25 had for those columns. bm25 itself counted every document of each
 * term to weigh it, 15 ms for a word in most of the archive; this reads 1,000 short texts.
 * Only words that begin as one of a term's stems does are stemmed and compared (stemming keeps
 * a word's first two letters), so scoring 1,000 titles takes about a millisecond.
 */
export function createScorer(terms: readonly SearchTerm[]): (title: string, standfirst: string | null) => number {
  const checks = terms.map((term) => {
    const stems = term.kind === 'phrase' ? phraseStems(term.words) : [...stemsOf(term.word), term.word]
    return { starts: [...new Set(stems.map((s) => s.slice(0, 2)))], matches: createHighlighter([term]) }
  })
  const has = (normalised: string[], check: (typeof checks)[number]) => normalised.some((word) => check.starts.some((start) => word.startsWith(start)) && check.matches(word))
  return (title, standfirst) => {
    const inTitle = words(title)
    const inStandfirst = standfirst ? words(standfirst) : []
    let score = 0
    for (const check of checks) score += has(inTitle, check) ? 10 : has(inStandfirst, check) ? 4 : 1
    return score
  }
}

/** Decides which words of a text to mark in a snippet: those whose stem a term matches. */
export function createHighlighter(terms: readonly SearchTerm[]): (word: string) => boolean {
  const exact = new Set<string>()
  const prefixes: string[] = []
  for (const term of terms) {
    if (term.kind === 'phrase') {
      for (const s of phraseStems(term.words)) exact.add(s)
    } else {
      const stems = stemsOf(term.word)
      for (const s of stems) exact.add(s)
      if (term.prefix) prefixes.push(term.word, ...stems)
    }
  }
  return (word) => {
    const normal = normalize(word)
    if (dutchStopWords.has(normal)) return false
    const s = stem(normal)
    return exact.has(s) || prefixes.some((p) => s.startsWith(p) || normal.startsWith(p))
  }
}

/**
 * The share of documents expected to match every term (PostgreSQL), from the share of documents
 * that hold each of the most common words: for a word the most common of its stems, for a
 * prefix the most common word it begins (a floor), multiplied over the terms as if independent.
 * 0 when a term is a phrase or none of its words is among the common ones.
 */
export function expectedShare(terms: readonly SearchTerm[], shares: ReadonlyMap<string, number>): number {
  if (terms.length === 0) return 0
  let expected = 1
  for (const term of terms) {
    if (term.kind === 'phrase') return 0
    const stems = stemsOf(term.word)
    let best = 0
    for (const [word, share] of shares) if (share > best && stems.some((s) => (term.prefix ? word.startsWith(s) : word === s))) best = share
    expected *= best
  }
  return expected
}
