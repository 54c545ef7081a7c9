/**
 * The computation behind related news. Each article's list is the best six of a capped pool of
 * candidates (the newest 300 recommendable articles with its primary tag plus the newest 200
 * with any of its other tags; the newest 300 overall for an article without tags), scored
 *
 *   4 × same primary tag + 2 × Jaccard of the tag sets + cosine of the texts + ≤ 0.05 for time
 *
 * with ties broken by id, so every dialect and every batching gives the same lists.
 */
import type { Executor } from '../../db/index.js'
import { listNewestTagged, listStoredLists, listTagIds, listTexts, newestFirst, replaceRelatedRows, type PoolEntry } from './related.repository.js'
import type { RelatedArticleTable } from './related.table.js'
import { DenseVector, termVector, Vocabulary, type TermVector } from './related.text.js'

/** How many related articles are stored per article. */
export const relatedListSize = 6
const primaryPoolSize = 300
const otherPoolSize = 200
const untaggedPoolSize = 300
/** What similarity reads of the body: its start says what a story is about. */
const bodyChars = 1200
const weights = { primary: 4, tags: 2, text: 1, time: 0.05 }
const week = 7 * 24 * 60 * 60 * 1000

interface Doc {
  id: string
  publishedAt: number | null
  /** Tag ids in order; the first is the primary tag. */
  tags: string[]
  vector: TermVector
  /** Which scoring round last took this candidate, so pools that overlap count it once. */
  seen: number
}

interface Scored {
  id: string
  score: number
}

const better = (a: Scored, b: Scored) => a.score > b.score || (a.score === b.score && a.id < b.id)

/** Inserts into a list kept best first and at most `relatedListSize` long. */
function insertRanked(top: Scored[], item: Scored): void {
  if (top.length === relatedListSize && !better(item, top[top.length - 1] as Scored)) return
  let at = top.length
  while (at > 0 && better(item, top[at - 1] as Scored)) at -= 1
  top.splice(at, 0, item)
  if (top.length > relatedListSize) top.pop()
}

/**
 * One computation at one moment: candidate pools and vectors are cached, so recomputing many
 * articles (a rebuild, or the lists an article leaves) loads each candidate once.
 */
