/**
 * Page views counted in memory and flushed every second as additive upserts into hourly
 * buckets; a roll-up folds them into days. Nothing that identifies a reader is kept: the
 * optional unique count uses an HMAC whose salt lives only in memory and changes at midnight
 * (Europe/Amsterdam), and the hashes are forgotten with it. A hard crash loses at most the
 * views of the last second (one flush); a failed flush keeps its counts for the next one.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { inTransaction } from '../../db/index.js'
import { startOfDay } from '../../../shared/dates.js'
import { NumberSet } from './number-set.js'
import type { ModuleContext } from '../context.js'
import {
  addHourly,
  addReferrers,
  deleteHourlyBefore,
  publishedArticleIds,
  rankableArticleIds,
  referrersForRange,
  rollUpDay,
  topCounted,
  topForRange,
  viewsPerDay,
  siteViewsPerDay,
  type Ranked,
} from './audience.repository.js'

export const mostReadWindows = ['24h', '7d', '30d'] as const
export type MostReadWindow = (typeof mostReadWindows)[number]

const hour = 3_600_000
const day = 86_400_000
/** How long a "this id is (not) a published article" answer is trusted. */
const knownTtlMs = 60_000
/** (reader, article) pairs remembered per day: 48-bit numbers in a typed array, 16 MB at the cap. */
const seenLimit = 1_000_000
/** How long a ranking is reused: the hourly one moves with every flush, the daily ones with the roll-up. */
const rankTtlMs: Record<MostReadWindow, number> = { '24h': 10_000, '7d': 60_000, '30d': 60_000 }

export interface PageView {
  articleId: string
  /** The host of a referring site, lowercased; null for direct or same-site. */
  referrerHost: string | null
  /** Address and user agent, only to tell one reader's repeat views apart today; never stored. */
  visitor: string | null
}

