/**
 * Searching: a reader's query parsed into terms (search.text.ts), the newest `rankWindow`
 * matches fetched with their relevance, blended with recency, one page cut out and given
 * highlighted snippets. The desk's search (`matchArticleIds`) also finds drafts and pages.
 */
import { inTransaction, type Db } from '../../db/index.js'
import type { ModuleContext } from '../context.js'
import { docIdBase, docIdTime, indexArticles, maxDocIdAt } from './search.indexer.js'
import { findCandidates, listArticleIdsAfter, loadSnippetSources, optimizeIndex, readWordShares, type Candidate, type CandidateQuery } from './search.repository.js'
import { escapeHtml, markAll, snippet } from './search.snippet.js'
import { createHighlighter, expectedShare, parseQuery } from './search.text.js'

/**
 * Only the newest this many matches are ranked. A rare term has fewer matches and is ranked in
 * full; a term in most of the archive ("bitcoin") costs what 1,000 matches cost, not 100,000.
 */
export const rankWindow = 1000
/** A match loses half its recency bonus every this many days. */
const halfLifeDays = 30
/** What relevance keeps however old an article is (1 = recency does not count). */
const recencyFloor = 0.35
/** Snippets are cut from the start of the body, this long. */
const snippetChars = 20_000
const day = 24 * 60 * 60 * 1000
/** How long PostgreSQL's word statistics are used before they are read again. */
const sharesTtlMs = 10 * 60 * 1000

export interface SearchHit {
  articleId: string
  /** The title, HTML-escaped, matched words in <mark>. */
  titleHtml: string
  /** A passage, HTML-escaped, matched words in <mark>; the excerpt when no body word matched. */
  snippetHtml: string
}

export interface SearchPage {
  /** The query as read (trimmed, capped), to show back. */
  query: string
  hits: SearchHit[]
  /** Matches found, at most `rankWindow`; `capped` when there were more. */
  total: number
  capped: boolean
  page: number
  pages: number
}

/** Relevance times a recency factor that halves every `halfLifeDays` down to `recencyFloor`. */
export function blendedScore(candidate: Candidate, now: number): number {
  const ageDays = Math.max(0, (now - docIdTime(candidate.docId)) / day)
  return candidate.relevance * (recencyFloor + (1 - recencyFloor) * 0.5 ** (ageDays / halfLifeDays))
}

function rank(candidates: Candidate[], now: number): Candidate[] {
  const scored = candidates.map((c) => ({ c, score: blendedScore(c, now) }))
  scored.sort((a, b) => b.score - a.score || b.c.docId - a.c.docId)
  return scored.map((s) => s.c)
}

export function createSearchService(ctx: ModuleContext) {
  /** PostgreSQL's statistics of the most common words, read again every few minutes. */
  let shares: { at: number; words: Map<string, number> } | null = null
  async function wordShares(now: number): Promise<ReadonlyMap<string, number>> {
    if (ctx.dialect.name !== 'postgres') return new Map()
    if (!shares || now - shares.at > sharesTtlMs || now < shares.at) shares = { at: now, words: await readWordShares(ctx.db) }
    return shares.words
  }

  /** Where PostgreSQL looks first: the last month's documents, then the last year's (then all). */
  const windowsAt = (now: number) => [docIdBase(now - 31 * day), docIdBase(now - 366 * day)]

  /**
   * The matches, with a last word still being typed taken first as a whole word ("bitcoin") and
   * as a prefix only when that finds nothing ("bitco"): a prefix merges the lists of every word
   * that starts with it (bitcoinkoers, bitcoins, …), which was most of an ordinary query's cost.
   */
  async function candidatesFor(asked: Omit<CandidateQuery, 'windows'>, now: number): Promise<Candidate[]> {
    const query = { ...asked, windows: windowsAt(now), share: expectedShare(asked.terms, await wordShares(now)) }
    const typing = query.terms.findIndex((t) => t.kind === 'word' && t.prefix)
    if (typing < 0) return findCandidates(ctx.db, query)
    const whole = query.terms.map((t, i) => (i === typing ? { ...t, prefix: false } : t))
    const found = await findCandidates(ctx.db, { ...query, terms: whole })
    return found.length > 0 ? found : findCandidates(ctx.db, query)
  }

  return {
    /** One page of published articles matching `q`, best first, with snippets. Any input is answered. */
    async searchPublished(q: unknown, page: number, perPage: number): Promise<SearchPage> {
      const parsed = parseQuery(q)
      const now = ctx.now()
      const candidates = await candidatesFor({ terms: parsed.terms, listedOnly: true, maxDocId: maxDocIdAt(now), limit: rankWindow }, now)
      const ranked = rank(candidates, now)
      const pages = Math.max(1, Math.ceil(ranked.length / perPage))
      const slice = ranked.slice((page - 1) * perPage, page * perPage)
      const sources = await loadSnippetSources(ctx.db, slice.map((c) => c.articleId), snippetChars)
      const matches = createHighlighter(parsed.terms)
      const hits: SearchHit[] = []
      for (const c of slice) {
        const source = sources.get(c.articleId)
        if (!source) continue
        const passage = snippet(source.body, matches) ?? (source.standfirst ? snippet(source.standfirst, matches) : null)
        hits.push({ articleId: c.articleId, titleHtml: markAll(source.title, matches), snippetHtml: passage ?? escapeHtml(source.excerpt) })
      }
      return { query: parsed.text, hits, total: ranked.length, capped: candidates.length >= rankWindow, page, pages }
    },

    /**
     * The Content API's `search`: ids best first, at most `rankWindow`. Articles come from the
     * readers' part of the index (published only); pages are not in it, so all are asked for and
     * the caller keeps the published ones.
     */
    async rankedIds(q: string, type: 'article' | 'page'): Promise<string[]> {
      const parsed = parseQuery(q)
      const now = ctx.now()
      const listedOnly = type === 'article'
      const candidates = await candidatesFor({ terms: parsed.terms, listedOnly, maxDocId: listedOnly ? maxDocIdAt(now) : Number.MAX_SAFE_INTEGER, limit: rankWindow }, now)
      return rank(candidates, now).map((c) => c.articleId)
    },

    /** The desk's search: ids of articles and pages in any status matching `q`, best first. */
    async matchArticleIds(q: string, limit = rankWindow): Promise<string[]> {
      const parsed = parseQuery(q)
      const now = ctx.now()
      const candidates = await candidatesFor({ terms: parsed.terms, listedOnly: false, maxDocId: Number.MAX_SAFE_INTEGER, limit }, now)
      return rank(candidates, now).map((c) => c.articleId)
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>

/**
 * Reindexes every article in batches of `batchSize`, one transaction each, then compacts the
 * index. The old entries answer until each batch replaces them, so search keeps working.
 */
export async function rebuildSearchIndex(db: Db, onProgress?: (done: number) => void, batchSize = 500): Promise<{ articles: number; ms: number }> {
  const started = performance.now()
  let after = ''
  let done = 0
  for (;;) {
    const ids = await listArticleIdsAfter(db, after, batchSize)
    if (ids.length === 0) break
    await inTransaction(db, (trx) => indexArticles(trx, ids))
    done += ids.length
    after = ids[ids.length - 1] as string
    onProgress?.(done)
  }
  await optimizeIndex(db)
  return { articles: done, ms: performance.now() - started }
}