export function createRelatedEngine(now: number) {
  const vocabulary = new Vocabulary()
  const dense = new DenseVector()
  const pools = new Map<string, PoolEntry[]>()
  const otherPools = new Map<string, PoolEntry[]>()
  const docs = new Map<string, Doc>()
  let round = 0

  async function readDocs(trx: Executor, ids: readonly string[]): Promise<Doc[]> {
    const [texts, tags] = await Promise.all([listTexts(trx, ids, bodyChars), listTagIds(trx, ids)])
    return texts.map((row) => ({
      id: row.id,
      publishedAt: row.publishedAt,
      tags: tags.get(row.id) ?? [],
      vector: termVector([{ text: row.title, weight: 3 }, { text: row.standfirst ?? '', weight: 2 }, { text: row.body, weight: 1 }], vocabulary),
      seen: 0,
    }))
  }

  /** The newest candidates with a tag (any, for null): one more than a pool takes, as it may hold the target. */
  async function pool(trx: Executor, tagId: string | null): Promise<PoolEntry[]> {
    const key = tagId ?? ''
    let entries = pools.get(key)
    if (!entries) {
      entries = await listNewestTagged(trx, tagId, now, Math.max(primaryPoolSize, otherPoolSize, untaggedPoolSize) + 1)
      pools.set(key, entries)
    }
    return entries
  }

  async function otherPool(trx: Executor, tagIds: readonly string[]): Promise<PoolEntry[]> {
    const key = [...tagIds].sort().join(' ')
    let entries = otherPools.get(key)
    if (!entries) {
      const byId = new Map<string, PoolEntry>()
      for (const tagId of tagIds) for (const entry of await pool(trx, tagId)) byId.set(entry.id, entry)
      entries = [...byId.values()].sort(newestFirst).slice(0, otherPoolSize + 1)
      otherPools.set(key, entries)
    }
    return entries
  }

  /** Where a target's candidates come from: [pool, how many it takes], the target skipped. */
  async function planFor(trx: Executor, target: Doc): Promise<[PoolEntry[], number][]> {
    const [primary, ...others] = target.tags
    if (primary === undefined) return [[await pool(trx, null), untaggedPoolSize]]
    const plan: [PoolEntry[], number][] = [[await pool(trx, primary), primaryPoolSize]]
    if (others.length > 0) plan.push([await otherPool(trx, others), otherPoolSize])
    return plan
  }

  /** Starts scoring for one target: its vector spread out for the cosines. */
  function aim(target: Doc): ReadonlySet<string> {
    round += 1
    dense.load(target.vector, vocabulary.size)
    return new Set(target.tags)
  }

  /** A candidate's score for the target last aimed at; negative when it is no match at all. */
  function score(target: Doc, targetTags: ReadonlySet<string>, candidate: Doc): number {
    const cosine = dense.cosine(candidate.vector)
    let value = weights.text * cosine
    if (targetTags.size > 0) {
      let shared = 0
      for (const tag of candidate.tags) if (targetTags.has(tag)) shared += 1
      // Tagged stories are related through a tag they share.
      if (shared === 0) return -1
      if (candidate.tags[0] === target.tags[0]) value += weights.primary
      value += (weights.tags * shared) / (targetTags.size + candidate.tags.length - shared)
    } else if (cosine <= 0) {
      // Without tags, only text can relate two stories.
      return -1
    }
    const anchor = target.publishedAt ?? now
    return value + weights.time / (1 + Math.abs(anchor - (candidate.publishedAt ?? anchor)) / week)
  }

  function best(target: Doc, plan: [PoolEntry[], number][]): Scored[] {
    const targetTags = aim(target)
    const top: Scored[] = []
    for (const [entries, take] of plan) {
      let taken = 0
      for (const entry of entries) {
        if (taken === take) break
        if (entry.id === target.id) continue
        taken += 1
        const doc = docs.get(entry.id)
        if (!doc || doc.seen === round) continue
        doc.seen = round
        const value = score(target, targetTags, doc)
        if (value >= 0) insertRanked(top, { id: doc.id, score: value })
      }
    }
    return top
  }

  const rowsOf = (articleId: string, list: Scored[]): RelatedArticleTable[] =>
    list.map(({ id, score }, position) => ({ articleId, position, relatedId: id, score, computedAt: now }))

  const engine = {
    /** Computes the lists of these articles and stores them, in the caller's transaction. */
    async recompute(trx: Executor, articleIds: readonly string[]): Promise<void> {
      const targets = await readDocs(trx, articleIds)
      const plans = new Map<string, [PoolEntry[], number][]>()
      for (const target of targets) plans.set(target.id, await planFor(trx, target))
      const missing = new Set<string>()
      for (const plan of plans.values()) for (const [entries] of plan) for (const entry of entries) if (!docs.has(entry.id)) missing.add(entry.id)
      for (const doc of await readDocs(trx, [...missing])) docs.set(doc.id, doc)
      const rows = targets.flatMap((target) => rowsOf(target.id, best(target, plans.get(target.id) ?? [])))
      await replaceRelatedRows(trx, articleIds, rows)
    },

    /**
     * Offers one recommendable article to the stored lists of others: it goes in (or moves) where
     * it beats the last. Only a list it drops out of is recomputed, as its new sixth is unknown.
     */
    async offer(trx: Executor, candidateId: string, articleIds: readonly string[]): Promise<void> {
      const read = await readDocs(trx, [candidateId, ...articleIds])
      const candidate = read.find((doc) => doc.id === candidateId)
      if (!candidate) return
      const targets = read.filter((doc) => doc.id !== candidateId)
      const lists = await listStoredLists(trx, articleIds)
      const changed = new Map<string, Scored[]>()
      const redo: string[] = []
      for (const target of targets) {
        const value = score(target, aim(target), candidate)
        const current = (lists.get(target.id) ?? []).map(({ relatedId, score }) => ({ id: relatedId, score }))
        const others = current.filter((item) => item.id !== candidate.id)
        const lowest = current[current.length - 1]
        if (value < 0 || (others.length < current.length && current.length === relatedListSize && lowest && better(lowest, { id: candidate.id, score: value }))) {
          // It was listed and now ranks below what used to be sixth: the new sixth is unknown.
          if (others.length < current.length) redo.push(target.id)
          continue
        }
        const next = [...others]
        insertRanked(next, { id: candidate.id, score: value })
        if (next.some((item, i) => item.id !== current[i]?.id || item.score !== current[i]?.score) || next.length !== current.length) changed.set(target.id, next)
      }
      await replaceRelatedRows(trx, [...changed.keys()], [...changed].flatMap(([id, list]) => rowsOf(id, list)))
      if (redo.length > 0) await engine.recompute(trx, redo)
    },

    get cachedDocs(): number {
      return docs.size
    },

    /** Drops cached candidates (pools stay: they are ids only). */
    forget(): void {
      docs.clear()
    },
  }
  return engine
}
