/**
 * The Content API's queries: published posts and pages, tags and authors that have published
 * content, their relations and counts. Filters arrive compiled (content-filter.repository.ts);
 * every list ends its ORDER BY with the id so both dialects page identically.
 */
import { expressionBuilder, sql, type Compilable, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely'
import { dialectOf } from '../../db/dialect/index.js'
import { prepare, type Database, type Executor, type PreparedQuery } from '../../db/index.js'
import type { ArticleTable, ArticleType } from '../articles/index.js'
import type { UserTable } from '../people/index.js'
import type { TagTable } from '../tags/index.js'

const eb = expressionBuilder<Database, never>()

export const articleColumns = [
  'id', 'uuid', 'type', 'slug', 'title', 'standfirst', 'excerpt', 'readingTime', 'featureImage', 'featureImageAlt',
  'featureImageCaption', 'featured', 'seoTitle', 'seoDescription', 'canonicalUrl', 'publishedAt', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof ArticleTable)[]

/** `bodyHtmlJson`: the stored HTML as a JSON string, written by the database (see `htmlAsJson`). */
export type ContentArticleRow = Pick<ArticleTable, (typeof articleColumns)[number]> & {
  bodyHtmlJson?: string
  bodyText?: string
  /** The ids of the article's tags and authors in their order, comma-separated (see `linkedIds`). */
  tagIds?: string | null
  authorIds?: string | null
}
export const tagColumns = ['id', 'name', 'slug', 'description', 'visibility', 'seoTitle', 'seoDescription'] as const satisfies readonly (keyof TagTable)[]
export type ContentTagRow = Pick<TagTable, (typeof tagColumns)[number]>
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
  // `!== 0`, not `> 0`: a prepared query passes a placeholder here.
  if (window.offset !== 0) q = (window.limit === null ? q.limit(Number.MAX_SAFE_INTEGER) : q).offset(window.offset) as QB
  return q
}

function publishedArticles(db: Executor, type: ArticleType, now: number) {
  return db.selectFrom('articles').where('articles.type', '=', type).where('articles.status', '=', 'published').where('articles.publishedAt', '<=', now)
}

export interface BodyColumns {
  html: boolean
  text: boolean
}

/** Which relations a query reads along with its articles. */
export interface Relations {
  tags: boolean
  authors: boolean
}

/**
 * The HTML as a JSON string literal, escaped by the database: SQLite's json_quote and
 * PostgreSQL's to_json write the same text as JSON.stringify, in C, for a fraction of its cost
 * (the HTML is a third of a list's bytes).
 */
function htmlAsJson(db: Executor) {
  const html = sql.ref('articles.bodyHtml')
  return (dialectOf(db).name === 'postgres' ? sql<string>`to_json(${html})::text` : sql<string>`json_quote(${html})`).as('bodyHtmlJson')
}

/**
 * The ids of an article's tags or authors in their order, as one text (ids hold no commas): a
 * subquery per row in the same statement, cheaper than reading the links by a query of their own.
 */
function linkedIds(db: Executor, table: 'article_tags' | 'article_authors', column: 'tag_id' | 'user_id', alias: 'tagIds' | 'authorIds') {
  const join = dialectOf(db).name === 'postgres' ? 'string_agg' : 'group_concat'
  return sql<string | null>`(select ${sql.raw(`${join}(${column}, ',' order by position)`)} from ${sql.raw(table)} where article_id = ${sql.ref('articles.id')})`.as(alias)
}

function withBody<QB extends SelectQueryBuilder<Database, 'articles', object>>(db: Executor, q: QB, body: BodyColumns, relations: Relations) {
  let out = q.select(articleColumns.map((c) => `articles.${c}` as const))
  if (body.html) out = out.select(htmlAsJson(db))
  if (body.text) out = out.select('articles.bodyText')
  if (relations.tags) out = out.select(linkedIds(db, 'article_tags', 'tag_id', 'tagIds'))
  if (relations.authors) out = out.select(linkedIds(db, 'article_authors', 'user_id', 'authorIds'))
  return out
}

export interface ListValues {
  now: number
  limit: number
  offset: number
}

/**
 * Published posts or pages, one window of them, as a prepared query (db/prepared.ts): built
 * and compiled once for a window's filter, order and shape, then run with the moment, limit and
 * offset of each request.
 */
export function prepareContentArticles(db: Executor, type: ArticleType, window: ListWindow, body: BodyColumns, relations: Relations): PreparedQuery<ListValues, ContentArticleRow> {
  const names = ['now', ...(window.limit === null ? [] : ['limit' as const]), ...(window.offset === 0 ? [] : ['offset' as const])] as const
  return prepare<ListValues, ContentArticleRow>(db, names, (slots) => {
    let q = withBody(db, publishedArticles(db, type, slots.now), body, relations)
    if (window.where) q = q.where(window.where)
    return orderBy(q, 'articles', { ...window, limit: window.limit === null ? null : slots.limit, offset: window.offset === 0 ? 0 : slots.offset }) as unknown as Compilable<ContentArticleRow>
  })
}

/** Of `ids`, those published and matching `where`: in `order` when one is given, else in no particular order. */
export async function matchContentArticleIds(db: Executor, type: ArticleType, now: number, where: Expression<SqlBool> | null, ids: readonly string[], order: readonly OrderTerm[]): Promise<string[]> {
  if (ids.length === 0) return []
  let q = publishedArticles(db, type, now).select('articles.id').where('articles.id', 'in', ids)
  if (where) q = q.where(where)
  if (order.length > 0) q = orderBy(q, 'articles', { where, order, limit: null, offset: 0 })
  return (await q.execute()).map((row) => row.id)
}

/** Published articles by id, in the order of `ids`. */
export async function findContentArticlesByIds(db: Executor, type: ArticleType, now: number, ids: readonly string[], body: BodyColumns, relations: Relations): Promise<ContentArticleRow[]> {
  if (ids.length === 0) return []
  const rows = (await withBody(db, publishedArticles(db, type, now), body, relations).where('articles.id', 'in', ids).execute()) as ContentArticleRow[]
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export async function countContentArticles(db: Executor, type: ArticleType, now: number, where: Expression<SqlBool> | null): Promise<number> {
  let q = publishedArticles(db, type, now).select((e) => e.fn.countAll<number>().as('count'))
  if (where) q = q.where(where)
  return Number((await q.executeTakeFirstOrThrow()).count)
}

export async function findContentArticle(db: Executor, type: ArticleType, now: number, by: { id: string } | { slug: string }, body: BodyColumns, relations: Relations): Promise<ContentArticleRow | undefined> {
  const q = withBody(db, publishedArticles(db, type, now), body, relations)
  return (await ('id' in by ? q.where('articles.id', '=', by.id) : q.where('articles.slug', '=', by.slug)).executeTakeFirst()) as ContentArticleRow | undefined
}

export function findContentTags(db: Executor, ids: readonly string[]): Promise<ContentTagRow[]> {
  return db.selectFrom('tags').select(tagColumns).where('id', 'in', ids).execute()
}

export function findContentAuthors(db: Executor, ids: readonly string[]): Promise<ContentAuthorRow[]> {
  return db.selectFrom('users').select(authorColumns).where('id', 'in', ids).execute()
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
