/**
 * Keeping the index in step with articles: `indexArticles` (re)writes the index rows of some
 * articles inside the caller's transaction, so the index changes with the content or not at all.
 * Every article is indexed (drafts and pages too, for the desk); `listed` marks what readers
 * may find.
 */
import type { Executor } from '../../db/index.js'
import { dialectOf } from '../../db/dialect/index.js'
import {
  deleteDocuments,
  insertPostgresDocuments,
  insertSqliteDocuments,
  listArticleIdsWith,
  loadBodies,
  loadIndexSources,
  takenDocIds,
  type IndexSource,
} from './search.repository.js'
import { indexText } from './search.text.js'

/** Documents sorted in the same second share a base; the low 20 bits tell them apart. */
export const docIdScale = 2 ** 20

/** The first document id of the second `at` (epoch ms) falls in. Fits a JS number until 2100+. */
export function docIdBase(at: number): number {
  return Math.max(0, Math.floor(at / 1000)) * docIdScale
}

/** The largest document id sorted at or before `now`: later ones are left out of public results. */
export function maxDocIdAt(now: number): number {
  return docIdBase(now) + docIdScale - 1
}

/** When a document sorts, in epoch ms (to the second). */
export function docIdTime(docId: number): number {
  return Math.floor(docId / docIdScale) * 1000
}

const isListed = (source: IndexSource) => (source.type === 'article' && source.status === 'published' ? 1 : 0)

/** Free document ids for the sources: by sort time, the article id's last 20 bits breaking ties. */
async function assignDocIds(trx: Executor, sources: readonly IndexSource[]): Promise<number[]> {
  const wanted = sources.map((s) => docIdBase(s.publishedAt ?? s.createdAt) + (Number.parseInt(s.id.slice(-5), 16) || 0))
  const taken = await takenDocIds(trx, wanted)
  const used = new Set<number>()
  const out: number[] = []
  for (const want of wanted) {
    let id = want
    // A clash (same second, same 20 bits) moves on to the next free id.
    while (used.has(id) || taken.has(id) || (id !== want && (await takenDocIds(trx, [id])).size > 0)) id += 1
    used.add(id)
    out.push(id)
  }
  return out
}

/** (Re)indexes these articles in the caller's transaction; ids that no longer exist leave the index. */
export async function indexArticles(trx: Executor, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return
  const sources = await loadIndexSources(trx, articleIds)
  const indexed = await deleteDocuments(trx, articleIds)
  if (sources.length === 0) return
  const docIds = await assignDocIds(trx, sources)
  if (dialectOf(trx).name === 'postgres') {
    await insertPostgresDocuments(trx, sources.map((s, i) => ({ articleId: s.id, docId: docIds[i] as number, listed: isListed(s), tags: s.tags, authors: s.authors })))
    return
  }
  const bodies = await loadBodies(trx, sources.map((s) => s.id))
  await insertSqliteDocuments(
    trx,
    sources.map((s, i) => ({
      articleId: s.id,
      docId: docIds[i] as number,
      listed: isListed(s),
      firstTime: !indexed.has(s.id),
      title: indexText(s.title),
      standfirst: indexText(s.standfirst),
      body: indexText(bodies.get(s.id)),
      tags: indexText(s.tags),
      authors: indexText(s.authors),
    })),
  )
}

/** Removes articles from the index (deleted drafts). */
export async function removeFromIndex(trx: Executor, articleIds: readonly string[]): Promise<void> {
  await deleteDocuments(trx, articleIds)
}

/**
 * Reindexes the articles of a tag or an author whose name changed, in the caller's transaction
 * (their index text holds the name). A tag on most of a large archive makes this a long
 * transaction; renames are rare, and readers keep searching the old text until it commits.
 */
export async function reindexArticlesWith(trx: Executor, ref: { tagId?: string; userId?: string }): Promise<void> {
  const ids = await listArticleIdsWith(trx, ref)
  for (let i = 0; i < ids.length; i += 500) await indexArticles(trx, ids.slice(i, i + 500))
}