export function createAudienceService(ctx: ModuleContext, options: { uniques?: boolean } = {}) {
  const countUniques = options.uniques ?? true
  let views = new Map<string, { articleId: string; hour: number; views: number; uniques: number }>()
  let referrers = new Map<string, { day: number; host: string; views: number }>()
  let salt = randomBytes(32)
  let saltDay = startOfDay(ctx.now())
  let seen = new NumberSet(seenLimit)
  const known = new Map<string, { published: boolean; at: number }>()
  let ranks = new Map<string, { at: number; ranked: Promise<Ranked[]> }>()

  /** Answered from memory when known (no promise on the hot path), else from the database. */
  function isPublished(articleId: string): boolean | Promise<boolean> {
    const now = ctx.now()
    const cached = known.get(articleId)
    if (cached && now - cached.at < knownTtlMs) return cached.published
    return lookUp(articleId, now)
  }

  async function lookUp(articleId: string, now: number): Promise<boolean> {
    const published = (await publishedArticleIds(ctx.db, [articleId], now)).has(articleId)
    if (known.size > 100_000) known.clear()
    known.set(articleId, { published, at: now })
    return published
  }

  /** Midnight of the current day, worked out once an hour rather than per view. */
  let dayOfHour = { hour: -1, day: 0 }
  function todayStart(now: number): number {
    const bucket = Math.floor(now / hour)
    if (bucket !== dayOfHour.hour) dayOfHour = { hour: bucket, day: startOfDay(now) }
    return dayOfHour.day
  }

  function isFirstToday(visitor: string, articleId: string, now: number): boolean {
    const today = todayStart(now)
    if (today !== saltDay) {
      // Midnight: a new salt, and yesterday's hashes are gone.
      salt = randomBytes(32)
      saltDay = today
      seen = new NumberSet(seenLimit)
    }
    // 48 bits of the HMAC: collisions stay negligible at the cap, and numbers are small in memory.
    const key = createHmac('sha256', salt).update(`${visitor}\n${articleId}`).digest().readUIntBE(0, 6)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  }

  function count(view: PageView): boolean {
    const now = ctx.now()
    const bucket = Math.floor(now / hour) * hour
    const key = `${view.articleId}|${bucket}`
    const entry = views.get(key) ?? { articleId: view.articleId, hour: bucket, views: 0, uniques: 0 }
    entry.views += 1
    if (countUniques && view.visitor !== null && isFirstToday(view.visitor, view.articleId, now)) entry.uniques += 1
    views.set(key, entry)
    if (view.referrerHost) {
      const today = todayStart(now)
      const refKey = `${today}|${view.referrerHost}`
      const ref = referrers.get(refKey) ?? { day: today, host: view.referrerHost, views: 0 }
      ref.views += 1
      referrers.set(refKey, ref)
    }
    return true
  }

  /**
   * The most-counted articles first, then the article filter on those few only: looking up every
   * article read in 30 days (tens of thousands) cost 150 ms, a few dozen cost nothing. When too
   * many candidates fall out (sponsored, unpublished, another tag) the candidate list widens until
   * it is exhausted, so the answer is exact.
   */
  async function rank(source: 'hourly' | 'daily', since: number, limit: number, now: number, tagId?: string): Promise<Ranked[]> {
    for (let candidates = limit * 4 + 20; ; candidates *= 8) {
      const top = await topCounted(ctx.db, source, since, candidates)
      const allowed = await rankableArticleIds(ctx.db, top.map((r) => r.articleId), now, tagId)
      const ranked = top.filter((r) => allowed.has(r.articleId))
      if (ranked.length >= limit || top.length < candidates) return ranked.slice(0, limit)
    }
  }

  const service = {
    /** Counts one view of a published article; false (and nothing counted) for anything else. */
    record(view: PageView): boolean | Promise<boolean> {
      const published = isPublished(view.articleId)
      if (published === false) return false
      if (published !== true) return published.then((ok) => ok && count(view))
      return count(view)
    },

    /** Views counted in memory and not yet written. */
    get pending(): number {
      let n = 0
      for (const v of views.values()) n += v.views
      return n
    },

    /** Writes what was counted since the last flush in one transaction; on failure it is kept for the next. */
    async flush(): Promise<number> {
      if (views.size === 0 && referrers.size === 0) return 0
      const batch = views
      const refs = referrers
      views = new Map()
      referrers = new Map()
      try {
        await inTransaction(ctx.db, async (trx) => {
          await addHourly(trx, [...batch.values()])
          await addReferrers(trx, [...refs.values()])
        })
      } catch (error) {
        for (const [key, entry] of batch) {
          const current = views.get(key)
          if (current) {
            current.views += entry.views
            current.uniques += entry.uniques
          } else views.set(key, entry)
        }
        for (const [key, entry] of refs) {
          const current = referrers.get(key)
          if (current) current.views += entry.views
          else referrers.set(key, entry)
        }
        throw error
      }
      let n = 0
      for (const v of batch.values()) n += v.views
      return n
    },

    /** Folds today's and yesterday's hours into days and drops hours older than seven days. */
    async rollUp(): Promise<void> {
      const now = ctx.now()
      const today = startOfDay(now)
      const yesterday = startOfDay(today - hour)
      const tomorrow = startOfDay(today + day + 2 * hour)
      await rollUpDay(ctx.db, yesterday, today)
      await rollUpDay(ctx.db, today, tomorrow)
      await deleteHourlyBefore(ctx.db, startOfDay(now - 7 * day))
      ranks = new Map()
    },

    /**
     * The most-read published articles (no pages, nothing sponsored): the last 24 hours from
     * hourly buckets, 7 and 30 days from daily rows. A ranking is kept for a few seconds (24
     * hours) or until the next roll-up (days), so a busy site asks the database at most that often.
     */
    mostRead(options: { window: MostReadWindow; limit: number; tagId?: string }): Promise<Ranked[]> {
      const key = `${options.window}|${options.limit}|${options.tagId ?? ''}`
      const now = ctx.now()
      const cached = ranks.get(key)
      if (cached && now - cached.at < rankTtlMs[options.window] && now >= cached.at) return cached.ranked
      const since = options.window === '24h' ? Math.floor(now / hour) * hour - 23 * hour : startOfDay(now - (options.window === '7d' ? 6 : 29) * day)
      const ranked = rank(options.window === '24h' ? 'hourly' : 'daily', since, options.limit, now, options.tagId)
      ranked.catch(() => ranks.delete(key))
      ranks.set(key, { at: now, ranked })
      return ranked
    },

    /** Desk figures: views per day of one article, from `from` to `to` (epoch ms, days in Amsterdam). */
    viewsPerDay: (articleId: string, from: number, to: number) => viewsPerDay(ctx.db, articleId, startOfDay(from), to),
    /** Desk figures: views of the whole site per day (every article, not only the top ones). */
    siteViewsPerDay: (from: number, to: number) => siteViewsPerDay(ctx.db, startOfDay(from), to),
    topArticles: (from: number, to: number, limit: number) => topForRange(ctx.db, startOfDay(from), to, limit),
    referrerHosts: (from: number, to: number, limit: number) => referrersForRange(ctx.db, startOfDay(from), to, limit),
  }
  return service
}

export type AudienceService = ReturnType<typeof createAudienceService>
