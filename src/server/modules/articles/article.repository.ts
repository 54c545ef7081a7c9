/** Queries on articles and their tags and authors. */
import { sql, type SelectQueryBuilder } from 'kysely'
import type { Database, Dialect, Executor } from '../../db/index.js'
import { presentAuthor, type Author } from '../people/index.js'
import { presentTag, type Tag } from '../tags/index.js'
import type { ArticleRevisionTable, ArticleStatus, ArticleTable, ArticleType } from './article.table.js'
import type { TagTable } from '../tags/index.js'
import type { UserTable } from '../people/index.js'
import type { SummaryRow } from './article.model.js'

/** Every column but the body: what lists and summaries read. */
export const summaryColumns = [
  'id', 'uuid', 'type', 'slug', 'title', 'standfirst', 'excerpt', 'wordCount', 'readingTime',
  'featureImage', 'featureImageAlt', 'featureImageCaption', 'featureImageCredit', 'status',
  'featured', 'sponsored', 'sponsor', 'sponsorUrl', 'breaking', 'seoTitle', 'seoDescription',
  'canonicalUrl', 'publishedAt', 'scheduledAt', 'createdAt', 'updatedAt', 'revision', 'createdBy', 'updatedBy',
] as const satisfies readonly (keyof ArticleTable)[]

/** Narrows an articles query to one tag's and/or one author's articles (membership subqueries). */
export function whereTagOrAuthor<O>(q: SelectQueryBuilder<Database, 'articles', O>, filter: { tagId?: string; authorId?: string }): SelectQueryBuilder<Database, 'articles', O> {
  const { tagId, authorId } = filter
  if (tagId !== undefined) q = q.where('id', 'in', (eb) => eb.selectFrom('articleTags').select('articleId').where('tagId', '=', tagId))
  if (authorId !== undefined) q = q.where('id', 'in', (eb) => eb.selectFrom('articleAuthors').select('articleId').where('userId', '=', authorId))
  return q
}

export async function insertArticles(db: Executor, rows: ArticleTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('articles').values(rows).execute()
}

