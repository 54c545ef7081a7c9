/**
 * Related news ("Meer over <tag>"), computed when content changes, never per request: in the
 * transaction of each change (`recomputeAround`), or in bulk after imports (`rebuildAllRelated`).
 * How lists are scored: related.engine.ts.
 */
import { inTransaction, type Db, type Executor } from '../../db/index.js'
import type { SummaryRow } from '../articles/article.model.js'
import { createRelatedEngine, relatedListSize } from './related.engine.js'
import {
  deleteListsOfUnpublished,
  deleteRowsPointingTo,
  findArticleState,
  listNewestTagged,
  listPublishedByPrimaryTag,
  listReferrers,
  listRelatedRows,
  listTagIds,
  lockRelatedLists,
  replaceRelatedRows,
} from './related.repository.js'

/** Published articles with the same primary tag whose lists a newly published one may enter. */
const neighbourCount = 10
const batchSize = 500
/** Candidate vectors kept between batches of a rebuild before they are dropped. */
const cacheLimit = 20_000

/** Computes the related list of one article and replaces its stored rows. */
export async function recomputeRelated(trx: Executor, articleId: string, now: number): Promise<void> {
  await createRelatedEngine(now).recompute(trx, [articleId])
}

/**
 * After an article changed: its own list, and the lists it enters or leaves. One readers can see
 * is offered to the lists that hold it and to the newest articles with its primary tag; one they
 * can no longer see (or that turned sponsored) leaves every list that held it, and those lists
 * are recomputed.
 */
export async function recomputeAround(trx: Executor, articleId: string, now: number): Promise<void> {
  await lockRelatedLists(trx)
  const state = await findArticleState(trx, articleId)
  if (!state) return
  const engine = createRelatedEngine(now)
  const published = state.type === 'article' && state.status === 'published'
  if (published) await engine.recompute(trx, [articleId])
  else await replaceRelatedRows(trx, [articleId], [])

  const recommendable = published && state.sponsored === 0 && state.publishedAt !== null && state.publishedAt <= now
  const referrers = (await listReferrers(trx, articleId)).filter((id) => id !== articleId)
  if (recommendable) {
    // The lists that hold it (its text or tags may have changed) and the newest in its section.
    const [primary] = (await listTagIds(trx, [articleId])).get(articleId) ?? []
    const neighbours = primary === undefined ? [] : await listNewestTagged(trx, primary, now, neighbourCount, { primaryOnly: true, withSponsored: true, exceptId: articleId })
    const targets = [...new Set([...neighbours.map((n) => n.id), ...referrers])]
    for (let i = 0; i < targets.length; i += batchSize) await engine.offer(trx, articleId, targets.slice(i, i + batchSize))
    return
  }
  await deleteRowsPointingTo(trx, articleId)
  for (let i = 0; i < referrers.length; i += batchSize) await engine.recompute(trx, referrers.slice(i, i + batchSize))
}

/**
 * Recomputes the list of every published article, one transaction per batch, grouped by primary
 * tag so a group's candidates are loaded once. For imports, seeds and `newsdesk related rebuild`.
 */
export async function rebuildAllRelated(db: Db, now: number, onProgress?: (done: number, total: number) => void): Promise<{ articles: number; ms: number }> {
  const started = performance.now()
  await inTransaction(db, (trx) => deleteListsOfUnpublished(trx))
  const targets = await listPublishedByPrimaryTag(db)
  const engine = createRelatedEngine(now)
  let group: string | null | undefined
  for (let i = 0; i < targets.length; i += batchSize) {
    const batch = targets.slice(i, i + batchSize)
    const batchGroup = batch[0]?.primaryTagId ?? null
    if (batchGroup !== group && engine.cachedDocs > cacheLimit) engine.forget()
    group = batchGroup
    await inTransaction(db, (trx) => engine.recompute(trx, batch.map((t) => t.id)))
    onProgress?.(i + batch.length, targets.length)
  }
  return { articles: targets.length, ms: performance.now() - started }
}

/** The stored list of an article, in order, with only what readers may see at `now`. */
export function listRelated(db: Executor, articleId: string, limit: number, now: number): Promise<SummaryRow[]> {
  return listRelatedRows(db, articleId, now, Math.max(0, Math.min(limit, relatedListSize)))
}
