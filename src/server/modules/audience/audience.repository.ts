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

/** Most-viewed published, non-sponsored articles since `since` (hourly buckets or daily rows). */
export async function rankArticles(db: Executor, source: 'hourly' | 'daily', since: number, limit: number, now: number, tagId?: string): Promise<Ranked[]> {
  const table = source === 'hourly' ? 'audience_hourly' : 'audience_daily'
  const column = source === 'hourly' ? 'hour' : 'day'
  const tagFilter = tagId ? sql`and exists (select 1 from article_tags t where t.article_id = a.id and t.tag_id = ${tagId})` : sql``
  // Sum the window's counters first, then look at those articles only. CROSS JOIN keeps that
  // order on SQLite (which otherwise walked all 100k articles: 250 ms instead of a few), and
  // grouping by an expression lets it range-scan the time index instead of the whole table in
  // key order. PostgreSQL reads the same SQL as an ordinary join.
  const result = await sql<Ranked>`
    select r.article_id, r.views
    from (select min(article_id) as article_id, sum(views) as views from ${sql.table(table)} where ${sql.ref(column)} >= ${since} group by article_id || '') r
    cross join articles a
    where a.id = r.article_id and a.type = 'article' and a.status = 'published' and a.sponsored = 0 and a.published_at <= ${now} ${tagFilter}
    order by r.views desc, r.article_id
    limit ${limit}`.execute(db)
  return result.rows.map((r) => ({ articleId: r.articleId, views: Number(r.views) }))
}

export async function viewsPerDay(db: Executor, articleId: string, from: number, to: number): Promise<{ day: number; views: number; uniques: number }[]> {
  return db.selectFrom('audienceDaily').select(['day', 'views', 'uniques']).where('articleId', '=', articleId).where('day', '>=', from).where('day', '<', to).orderBy('day').execute()
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
