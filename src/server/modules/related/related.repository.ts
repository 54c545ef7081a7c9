/** Queries for related news: candidate pools, the text that is compared, and the stored lists. */
import { sql } from 'kysely'
import type { Executor } from '../../db/index.js'
import { dialectOf } from '../../db/dialect/index.js'
import type { SummaryRow } from '../articles/article.model.js'
import { summaryColumns } from '../articles/article.repository.js'
import type { ArticleStatus, ArticleType } from '../articles/article.table.js'
import type { RelatedArticleTable } from './related.table.js'

/** Both dialects accept this many bound values in one statement with room to spare. */
const chunkSize = 500

function chunks<T>(items: readonly T[], size = chunkSize): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export interface ArticleState {
  id: string
  type: ArticleType
  status: ArticleStatus
  sponsored: number
  publishedAt: number | null
}

export function findArticleState(db: Executor, id: string): Promise<ArticleState | undefined> {
  return db.selectFrom('articles').select(['id', 'type', 'status', 'sponsored', 'publishedAt']).where('id', '=', id).executeTakeFirst()
}

export interface PoolEntry {
  id: string
  publishedAt: number
}

export interface TaggedQuery {
  /** Only articles filed under the tag as their primary (first) tag. */
  primaryOnly?: boolean
  /** Also sponsored articles (they have lists of their own, but are never recommended). */
  withSponsored?: boolean
  exceptId?: string
}

/** Below this many uses a tag's articles are looked up by id; above it the newest are walked. */
const smallTag = 3000

/**
 * The newest published articles (no pages, none published after `now`) carrying a tag, or any
 * article when `tagId` is null; newest first, ties by id. A common tag walks the listing index
 * newest first until enough match; a rare one fetches its few articles by id instead of
 * walking every article to find them.
 */