/** Updates when the revision still matches; returns false when someone saved meanwhile. */
export async function updateArticleRow(db: Executor, id: string, expectedRevision: number, patch: Partial<ArticleTable>): Promise<boolean> {
  const result = await db.updateTable('articles').set(patch).where('id', '=', id).where('revision', '=', expectedRevision).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export function findArticleById(db: Executor, id: string): Promise<ArticleTable | undefined> {
  return db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * The article page's queries are written as plain SQL templates (still bound values only): they
 * run on every uncached page view, and skipping the query builder's build-and-compile step is a
 * quarter of a page render.
 */
export async function findArticleBySlug(db: Executor, slug: string): Promise<ArticleTable | undefined> {
  return (await sql<ArticleTable>`select * from articles where slug = ${slug}`.execute(db)).rows[0]
}

export async function takenSlugs(db: Executor, base: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('articles')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute()
  return new Set(rows.map((r) => r.slug))
}

export async function existingSlugs(db: Executor, slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return []
  const rows = await db.selectFrom('articles').select('slug').where('slug', 'in', slugs).execute()
  return rows.map((r) => r.slug)
}

export async function replaceArticleTags(db: Executor, articleId: string, tagIds: string[]): Promise<void> {
  await db.deleteFrom('articleTags').where('articleId', '=', articleId).execute()
  if (tagIds.length > 0) await db.insertInto('articleTags').values(tagIds.map((tagId, position) => ({ articleId, tagId, position }))).execute()
}

export async function replaceArticleAuthors(db: Executor, articleId: string, userIds: string[]): Promise<void> {
  await db.deleteFrom('articleAuthors').where('articleId', '=', articleId).execute()
  if (userIds.length > 0) await db.insertInto('articleAuthors').values(userIds.map((userId, position) => ({ articleId, userId, position }))).execute()
}

export async function insertRelations(
  db: Executor,
  tags: { articleId: string; tagId: string; position: number }[],
  authors: { articleId: string; userId: string; position: number }[],
): Promise<void> {
  if (tags.length > 0) await db.insertInto('articleTags').values(tags).execute()
  if (authors.length > 0) await db.insertInto('articleAuthors').values(authors).execute()
}

/** Tags and authors of many articles in two queries, each list in its saved order. */
export async function loadRelations(db: Executor, articleIds: string[]): Promise<{ tags: Map<string, Tag[]>; authors: Map<string, Author[]> }> {
  const tags = new Map<string, Tag[]>(articleIds.map((id) => [id, []]))
  const authors = new Map<string, Author[]>(articleIds.map((id) => [id, []]))
  if (articleIds.length === 0) return { tags, authors }
  const ids = sql.join(articleIds)
  const [tagRows, authorRows] = await Promise.all([
    sql<TagTable & { articleId: string }>`
      select tags.*, article_tags.article_id from article_tags inner join tags on tags.id = article_tags.tag_id
      where article_tags.article_id in (${ids}) order by article_tags.article_id, article_tags.position`.execute(db),
    sql<Pick<UserTable, 'id' | 'name' | 'slug' | 'bio' | 'website' | 'profileImage'> & { articleId: string }>`
      select article_authors.article_id, users.id, users.name, users.slug, users.bio, users.website, users.profile_image
      from article_authors inner join users on users.id = article_authors.user_id
      where article_authors.article_id in (${ids}) order by article_authors.article_id, article_authors.position`.execute(db),
  ]).then(([t, a]) => [t.rows, a.rows] as const)
  for (const row of tagRows) tags.get(row.articleId)?.push(presentTag(row))
  for (const row of authorRows) authors.get(row.articleId)?.push(presentAuthor(row))
  return { tags, authors }
}

export interface ListQuery {
  type: ArticleType
  statuses: readonly ArticleStatus[]
  limit: number
  offset?: number
  /** Keyset cursor: only articles published before this one (newest first). */
  before?: { publishedAt: number; id: string }
  tagId?: string
  authorId?: string
  featured?: boolean
  breaking?: boolean
  /** Only articles published at or before this time. */
  publishedBy?: number
  /** Only articles published after this time. */
  publishedAfter?: number
}

/** A page of articles, newest first, ties broken by id so every dialect agrees. */
export function listArticleRows(db: Executor, query: ListQuery): Promise<SummaryRow[]> {
  let q = db.selectFrom('articles').select(summaryColumns).where('type', '=', query.type).where('status', 'in', query.statuses)
  // With a cursor, the row-value bound below also enforces publishedBy: SQLite seeks the index
  // by only one upper bound, so there must be only one.
  if (query.publishedBy !== undefined && !query.before) q = q.where('publishedAt', '<=', query.publishedBy)
  if (query.publishedAfter !== undefined) q = q.where('publishedAt', '>', query.publishedAfter)
  if (query.featured !== undefined) q = q.where('featured', '=', query.featured ? 1 : 0)
  if (query.breaking !== undefined) q = q.where('breaking', '=', query.breaking ? 1 : 0)
  q = whereTagOrAuthor(q, query)
  if (query.before) {
    // A row-value comparison: both dialects seek the listing index straight to the cursor (an OR of
    // the two conditions made SQLite scan every newer row — 6 ms at 100k instead of 0.03 ms).
    // A cursor in the future is clamped to publishedBy ('g' sorts after every hex id).
    const clamp = query.publishedBy !== undefined && query.before.publishedAt > query.publishedBy
    const [publishedAt, id] = clamp ? [query.publishedBy as number, 'g'] : [query.before.publishedAt, query.before.id]
    q = q.where((eb) => eb(eb.refTuple('publishedAt', 'id'), '<', eb.tuple(publishedAt, id)))
  }
  q = q.orderBy('publishedAt', 'desc').orderBy('id', 'desc').limit(query.limit)
  if (query.offset) q = q.offset(query.offset)
  return q.execute()
}

/** How many articles match, counting no further than `max` (an index-only scan of at most `max` rows). */
export async function countArticlesUpTo(db: Executor, query: Omit<ListQuery, 'limit' | 'offset' | 'before'>, max: number): Promise<number> {
  let q = db.selectFrom('articles').select('id').where('type', '=', query.type).where('status', 'in', query.statuses)
  if (query.publishedBy !== undefined) q = q.where('publishedAt', '<=', query.publishedBy)
  q = whereTagOrAuthor(q, query)
  const row = await db
    .selectFrom(q.limit(max).as('matches'))
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

export async function countArticles(db: Executor, query: Pick<ListQuery, 'type' | 'statuses' | 'publishedBy'>): Promise<number> {
  let q = db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('count')).where('type', '=', query.type).where('status', 'in', query.statuses)
  if (query.publishedBy !== undefined) q = q.where('publishedAt', '<=', query.publishedBy)
  const row = await q.executeTakeFirstOrThrow()
  return Number(row.count)
}

export async function deleteArticleRow(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('articles').where('id', '=', id).execute()
}

/** Scheduled articles whose time has come, oldest first. */
export async function findDueScheduled(db: Executor, now: number, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('articles')
    .select('id')
    .where('status', '=', 'scheduled')
    .where('scheduledAt', '<=', now)
    .orderBy('scheduledAt')
    .orderBy('id')
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}

export interface DeskQuery {
  statuses?: readonly ArticleStatus[]
  type?: ArticleType
  tagId?: string
  authorId?: string
  /** Only articles this person is on the byline of or created. */
  ownerId?: string
  /** Only these articles (the matches of a full-text search). */
  ids?: readonly string[]
  order: 'updated' | 'published' | 'created'
  limit: number
  offset: number
}

function deskFilter(db: Executor, query: DeskQuery) {
  let q = db.selectFrom('articles')
  if (query.statuses) q = q.where('status', 'in', query.statuses)
  if (query.type) q = q.where('type', '=', query.type)
  q = whereTagOrAuthor(q, query)
  if (query.ownerId !== undefined) {
    const ownerId = query.ownerId
    q = q.where((eb) => eb.or([eb('createdBy', '=', ownerId), eb('id', 'in', eb.selectFrom('articleAuthors').select('articleId').where('userId', '=', ownerId))]))
  }
  if (query.ids !== undefined) q = q.where('id', 'in', query.ids)
  return q
}

export async function listDeskRows(db: Executor, query: DeskQuery): Promise<{ rows: SummaryRow[]; total: number }> {
  const column = query.order === 'published' ? 'publishedAt' : query.order === 'created' ? 'createdAt' : 'updatedAt'
  const [rows, count] = await Promise.all([
    deskFilter(db, query).select(summaryColumns).orderBy(column, 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
    deskFilter(db, query).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(count.count) }
}

export async function insertRevision(db: Executor, row: ArticleRevisionTable): Promise<void> {
  await db.insertInto('articleRevisions').values(row).execute()
}

export function listRevisionRows(db: Executor, articleId: string): Promise<Omit<ArticleRevisionTable, 'snapshot'>[]> {
  return db
    .selectFrom('articleRevisions')
    .select(['articleId', 'revision', 'status', 'title', 'createdAt', 'createdBy'])
    .where('articleId', '=', articleId)
    .orderBy('revision', 'desc')
    .execute()
}

export function findRevision(db: Executor, articleId: string, revision: number): Promise<ArticleRevisionTable | undefined> {
  return db.selectFrom('articleRevisions').selectAll().where('articleId', '=', articleId).where('revision', '=', revision).executeTakeFirst()
}

/**
 * Claims one due scheduled article in the caller's transaction: on PostgreSQL the row lock is
 * taken with SKIP LOCKED, so a second process moves on instead of waiting.
 */
export async function lockDueArticle(db: Executor, dialect: Dialect, id: string, now: number): Promise<boolean> {
  let q = db.selectFrom('articles').select('id').where('id', '=', id).where('status', '=', 'scheduled').where('scheduledAt', '<=', now)
  if (dialect.skipLocked) q = q.forUpdate().skipLocked()
  return (await q.executeTakeFirst()) !== undefined
}

/**
 * Published articles by id (any order; the caller orders them). Looked up by id alone and
 * filtered here: with `status = ?` in the SQL, SQLite without statistics walks the
 * (status, scheduled_at) index over the whole archive instead (~100 ms at 100k, not 0.1).
 */
export async function listPublishedRowsByIds(db: Executor, ids: string[], now: number): Promise<SummaryRow[]> {
  if (ids.length === 0) return []
  const rows = await db.selectFrom('articles').select(summaryColumns).where('id', 'in', ids).execute()
  return rows.filter((row) => row.status === 'published' && row.publishedAt !== null && Number(row.publishedAt) <= now)
}
