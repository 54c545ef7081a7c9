/**
 * What the Ghost-compatible Content API reads: published posts and pages, the tags and authors
 * that have them, filtered by NQL, ordered with an id tie-breaker, paged with correct totals.
 * Totals cost a COUNT only when a page is full and the figure is not remembered: counts are kept
 * per (resource, filter) for a minute and forgotten on every content event (`forgetCounts`).
 * Concurrent requests that miss share one COUNT (single flight), so a cold or expired total
 * never sends every open connection to count the same rows at once.
 */
import { AppError } from '../../errors.js'
import type { ArticleType } from '../articles/index.js'
import type { ModuleContext } from '../context.js'
import { compileFilter, slugListOf } from './content-filter.repository.js'
import { resourceFields, type ContentResource } from './content.fields.js'
import {
  countContentArticles,
  countContentAuthors,
  countContentTags,
  countPostsPerAuthor,
  countPostsPerTag,
  findContentArticle,
  findContentAuthor,
  findContentTag,
  listContentAuthors,
  findContentArticlesByIds,
  findContentAuthors,
  findContentTags,
  listContentTags,
  matchContentArticleIds,
  prepareContentArticles,
  type BodyColumns,
  type ContentArticleRow,
  type ContentAuthorRow,
  type ContentTagRow,
  type Relations,
  type ListValues,
  type ListWindow,
  type OrderTerm,
} from './content.repository.js'
import type { PreparedQuery } from '../../db/index.js'
import { NqlSyntaxError, parseNql, type NqlNode } from './nql.js'

export interface BrowseOptions {
  filter?: string
  /** Ghost's `order` parameter(s): `published_at desc, title asc`. */
  order?: string
  /** null: everything (`limit=all`). */
  limit: number | null
  page: number
  /** Full-text search (posts and pages): matches best first unless `order` says otherwise. */
  search?: string
}

export interface ContentServiceDeps {
  /** Ids matching a search, best first (the search module's ranking); without it `search` finds nothing. */
  search?: (q: string, type: ArticleType) => Promise<string[]>
}

export type Selector = { id: string } | { slug: string }

export interface ContentArticle extends ContentArticleRow {
  tags?: ContentTagRow[]
  authors?: ContentAuthorRow[]
}

export interface Page<T> {
  items: T[]
  total: number
}

const countTtlMs = 60_000
/** Prepared list queries kept (one per filter, order and shape asked for). */
const preparedLimit = 500
/** `now-7d` in a filter is fixed to a moment when parsed: a list with one is not kept prepared. */
const relativeDate = /now[-+]\d/
const defaultOrders: Record<ContentResource, OrderTerm[]> = {
  posts: [{ column: 'publishedAt', direction: 'desc' }],
  pages: [{ column: 'title', direction: 'asc' }],
  tags: [{ column: 'name', direction: 'asc' }],
  authors: [{ column: 'name', direction: 'asc' }],
}

/**
 * `field asc, other desc` → ORDER BY terms. Unknown fields are dropped (as in Ghost); a missing
 * direction means asc; when nothing valid remains the resource's default order applies.
 */
export function parseOrder(raw: string | undefined, resource: ContentResource): OrderTerm[] {
  if (raw === undefined || raw.trim() === '') return []
  const terms: OrderTerm[] = []
  for (const clause of raw.split(',')) {
    const [name = '', dir = 'asc', ...extra] = clause.trim().split(/\s+/)
    const direction = dir.toLowerCase()
    if (extra.length > 0 || (direction !== 'asc' && direction !== 'desc')) continue
    const field = name.toLowerCase()
    if (field === 'count.posts' && (resource === 'tags' || resource === 'authors')) {
      terms.push({ column: 'count.posts', direction })
      continue
    }
    const spec = resourceFields[resource].fields[field]
    if (spec?.kind === 'column' && !terms.some((t) => t.column === spec.column)) terms.push({ column: spec.column, direction })
  }
  return terms
}

