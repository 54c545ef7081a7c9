/**
 * Text similarity for related news: Dutch-aware tokens (lowercase, no diacritics, no stopwords,
 * a crude suffix strip) and unit-length term-frequency vectors compared by cosine.
 */

/** Words too common to say anything about a story: Dutch first, plus the commonest English. */
const stopwords = new Set(
  (
    'aan als alle alles also andere bij binnen daar daarna dan dat deze die dit doch doen door dus een eens en er ' +
    'ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is je kan kon kunnen ' +
    'maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook op over reeds te tegen ' +
    'toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wil worden wordt zal ze zelf ' +
    'zich zij zijn zo zonder zou zoals volgens tussen onder echter waar jaar jaren procent ' +
    'nieuwe nieuw grote eerste laatste the and for with that this from are was were has have had not but its ' +
    'about into than then they their will would can could been which what when who how also more'
  ).split(' '),
)

/** Crude Dutch stemming: enough to match koers/koersen and investering/investeringen. */
function stem(token: string): string {
  if (token.length > 7 && token.endsWith('heden')) return `${token.slice(0, -5)}heid`
  if (token.length > 6 && token.endsWith('ingen')) return token.slice(0, -2)
  if (token.length > 5 && token.endsWith('en')) {
    const base = token.slice(0, -2)
    const last = base.length - 1
    return base[last] === base[last - 1] ? base.slice(0, -1) : base
  }
  if (token.length > 4 && token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1)
  if (token.length > 4 && token.endsWith('e')) return token.slice(0, -1)
  return token
}

/** The meaningful words of a text, in order. */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase()
  // Most text is plain ASCII: only the rest pays for splitting off diacritics.
  const plain = /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFKD').replace(/\p{M}+/gu, '') : lower
  const tokens: string[] = []
  for (const word of plain.split(/[^a-z0-9]+/)) {
    if (word.length < 3 || stopwords.has(word) || (word.length < 4 && /^\d+$/.test(word))) continue
    tokens.push(stem(word))
  }
  return tokens
}

/** Maps terms to small integers so vectors are typed arrays; shared by one computation. */
export class Vocabulary {
  private readonly ids = new Map<string, number>()

  idOf(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(term, id)
    }
    return id
  }

  get size(): number {
    return this.ids.size
  }
}

/** A unit-length vector; terms keep the order they first appear in, so sums are reproducible. */
export interface TermVector {
  readonly terms: Int32Array
  readonly weights: Float64Array
}

/** The term-frequency vector of weighted text parts (a title counts more than body text). */
export function termVector(parts: readonly { text: string; weight: number }[], vocabulary: Vocabulary): TermVector {
  const counts = new Map<number, number>()
  for (const { text, weight } of parts) {
    for (const token of tokenize(text)) {
      const id = vocabulary.idOf(token)
      counts.set(id, (counts.get(id) ?? 0) + weight)
    }
  }
  let norm = 0
  for (const value of counts.values()) norm += value * value
  norm = Math.sqrt(norm)
  const terms = new Int32Array(counts.size)
  const weights = new Float64Array(counts.size)
  let i = 0
  for (const [term, value] of counts) {
    terms[i] = term
    weights[i] = value / norm
    i += 1
  }
  return { terms, weights }
}

/**
 * One vector spread over the whole vocabulary, so its cosine with many others costs one lookup
 * per term of each other vector.
 */
export class DenseVector {
  private values = new Float64Array(1024)
  private loaded: TermVector | null = null

  load(vector: TermVector, vocabularySize: number): void {
    this.clear()
    if (this.values.length < vocabularySize) this.values = new Float64Array(Math.max(vocabularySize, this.values.length * 2))
    for (let i = 0; i < vector.terms.length; i += 1) this.values[vector.terms[i] ?? 0] = vector.weights[i] ?? 0
    this.loaded = vector
  }

  /** Cosine with a unit vector whose terms are all in the vocabulary given to load(). */
  cosine(other: TermVector): number {
    let sum = 0
    const { terms, weights } = other
    for (let i = 0; i < terms.length; i += 1) sum += (weights[i] ?? 0) * (this.values[terms[i] ?? 0] ?? 0)
    return sum
  }

  private clear(): void {
    if (!this.loaded) return
    for (const term of this.loaded.terms) this.values[term] = 0
    this.loaded = null
  }
}
