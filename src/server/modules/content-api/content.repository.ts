/**
 * The Content API's queries: published posts and pages, tags and authors that have published
 * content, their relations and counts. Filters arrive compiled (content-filter.repository.ts);
 * every list ends its ORDER BY with the id so both dialects page identically.
 */
import { expressionBuilder, sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely'
import type { Database, Executor } from '../../db/index.js'
import type { ArticleTable, ArticleType } from '../articles/index.js'
import type { UserTable } from '../people/index.js'
import type { TagTable } from '../tags/index.js'

const eb = expressionBuilder<Database, never>()

export const articleColumns = [
  'id', 'uuid', 'type', 'slug', 'title', 'standfirst', 'excerpt', 'readingTime', 'featureImage', 'featureImageAlt',
  'featureImageCaption', 'featured', 'seoTitle', 'seoDescription', 'canonicalUrl', 'publishedAt', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof ArticleTable)[]

export type ContentArticleRow = Pick<ArticleTable, (typeof articleColumns)[number]> & { bodyHtml?: string; bodyText?: string }
export type ContentTagRow = TagTable
export const authorColumns = ['id', 'name', 'slug', 'bio', 'website', 'profileImage'] as const satisfies readonly (keyof UserTable)[]
export type ContentAuthorRow = Pick<UserTable, (typeof authorColumns)[number]>

/** One ORDER BY term: a column of the resource's table, or the published-post count (tags, authors). */
export interface OrderTerm {
  column: string
  direction: 'asc' | 'desc'
}

export interface ListWindow {
  where: Expression<SqlBool> | null
  order: readonly OrderTerm[]
  /** Order by this slug list (Ghost's `slug:[a,b]` without an order). */
  slugOrder?: readonly string[] | null
  /** null: every row (`limit=all`). */
  limit: number | null
  offset: number
}

function orderBy<QB extends SelectQueryBuilder<Database, keyof Database, object>>(q: QB, table: 'articles' | 'tags' | 'users', window: ListWindow, count?: () => Expression<unknown>): QB {
  if (window.slugOrder && window.slugOrder.length > 0 && window.order.length === 0) {
    const [first, ...rest] = window.slugOrder
    let chain = eb.case().when(sql.ref(`${table}.slug`), '=', first as string).then(0)
    rest.forEach((slug, i) => (chain = chain.when(sql.ref(`${table}.slug`), '=', slug).then(i + 1)))
    q = q.orderBy(chain.else(window.slugOrder.length).end()) as QB
  }
  for (const term of window.order) {
    const expression = term.column === 'count.posts' && count ? count() : sql.ref(`${table}.${term.column}`)
    q = q.orderBy(expression, term.direction) as QB
  }
  const last = window.order.at(-1)?.direction ?? 'asc'
  q = q.orderBy(sql.ref(`${table}.id`), last) as QB
  if (window.limit !== null) q = q.limit(window.limit) as QB
  if (window.offset > 0) q = (window.limit === null ? q.limit(Number.MAX_SAFE_INTEGER) : q).offset(window.offset) as QB
  return q
}

function publishedArticles(db: Executor, type: ArticleType, now: number) {
  return db.selectFrom('articles').where('articles.type', '=', type).where('articles.status', '=', 'published').where('articles.publishedAt', '<=', now)
}

export interface BodyColumns {
  html: boolean
  text: boolean
}

function withBody<QB extends SelectQueryBuilder<Database, 'articles', object>>(q: QB, body: BodyColumns) {
  let out = q.select(articleColumns.map((c) => `articles.${c}` as const))
  if (body.html) out = out.select('articles.bodyHtml')
  if (body.text) out = out.select('articles.bodyText')
  return out
}

export async function listContentArticles(db: Executor, type: ArticleType, now: number, window: ListWindow, body: BodyColumns): Promise<ContentArticleRow[]> {
  let q = withBody(publishedArticles(db, type, now), body)
  if (window.where) q = q.where(window.where)
  return (await orderBy(q, 'articles', window).execute()) as ContentArticleRow[]
}

export async function countContentArticles(db: Executor, type: ArticleType, now: number, where: Expression<SqlBool> | null): Promise<number> {
  let q = publishedArticles(db, type, now).select((e) => e.fn.countAll<number>().as('count'))
  if (where) q = q.where(where)
  return Number((await q.executeTakeFirstOrThrow()).count)
}

export async function findContentArticle(db: Executor, type: ArticleType, now: number, by: { id: string } | { slug: string }, body: BodyColumns): Promise<ContentArticleRow | undefined> {
  const q = withBody(publishedArticles(db, type, now), body)
  return (await ('id' in by ? q.where('articles.id', '=', by.id) : q.where('articles.slug', '=', by.slug)).executeTakeFirst()) as ContentArticleRow | undefined
}

/**
 * Tags and authors of many articles, each list in its saved order: two plain SQL templates
 * (bound values only) because they run on every uncached list request.
 */
export async function loadArticleRelations(db: Executor, articleIds: string[], want: { tags: boolean; authors: boolean }) {
  const tags = new Map<string, ContentTagRow[]>(articleIds.map((id) => [id, []]))
  const authors = new Map<string, ContentAuthorRow[]>(articleIds.map((id) => [id, []]))
  if (articleIds.length === 0) return { tags, authors }
  const ids = sql.join(articleIds)
  const [tagRows, authorRows] = await Promise.all([
    want.tags
      ? sql<ContentTagRow & { articleId: string }>`
        select tags.*, article_tags.article_id from article_tags inner join tags on tags.id = article_tags.tag_id
        where article_tags.article_id in (${ids}) order by article_tags.article_id, article_tags.position`.execute(db).then((r) => r.rows)
      : [],
    want.authors
      ? sql<ContentAuthorRow & { articleId: string }>`
        select article_authors.article_id, users.id, users.name, users.slug, users.bio, users.website, users.profile_image
        from article_authors inner join users on users.id = article_authors.user_id
        where article_authors.article_id in (${ids}) order by article_authors.article_id, article_authors.position`.execute(db).then((r) => r.rows)
      : [],
  ])
  for (const { articleId, ...tag } of tagRows) tags.get(articleId)?.push(tag)
  for (const { articleId, ...author } of authorRows) authors.get(articleId)?.push(author)
  return { tags, authors }
}

/** Tags on at least one published post or page (Ghost lists no others). */
function usedTags(db: Executor, now: number) {
  return db.selectFrom('tags').where((e) =>
    e.exists(
      e
        .selectFrom('articleTags')
        .innerJoin('articles', 'articles.id', 'articleTags.articleId')
        .select('articleTags.articleId')
        .whereRef('articleTags.tagId', '=', 'tags.id')
        .where('articles.status', '=', 'published')
        .where('articles.publishedAt', '<=', now),
    ),
  )
}

function tagPostCount(now: number) {
  return () =>
    eb
      .selectFrom('articleTags')
      .innerJoin('articles', 'articles.id', 'articleTags.articleId')
      .select((e) => e.fn.countAll().as('n'))
      .whereRef('articleTags.tagId', '=', sql.ref('tags.id'))
      .where('articles.type', '=', 'article')
      .where('articles.status', '=', 'published')
      .where('articles.publishedAt', '<=', now)
}

export async function listContentTags(db: Executor, now: number, window: ListWindow): Promise<ContentTagRow[]> {
  let q = usedTags(db, now).selectAll('tags')
  if (window.where) q = q.where(window.where)
  return orderBy(q, 'tags', window, tagPostCount(now)).execute()
}

export async function countContentTags(db: Executor, now: number, where: Expression<SqlBool> | null): Promise<number> {
  let q = usedTags(db, now).select((e) => e.fn.countAll<number>().as('count'))
  if (where) q = q.where(where)
  return Number((await q.executeTakeFirstOrThrow()).count)
}

export function findContentTag(db: Executor, now: number, by: { id: string } | { slug: string }): Promise<ContentTagRow | undefined> {
  const q = usedTags(db, now).selectAll('tags')
  return ('id' in by ? q.where('tags.id', '=', by.id) : q.where('tags.slug', '=', by.slug)).executeTakeFirst()
}

/** Published posts (not pages) per tag, for `include=count.posts`. */
export async function countPostsPerTag(db: Executor, now: number, tagIds: string[]): Promise<Map<string, number>> {
  if (tagIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('articleTags')
    .innerJoin('articles', 'articles.id', 'articleTags.articleId')
    .select(['articleTags.tagId as id', (e) => e.fn.countAll<number>().as('count')])
    .where('articleTags.tagId', 'in', tagIds)
    .where('articles.type', '=', 'article')
    .where('articles.status', '=', 'published')
    .where('articles.publishedAt', '<=', now)
    .groupBy('articleTags.tagId')
    .execute()
  return new Map(rows.map((r) => [r.id, Number(r.count)]))
}

/** People on the byline of at least one published post or page. */
function publishedAuthors(db: Executor, now: number) {
  return db.selectFrom('users').where((e) =>
    e.exists(
      e
        .selectFrom('articleAuthors')
        .innerJoin('articles', 'articles.id', 'articleAuthors.articleId')
        .select('articleAuthors.articleId')
        .whereRef('articleAuthors.userId', '=', 'users.id')
        .where('articles.status', '=', 'published')
        .where('articles.publishedAt', '<=', now),
    ),
  )
}

function authorPostCount(now: number) {
  return () =>
    eb
      .selectFrom('articleAuthors')
      .innerJoin('articles', 'articles.id', 'articleAuthors.articleId')
      .select((e) => e.fn.countAll().as('n'))
      .whereRef('articleAuthors.userId', '=', sql.ref('users.id'))
      .where('articles.type', '=', 'article')
      .where('articles.status', '=', 'published')
      .where('articles.publishedAt', '<=', now)
}

export async function listContentAuthors(db: Executor, now: number, window: ListWindow): Promise<ContentAuthorRow[]> {
  let q = publishedAuthors(db, now).select(authorColumns.map((c) => `users.${c}` as const))
  if (window.where) q = q.where(window.where)
  return orderBy(q, 'users', window, authorPostCount(now)).execute()
}

export async function countContentAuthors(db: Executor, now: number, where: Expression<SqlBool> | null): Promise<number> {
  let q = publishedAuthors(db, now).select((e) => e.fn.countAll<number>().as('count'))
  if (where) q = q.where(where)
  return Number((await q.executeTakeFirstOrThrow()).count)
}

export function findContentAuthor(db: Executor, now: number, by: { id: string } | { slug: string }): Promise<ContentAuthorRow | undefined> {
  const q = publishedAuthors(db, now).select(authorColumns.map((c) => `users.${c}` as const))
  return ('id' in by ? q.where('users.id', '=', by.id) : q.where('users.slug', '=', by.slug)).executeTakeFirst()
}

/** Published posts per author (any place on the byline), for `include=count.posts`. */
export async function countPostsPerAuthor(db: Executor, now: number, userIds: string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('articleAuthors')
    .innerJoin('articles', 'articles.id', 'articleAuthors.articleId')
    .select(['articleAuthors.userId as id', (e) => e.fn.countAll<number>().as('count')])
    .where('articleAuthors.userId', 'in', userIds)
    .where('articles.type', '=', 'article')
    .where('articles.status', '=', 'published')
    .where('articles.publishedAt', '<=', now)
    .groupBy('articleAuthors.userId')
    .execute()
  return new Map(rows.map((r) => [r.id, Number(r.count)]))
}