export function createContentService(ctx: ModuleContext, deps: ContentServiceDeps = {}) {
  const counts = new Map<string, { total: number; at: number }>()
  /** COUNTs under way, by key: whoever misses while one runs waits for it instead of counting. */
  const counting = new Map<string, Promise<number>>()
  /** Bumped by `forgetCounts`: a COUNT that started before a content change is not remembered. */
  let generation = 0

  function parseFilter(filter: string | undefined, resource: ContentResource): { node: NqlNode | null; where: ReturnType<typeof compileFilter> } {
    if (filter === undefined || filter.trim() === '') return { node: null, where: null }
    let node: NqlNode
    try {
      node = parseNql(filter, ctx.now())
    } catch (error) {
      if (error instanceof NqlSyntaxError) throw new AppError('FILTER_INVALID', `Error parsing filter: ${error.message}.`, 'filter')
      throw error
    }
    return { node, where: compileFilter(node, resourceFields[resource]) }
  }

  function windowOf(options: BrowseOptions, resource: ContentResource, node: NqlNode | null, where: ListWindow['where']): ListWindow {
    const order = parseOrder(options.order, resource)
    const slugOrder = order.length === 0 ? slugListOf(node) : null
    const offset = options.limit === null ? 0 : (options.page - 1) * options.limit
    return { where, order: order.length > 0 || slugOrder ? order : defaultOrders[resource], slugOrder, limit: options.limit, offset }
  }

  /** The total: known from the page itself when it is not full, else remembered or counted. */
  async function totalOf(resource: ContentResource, options: BrowseOptions, window: Pick<ListWindow, 'limit' | 'offset'>, found: number, count: () => Promise<number>): Promise<number> {
    if (window.limit === null) return found
    if (found > 0 && found < window.limit) return window.offset + found
    if (found === 0 && window.offset === 0) return 0
    const key = `${resource}|${options.filter ?? ''}`
    const now = ctx.now()
    const known = counts.get(key)
    if (known && now - known.at < countTtlMs) return known.total
    return countOnce(key, now, count)
  }

  function countOnce(key: string, now: number, count: () => Promise<number>): Promise<number> {
    const running = counting.get(key)
    if (running) return running
    const started = generation
    const flight = count()
      .then((total) => {
        if (generation === started) {
          if (counts.size > 10_000) counts.clear()
          counts.set(key, { total, at: now })
        }
        return total
      })
      .finally(() => {
        if (counting.get(key) === flight) counting.delete(key)
      })
    counting.set(key, flight)
    return flight
  }

  /** Big offsets past any plausible archive answer an empty page without asking the database. */
  const beyondReach = (window: Pick<ListWindow, 'offset'>) => window.offset > 2 ** 40

  /**
   * Tags and people by id, read once and kept until one of them changes (`forgetTagsAndPeople`,
   * on any event that is not about an article): an answer reads only the ids that come with its rows.
   */
  const known = { tags: new Map<string, ContentTagRow>(), authors: new Map<string, ContentAuthorRow>() }
  const knownLimit = 50_000

  async function resolve<T extends { id: string }>(kept: Map<string, T>, ids: string[][], find: (ids: string[]) => Promise<T[]>): Promise<Map<string, T>> {
    const missing = [...new Set(ids.flat().filter((id) => !kept.has(id)))]
    if (missing.length > 0) {
      if (kept.size + missing.length > knownLimit) kept.clear()
      for (const row of await find(missing)) kept.set(row.id, row)
    }
    return kept
  }

  const idsOf = (list: string | null | undefined): string[] => (list ? list.split(',') : [])

  /** The rows with their tags and authors: which ones came with each row (`tagIds`, `authorIds`), the rows themselves from what is kept. */
  async function withRelations(rows: ContentArticleRow[], include: Relations): Promise<ContentArticle[]> {
    if (!include.tags && !include.authors) return rows
    const tagIds = include.tags ? rows.map((row) => idsOf(row.tagIds)) : []
    const authorIds = include.authors ? rows.map((row) => idsOf(row.authorIds)) : []
    const [tagsById, authorsById] = await Promise.all([resolve(known.tags, tagIds, (ids) => findContentTags(ctx.db, ids)), resolve(known.authors, authorIds, (ids) => findContentAuthors(ctx.db, ids))])
    return rows.map((row, i) => ({
      ...row,
      ...(include.tags ? { tags: (tagIds[i] ?? []).flatMap((id) => tagsById.get(id) ?? []) } : {}),
      ...(include.authors ? { authors: (authorIds[i] ?? []).flatMap((id) => authorsById.get(id) ?? []) } : {}),
    }))
  }

  const lists = new Map<string, { run: PreparedQuery<ListValues, ContentArticleRow>; where: ListWindow['where'] }>()

  /** The prepared list query for this filter, order and shape: the filter is parsed and the query compiled once. */
  function articleList(type: ArticleType, resource: 'posts' | 'pages', options: BrowseOptions, body: BodyColumns, include: Relations) {
    const key = `${type}|${body.html ? 'h' : ''}${body.text ? 't' : ''}${include.tags ? 'T' : ''}${include.authors ? 'A' : ''}|${options.limit === null ? 'all' : 'n'}|${options.page > 1 ? 'skip' : ''}|${options.order ?? ''}|${options.filter ?? ''}`
    const known = lists.get(key)
    if (known) return known
    const { node, where } = parseFilter(options.filter, resource)
    const list = { run: prepareContentArticles(ctx.db, type, windowOf(options, resource, node, where), body, include), where }
    if (!relativeDate.test(options.filter ?? '')) {
      if (lists.size >= preparedLimit) lists.delete(lists.keys().next().value as string)
      lists.set(key, list)
    }
    return list
  }

  /**
   * `search`: the search module ranks the matches (at most its rank window, newest first among
   * equals), the filter and publication narrow them in one query, and one page is read. The total
   * is exact for what was ranked.
   */
  async function searchArticles(type: ArticleType, resource: 'posts' | 'pages', options: BrowseOptions, body: BodyColumns, include: Relations): Promise<Page<ContentArticle>> {
    const { where } = parseFilter(options.filter, resource)
    const ranked = deps.search ? await deps.search(options.search ?? '', type) : []
    const order = parseOrder(options.order, resource)
    const now = ctx.now()
    const matching = await matchContentArticleIds(ctx.db, type, now, where, ranked, order)
    let ids = matching
    if (order.length === 0) {
      const kept = new Set(matching)
      ids = ranked.filter((id) => kept.has(id))
    }
    const offset = options.limit === null ? 0 : (options.page - 1) * options.limit
    const pageIds = options.limit === null ? ids : ids.slice(offset, offset + options.limit)
    const rows = await findContentArticlesByIds(ctx.db, type, now, pageIds, body, include)
    return { items: await withRelations(rows, include), total: ids.length }
  }

  return {
    async browseArticles(type: ArticleType, options: BrowseOptions, body: BodyColumns, include: Relations): Promise<Page<ContentArticle>> {
      const resource = type === 'article' ? 'posts' : 'pages'
      if (options.search !== undefined && options.search.trim() !== '') return searchArticles(type, resource, options, body, include)
      const list = articleList(type, resource, options, body, include)
      const window = { limit: options.limit, offset: options.limit === null ? 0 : (options.page - 1) * options.limit }
      const now = ctx.now()
      const rows = beyondReach(window) ? [] : await list.run({ now, limit: window.limit ?? 0, offset: window.offset })
      const total = await totalOf(resource, options, window, rows.length, () => countContentArticles(ctx.db, type, now, list.where))
      return { items: await withRelations(rows, include), total }
    },

    async readArticle(type: ArticleType, by: Selector, body: BodyColumns, include: Relations): Promise<ContentArticle | null> {
      const row = await findContentArticle(ctx.db, type, ctx.now(), by, body, include)
      return row ? ((await withRelations([row], include))[0] ?? null) : null
    },

    async browseTags(options: BrowseOptions, withCounts: boolean): Promise<Page<ContentTagRow> & { postCounts: Map<string, number> }> {
      const { node, where } = parseFilter(options.filter, 'tags')
      const window = windowOf(options, 'tags', node, where)
      const now = ctx.now()
      const items = beyondReach(window) ? [] : await listContentTags(ctx.db, now, window)
      const total = await totalOf('tags', options, window, items.length, () => countContentTags(ctx.db, now, where))
      const postCounts = withCounts ? await countPostsPerTag(ctx.db, now, items.map((t) => t.id)) : new Map<string, number>()
      return { items, total, postCounts }
    },

    async readTag(by: Selector, withCounts: boolean): Promise<{ tag: ContentTagRow; posts: number | null } | null> {
      const now = ctx.now()
      const tag = await findContentTag(ctx.db, now, by)
      if (!tag) return null
      return { tag, posts: withCounts ? ((await countPostsPerTag(ctx.db, now, [tag.id])).get(tag.id) ?? 0) : null }
    },

    async browseAuthors(options: BrowseOptions, withCounts: boolean): Promise<Page<ContentAuthorRow> & { postCounts: Map<string, number> }> {
      const { node, where } = parseFilter(options.filter, 'authors')
      const window = windowOf(options, 'authors', node, where)
      const now = ctx.now()
      const items = beyondReach(window) ? [] : await listContentAuthors(ctx.db, now, window)
      const total = await totalOf('authors', options, window, items.length, () => countContentAuthors(ctx.db, now, where))
      const postCounts = withCounts ? await countPostsPerAuthor(ctx.db, now, items.map((a) => a.id)) : new Map<string, number>()
      return { items, total, postCounts }
    },

    async readAuthor(by: Selector, withCounts: boolean): Promise<{ author: ContentAuthorRow; posts: number | null } | null> {
      const now = ctx.now()
      const author = await findContentAuthor(ctx.db, now, by)
      if (!author) return null
      return { author, posts: withCounts ? ((await countPostsPerAuthor(ctx.db, now, [author.id])).get(author.id) ?? 0) : null }
    },

    /** A tag or a person changed (or settings, or an import): read them afresh. */
    forgetTagsAndPeople(): void {
      known.tags.clear()
      known.authors.clear()
    },

    /** Content changed: remembered totals may be wrong now. */
    forgetCounts(): void {
      generation += 1
      counts.clear()
      // Requests from now on count afresh rather than join a COUNT that may predate the change.
      counting.clear()
    },
  }
}

export type ContentService = ReturnType<typeof createContentService>
