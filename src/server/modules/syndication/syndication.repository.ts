/**
 * Read-only queries behind feeds and sitemaps. Every one selects visible articles only
 * (type, status = published, published_at <= now) through the articles_listing index
 * (type, status, published_at, id), and every list ends its ORDER BY with the id.
 */
import { sql } from 'kysely'
import type { Executor } from '../../db/index.js'
import { whereTagOrAuthor } from '../articles/article.repository.js'
import { presentAuthor, type Author } from '../people/index.js'
import { presentTag, type Tag } from '../tags/index.js'

const feedColumns = [
  'id', 'uuid', 'slug', 'title', 'standfirst', 'excerpt', 'bodyHtml', 'featureImage', 'featureImageAlt',
  'featureImageCaption', 'featureImageCredit', 'sponsored', 'sponsor', 'sponsorUrl', 'canonicalUrl', 'publishedAt', 'updatedAt',
] as const

/** The visible articles of one type: the filter every query here starts from. */
function visible(db: Executor, now: number, type: 'article' | 'page' = 'article') {
  return db.selectFrom('articles').where('articles.type', '=', type).where('articles.status', '=', 'published').where('articles.publishedAt', '<=', now)
}

/**
 * Visible articles published in [from, to). One upper bound, not `< to` and `<= now` side by
 * side: given two, SQLite may walk the index up to `now` and filter (3.4 ms a month instead
 * of 0.1 at 100k articles).
 */
function visibleIn(db: Executor, from: number, to: number, now: number, type: 'article' | 'page' = 'article') {
  return db
    .selectFrom('articles')
    .where('articles.type', '=', type)
    .where('articles.status', '=', 'published')
    .where('articles.publishedAt', '>=', from)
    .where('articles.publishedAt', '<', Math.min(to, now + 1))
}

/**
 * "This tag's (or author's) link row points at a visible article", correlated. Written nested so
 * SQLite walks from the tag or author to its articles, never from every article to the tags:
 * as a join, SQLite without ANALYZE statistics took 98 s for 5,000 rarely used tags over 100k
 * articles; nested, 6 ms.
 */
function linkedVisibleArticle(db: Executor, link: 'articleTags' | 'articleAuthors', now: number) {
  return visible(db, now).select('articles.id').where('articles.id', '=', sql.ref<string>(`${link}.articleId`))
}

export interface FeedQuery {
  now: number
  limit: number
  tagId?: string
  authorId?: string
}

/** The newest visible articles with their body HTML, optionally of one tag or one author. */
export function listFeedRows(db: Executor, query: FeedQuery) {
  return whereTagOrAuthor(visible(db, query.now).select(feedColumns), query).orderBy('publishedAt', 'desc').orderBy('id', 'desc').limit(query.limit).execute()
}

export type FeedRow = Awaited<ReturnType<typeof listFeedRows>>[number]

/** Tags and authors of many articles in two queries, each list in its saved order. */
export async function loadBylines(db: Executor, articleIds: string[]): Promise<{ tags: Map<string, Tag[]>; authors: Map<string, Author[]> }> {
  const tags = new Map<string, Tag[]>(articleIds.map((id) => [id, []]))
  const authors = new Map<string, Author[]>(articleIds.map((id) => [id, []]))
  if (articleIds.length === 0) return { tags, authors }
  const [tagRows, authorRows] = await Promise.all([
    db
      .selectFrom('articleTags')
      .innerJoin('tags', 'tags.id', 'articleTags.tagId')
      .selectAll('tags')
      .select('articleTags.articleId')
      .where('articleTags.articleId', 'in', articleIds)
      .orderBy('articleTags.articleId')
      .orderBy('articleTags.position')
      .execute(),
    db
      .selectFrom('articleAuthors')
      .innerJoin('users', 'users.id', 'articleAuthors.userId')
      .select(['articleAuthors.articleId', 'users.id', 'users.name', 'users.slug', 'users.bio', 'users.website', 'users.profileImage'])
      .where('articleAuthors.articleId', 'in', articleIds)
      .orderBy('articleAuthors.articleId')
      .orderBy('articleAuthors.position')
      .execute(),
  ])
  for (const row of tagRows) tags.get(row.articleId)?.push(presentTag(row))
  for (const row of authorRows) authors.get(row.articleId)?.push(presentAuthor(row))
  return { tags, authors }
}

/** A public tag by slug (internal tags have no feed). */
export async function findPublicTag(db: Executor, slug: string): Promise<Tag | null> {
  const row = await db.selectFrom('tags').selectAll().where('slug', '=', slug).where('visibility', '=', 'public').executeTakeFirst()
  return row ? presentTag(row) : null
}

/** An author by slug, only when they have a visible article: staff who never wrote stay unlisted. */
export async function findPublishedAuthor(db: Executor, slug: string, now: number): Promise<Author | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'name', 'slug', 'bio', 'website', 'profileImage'])
    .where('slug', '=', slug)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('articleAuthors')
          .select('articleAuthors.articleId')
          .whereRef('articleAuthors.userId', '=', 'users.id')
          .where((inner) => inner.exists(linkedVisibleArticle(db, 'articleAuthors', now))),
      ),
    )
    .executeTakeFirst()
  return row ? presentAuthor(row) : null
}