export async function listNewestTagged(db: Executor, tagId: string | null, now: number, limit: number, options: TaggedQuery = {}): Promise<PoolEntry[]> {
  let q = db.selectFrom('articles').select(['id', 'publishedAt']).where('type', '=', 'article').where('status', '=', 'published').where('publishedAt', '<=', now)
  if (!options.withSponsored) q = q.where('sponsored', '=', 0)
  if (options.exceptId !== undefined) q = q.where('id', '!=', options.exceptId)
  const toEntries = (rows: { id: string; publishedAt: number | null }[]) => rows.map((r) => ({ id: r.id, publishedAt: Number(r.publishedAt) }))
  if (tagId === null) return toEntries(await q.orderBy('publishedAt', 'desc').orderBy('id', 'desc').limit(limit).execute())

  // Counted on the covering tag index; for primaryOnly an upper bound, which is all it needs.
  const { uses } = await db.selectFrom('articleTags').where('tagId', '=', tagId).select((eb) => eb.fn.countAll<number>().as('uses')).executeTakeFirstOrThrow()
  if (Number(uses) > smallTag) {
    const rows = await q
      .where((eb) => {
        let match = eb.selectFrom('articleTags').select('articleId').whereRef('articleTags.articleId', '=', 'articles.id').where('tagId', '=', tagId)
        if (options.primaryOnly) match = match.where('position', '=', 0)
        return eb.exists(match)
      })
      .orderBy('publishedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute()
    return toEntries(rows)
  }
  let tagged = db.selectFrom('articleTags').select('articleId').where('tagId', '=', tagId)
  if (options.primaryOnly) tagged = tagged.where('position', '=', 0)
  const ids = (await tagged.execute()).map((r) => r.articleId)
  const entries: PoolEntry[] = []
  for (const part of chunks(ids)) entries.push(...toEntries(await q.where('id', 'in', part).execute()))
  return entries.sort(newestFirst).slice(0, limit)
}

/** Newest first, then the larger id: the order every listing of candidates uses. */
export function newestFirst(a: PoolEntry, b: PoolEntry): number {
  return b.publishedAt - a.publishedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
}

/** Tag ids of many articles, each list in its saved order (the first is the primary tag). */
export async function listTagIds(db: Executor, articleIds: readonly string[]): Promise<Map<string, string[]>> {
  const tags = new Map<string, string[]>(articleIds.map((id) => [id, []]))
  for (const ids of chunks(articleIds)) {
    const rows = await db.selectFrom('articleTags').select(['articleId', 'tagId']).where('articleId', 'in', ids).orderBy('articleId').orderBy('position').execute()
    for (const row of rows) tags.get(row.articleId)?.push(row.tagId)
  }
  return tags
}

export interface TextRow {
  id: string
  title: string
  standfirst: string | null
  body: string
  publishedAt: number | null
}

/** What similarity compares: title, standfirst and the start of the body text. */
export async function listTexts(db: Executor, articleIds: readonly string[], bodyChars: number): Promise<TextRow[]> {
  const out: TextRow[] = []
  for (const ids of chunks(articleIds)) {
    const rows = await db
      .selectFrom('articles')
      .select((eb) => ['id', 'title', 'standfirst', 'publishedAt', eb.fn<string>('substr', ['bodyText', eb.val(1), eb.val(bodyChars)]).as('body')])
      .where('id', 'in', ids)
      .execute()
    for (const row of rows) out.push({ ...row, publishedAt: row.publishedAt === null ? null : Number(row.publishedAt) })
  }
  return out
}

/** The stored lists of these articles: related ids and scores in order. */
export async function listStoredLists(db: Executor, articleIds: readonly string[]): Promise<Map<string, { relatedId: string; score: number }[]>> {
  const lists = new Map<string, { relatedId: string; score: number }[]>(articleIds.map((id) => [id, []]))
  for (const ids of chunks(articleIds)) {
    const rows = await db.selectFrom('relatedArticles').select(['articleId', 'relatedId', 'score']).where('articleId', 'in', ids).orderBy('articleId').orderBy('position').execute()
    for (const row of rows) lists.get(row.articleId)?.push({ relatedId: row.relatedId, score: Number(row.score) })
  }
  return lists
}

/** Articles whose stored list recommends this one. */
export async function listReferrers(db: Executor, relatedId: string): Promise<string[]> {
  const rows = await db.selectFrom('relatedArticles').select('articleId').distinct().where('relatedId', '=', relatedId).orderBy('articleId').execute()
  return rows.map((r) => r.articleId)
}

export async function deleteRowsPointingTo(db: Executor, relatedId: string): Promise<void> {
  await db.deleteFrom('relatedArticles').where('relatedId', '=', relatedId).execute()
}

/** Advisory lock key for changes to related lists. */
const relatedListsLock = 7_146_021

/**
 * Serialises changes to related lists between concurrent transactions on PostgreSQL (two
 * publishes touching the same neighbour's list would otherwise both delete and both insert it).
 * Held until the transaction ends. SQLite's BEGIN IMMEDIATE already runs writers one at a time.
 */
export async function lockRelatedLists(db: Executor): Promise<void> {
  if (dialectOf(db).name === 'postgres') await sql`select pg_advisory_xact_lock(${relatedListsLock})`.execute(db)
}

/** Replaces the stored lists of these articles with `rows` (which belong to them). */
export async function replaceRelatedRows(db: Executor, articleIds: readonly string[], rows: readonly RelatedArticleTable[]): Promise<void> {
  for (const ids of chunks(articleIds)) await db.deleteFrom('relatedArticles').where('articleId', 'in', ids).execute()
  for (const part of chunks(rows)) await db.insertInto('relatedArticles').values(part).execute()
}

/** Drops the lists of everything that is no longer a published article. */
export async function deleteListsOfUnpublished(db: Executor): Promise<void> {
  await db
    .deleteFrom('relatedArticles')
    .where('articleId', 'not in', (eb) => eb.selectFrom('articles').select('id').where('type', '=', 'article').where('status', '=', 'published'))
    .execute()
}

/** Every published article with its primary tag, grouped by that tag so candidates get reused. */
export async function listPublishedByPrimaryTag(db: Executor): Promise<{ id: string; primaryTagId: string | null }[]> {
  return db
    .selectFrom('articles')
    .leftJoin('articleTags', (join) => join.onRef('articleTags.articleId', '=', 'articles.id').on('articleTags.position', '=', 0))
    .select(['articles.id', 'articleTags.tagId as primaryTagId'])
    .where('articles.type', '=', 'article')
    .where('articles.status', '=', 'published')
    .orderBy('articleTags.tagId')
    .orderBy('articles.id')
    .execute()
}

/** The stored list of an article, in order, keeping only what readers may see now. */
/** The summary columns as SQL, qualified and snake_cased once. */
const summarySql = sql.raw(summaryColumns.map((c) => `articles.${c.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`)}`).join(', '))

/** Read on every uncached article page: a plain SQL template (bound values only) skips the query builder. */
export async function listRelatedRows(db: Executor, articleId: string, now: number, limit: number): Promise<SummaryRow[]> {
  const result = await sql<SummaryRow>`
    select ${summarySql} from related_articles inner join articles on articles.id = related_articles.related_id
    where related_articles.article_id = ${articleId} and articles.type = 'article' and articles.status = 'published'
      and articles.published_at <= ${now} and articles.sponsored = 0
    order by related_articles.position limit ${limit}`.execute(db)
  return result.rows
}
