/** Queries on the audience counters: additive upserts, roll-ups and rankings. */
import { sql } from 'kysely'
import type { Executor } from '../../db/index.js'
import type { AudienceHourlyTable, AudienceReferrerTable } from './audience.table.js'

/** Adds this process's deltas to the hourly buckets: several processes each add their own. */
export async function addHourly(db: Executor, rows: AudienceHourlyTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('audienceHourly')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) =>
        oc.columns(['articleId', 'hour']).doUpdateSet((eb) => ({
          views: eb('audienceHourly.views', '+', eb.ref('excluded.views')),
          uniques: eb('audienceHourly.uniques', '+', eb.ref('excluded.uniques')),
        })),
      )
      .execute()
  }
}

export async function addReferrers(db: Executor, rows: AudienceReferrerTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('audienceReferrers')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['day', 'host']).doUpdateSet((eb) => ({ views: eb('audienceReferrers.views', '+', eb.ref('excluded.views')) })))
      .execute()
  }
}

/** Recomputes one day's daily rows from its hourly buckets (idempotent: any process may run it). */
export async function rollUpDay(db: Executor, day: number, nextDay: number): Promise<void> {
  await db
    .insertInto('audienceDaily')
    .columns(['articleId', 'day', 'views', 'uniques'])
    .expression((eb) =>
      eb
        .selectFrom('audienceHourly')
        .select((s) => ['articleId', sql<number>`${day}`.as('day'), s.fn.sum<number>('views').as('views'), s.fn.sum<number>('uniques').as('uniques')])
        .where('hour', '>=', day)
        .where('hour', '<', nextDay)
        .groupBy('articleId'),
    )
    .onConflict((oc) => oc.columns(['articleId', 'day']).doUpdateSet((eb) => ({ views: eb.ref('excluded.views'), uniques: eb.ref('excluded.uniques') })))
    .execute()
}

export async function deleteHourlyBefore(db: Executor, before: number): Promise<void> {
  await db.deleteFrom('audienceHourly').where('hour', '<', before).execute()
}

export interface Ranked {
  articleId: string
  views: number
}

/**
 * The `count` most-viewed articles since `since` (hourly buckets or daily rows), whatever they
 * are: the caller filters. Grouping by an expression lets SQLite range-scan the time index
 * instead of walking the whole table in key order; PostgreSQL reads it as an ordinary group by.
 */
export async function topCounted(db: Executor, source: 'hourly' | 'daily', since: number, count: number): Promise<Ranked[]> {
  const table = source === 'hourly' ? 'audience_hourly' : 'audience_daily'
  const column = source === 'hourly' ? 'hour' : 'day'
  const result = await sql<Ranked>`
    select min(article_id) as article_id, sum(views) as views from ${sql.table(table)}
    where ${sql.ref(column)} >= ${since}
    group by article_id || ''
    order by views desc, article_id
    limit ${count}`.execute(db)
  return result.rows.map((r) => ({ articleId: r.articleId, views: Number(r.views) }))
}

/** Which of these ids may appear in "Meest gelezen": published articles, not sponsored, optionally with a tag. */
export async function rankableArticleIds(db: Executor, ids: string[], now: number, tagId?: string): Promise<Set<string>> {
  const allowed = new Set<string>()
  // In slices: a widened candidate list may hold more ids than one statement takes parameters.
  for (let i = 0; i < ids.length; i += 1000) {
    let query = db
      .selectFrom('articles')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 1000))
      .where('type', '=', 'article')
      .where('status', '=', 'published')
      .where('sponsored', '=', 0)
      .where('publishedAt', '<=', now)
    if (tagId) query = query.where(({ exists, selectFrom }) => exists(selectFrom('articleTags').select('articleId').whereRef('articleTags.articleId', '=', 'articles.id').where('tagId', '=', tagId)))
    for (const row of await query.execute()) allowed.add(row.id)
  }
  return allowed
}

export async function viewsPerDay(db: Executor, articleId: string, from: number, to: number): Promise<{ day: number; views: number; uniques: number }[]> {
  return db.selectFrom('audienceDaily').select(['day', 'views', 'uniques']).where('articleId', '=', articleId).where('day', '>=', from).where('day', '<', to).orderBy('day').execute()
}

/** Views of every article together per day (the desk's site totals). */
export async function siteViewsPerDay(db: Executor, from: number, to: number): Promise<{ day: number; views: number }[]> {
  const rows = await db
    .selectFrom('audienceDaily')
    .select((eb) => ['day', eb.fn.sum<number>('views').as('views')])
    .where('day', '>=', from)
    .where('day', '<', to)
    .groupBy('day')
    .orderBy('day')
    .execute()
  return rows.map((r) => ({ day: Number(r.day), views: Number(r.views) }))
}

export async function topForRange(db: Executor, from: number, to: number, limit: number): Promise<{ articleId: string; views: number; uniques: number }[]> {
  const rows = await db
    .selectFrom('audienceDaily')
    .select((eb) => ['articleId', eb.fn.sum<number>('views').as('views'), eb.fn.sum<number>('uniques').as('uniques')])
    .where('day', '>=', from)
    .where('day', '<', to)
    .groupBy('articleId')
    .orderBy('views', 'desc')
    .orderBy('articleId')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ articleId: r.articleId, views: Number(r.views), uniques: Number(r.uniques) }))
}

export async function referrersForRange(db: Executor, from: number, to: number, limit: number): Promise<{ host: string; views: number }[]> {
  const rows = await db
    .selectFrom('audienceReferrers')
    .select((eb) => ['host', eb.fn.sum<number>('views').as('views')])
    .where('day', '>=', from)
    .where('day', '<', to)
    .groupBy('host')
    .orderBy('views', 'desc')
    .orderBy('host')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ host: r.host, views: Number(r.views) }))
}

/** Which of these ids are published articles (for the beacon filter). */
export async function publishedArticleIds(db: Executor, ids: string[], now: number): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db.selectFrom('articles').select('id').where('id', 'in', ids).where('type', '=', 'article').where('status', '=', 'published').where('publishedAt', '<=', now).execute()
  return new Set(rows.map((r) => r.id))
}