/** When the first visible article at or after `from` went out (one index lookup), or null. */
export async function firstPublishedFrom(db: Executor, from: number, now: number): Promise<number | null> {
  const row = await visible(db, now).where('articles.publishedAt', '>=', from).select('publishedAt').orderBy('publishedAt', 'asc').limit(1).executeTakeFirst()
  return typeof row?.publishedAt === 'number' ? row.publishedAt : null
}

/** When the newest visible article went out, or null. */
export async function newestPublished(db: Executor, now: number): Promise<number | null> {
  const row = await visible(db, now).select('publishedAt').orderBy('publishedAt', 'desc').limit(1).executeTakeFirst()
  return typeof row?.publishedAt === 'number' ? row.publishedAt : null
}

/**
 * How many visible articles went out in [from, to) and when the newest of them did: both read
 * from the articles_listing index alone. (The latest *edit* would need updated_at, which sits
 * in the row behind the body: ~8 ms a month at 100k articles instead of 0.4; see decision 006.)
 */
export async function rangeStats(db: Executor, from: number, to: number, now: number): Promise<{ count: number; newest: number | null }> {
  const row = await visibleIn(db, from, to, now)
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('articles.publishedAt').as('newest')])
    .executeTakeFirstOrThrow()
  return { count: Number(row.count), newest: row.newest === null ? null : Number(row.newest) }
}

/** How many pages are visible and when one last changed (pages are few: reading their rows is cheap). */
export async function pageStats(db: Executor, now: number): Promise<{ count: number; lastmod: number | null }> {
  const row = await visible(db, now, 'page')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.max('articles.updatedAt').as('lastmod')])
    .executeTakeFirstOrThrow()
  return { count: Number(row.count), lastmod: row.lastmod === null ? null : Number(row.lastmod) }
}

export interface UrlQuery {
  from: number
  to: number
  now: number
  limit: number
  offset: number
  type?: 'article' | 'page'
}

/** The sitemap URLs of visible articles published in [from, to), oldest first (earlier parts stay stable). */
export function listUrlRows(db: Executor, query: UrlQuery) {
  return visibleIn(db, query.from, query.to, query.now, query.type)
    .select(['slug', 'updatedAt', 'featureImage', 'featureImageAlt', 'canonicalUrl'])
    .orderBy('publishedAt', 'asc')
    .orderBy('id', 'asc')
    .limit(query.limit)
    .offset(query.offset)
    .execute()
}

/** All public tags, in use or not: an upper bound that costs one small count. */
export async function countPublicTags(db: Executor): Promise<number> {
  const row = await db.selectFrom('tags').select((eb) => eb.fn.countAll<number>().as('count')).where('visibility', '=', 'public').executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Everyone on the staff, author or not: an upper bound for the authors sitemap. */
export async function countPeople(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Public tags with at least one visible article (nested EXISTS: a join took 98 s without statistics). */
function tagsInUse(db: Executor, now: number) {
  return db
    .selectFrom('tags')
    .where('visibility', '=', 'public')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('articleTags')
          .select('articleTags.articleId')
          .whereRef('articleTags.tagId', '=', 'tags.id')
          .where((inner) => inner.exists(linkedVisibleArticle(db, 'articleTags', now))),
      ),
    )
}

/** People with at least one visible article. */
function authorsInUse(db: Executor, now: number) {
  return db.selectFrom('users').where((eb) =>
    eb.exists(
      eb
        .selectFrom('articleAuthors')
        .select('articleAuthors.articleId')
        .whereRef('articleAuthors.userId', '=', 'users.id')
        .where((inner) => inner.exists(linkedVisibleArticle(db, 'articleAuthors', now))),
    ),
  )
}

export async function countTagsInUse(db: Executor, now: number): Promise<number> {
  const row = await tagsInUse(db, now).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
  return Number(row.count)
}

/**
 * Every public tag in use, by slug. No lastmod: the newest article of every tag costs a deep
 * index walk for each rarely used tag, and WordPress's own sitemaps leave it out too. No
 * LIMIT/OFFSET either: SQLite 3.51.2 (better-sqlite3 12.6) skips the wrong rows when an EXISTS
 * that matches several rows meets ORDER BY … OFFSET, so the caller slices.
 */
export function listTagUrlRows(db: Executor, now: number): Promise<{ slug: string }[]> {
  return tagsInUse(db, now).select(['slug']).orderBy('slug').orderBy('id').execute()
}

export async function countAuthorsInUse(db: Executor, now: number): Promise<number> {
  const row = await authorsInUse(db, now).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Every author with visible articles, by slug (no lastmod, no OFFSET: see listTagUrlRows). */
export function listAuthorUrlRows(db: Executor, now: number): Promise<{ slug: string }[]> {
  return authorsInUse(db, now).select(['slug']).orderBy('slug').orderBy('id').execute()
}

/** Visible articles published after `since`, newest first (Google News: the last two days). */
export function listNewsRows(db: Executor, since: number, now: number, limit: number) {
  return visible(db, now)
    .where('articles.publishedAt', '>', since)
    .select(['id', 'slug', 'title', 'publishedAt', 'canonicalUrl'])
    .orderBy('publishedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}
