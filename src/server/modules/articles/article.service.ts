/**
 * Articles and pages: create, update and move them through the workflow
 * (draft → review → scheduled → published; unpublish → draft; archived for good). Every write
 * bumps the revision and appends an outbox event in the same transaction.
 */
import { inTransaction, type Executor } from '../../db/index.js'
import { AppError, validationError } from '../../errors.js'
import type { EditorDocument, RenderOptions } from '../../../shared/document/index.js'
import { messages } from '../../../shared/i18n/index.js'
import { newId } from '../../../shared/ids.js'
import { isValidSlug, slugify } from '../../../shared/slug.js'
import { can } from '../auth/permissions.js'
import type { ModuleContext } from '../context.js'
import { eventTypes } from '../events/index.js'
import { findMediaByUrls, pictureSources } from '../media/index.js'
import { actorUserId, createPeopleService, type Actor, type Author } from '../people/index.js'
import { findRedirect, moveRedirect } from '../redirects/index.js'
import { listRelated } from '../related/index.js'
import { createSearchService } from '../search/index.js'
import { createTagsService, type Tag } from '../tags/index.js'
import { createArticleCore, type ArticleSnapshot } from './article.core.js'
import { bodyFields, checkArticleInput, newArticleRow, type ArticleInput, type ArticleUpdate } from './article.input.js'
import { toArticle, toSummary, type Article, type ArticleSummary } from './article.model.js'
import { canEditArticle, canReadArticle } from './article.policy.js'
import {
  countArticles,
  countArticlesUpTo,
  findArticleBySlug,
  findRevision,
  insertArticles,
  listArticleRows,
  listDeskRows,
  listPublishedRowsByIds,
  listRevisionRows,
  loadRelations,
  replaceArticleAuthors,
  replaceArticleTags,
  takenSlugs,
  type ListQuery,
} from './article.repository.js'
import type { ArticleStatus, ArticleTable, ArticleType } from './article.table.js'
import { createArticleWorkflow } from './article.workflow.js'

export { canTransition } from './article.core.js'

/** Slugs that would shadow a site route. */
const reservedSlugs = new Set([
  'tag', 'auteur', 'author', 'nieuws', 'news', 'zoeken', 'search', 'meest-gelezen', 'most-read', 'feed', 'admin',
  'api', 'ghost', 'media', 'preview', 'a', 'collect', 'healthz', 'static', 'assets', 'rss', 'sitemap', 'robots',
])

export type SlugLookup =
  | { kind: 'found'; article: Article }
  | { kind: 'moved'; location: string; statusCode: number }
  | { kind: 'gone' }
  | { kind: 'not-found' }

/** A listing as callers ask for it: status and publication time are the service's business. */
export type ListOptions = Omit<ListQuery, 'type' | 'statuses' | 'publishedBy'> & { type?: ArticleType }

export interface DeskListOptions {
  status?: ArticleStatus[]
  type?: ArticleType
  tag?: string
  author?: string
  q?: string
  order?: 'updated' | 'published' | 'created'
  page: number
  limit: number
}

export interface RevisionInfo {
  revision: number
  status: ArticleStatus
  title: string
  createdAt: number
  createdBy: string | null
}

export function createArticlesService(ctx: ModuleContext) {
  const tags = createTagsService(ctx)
  const people = createPeopleService(ctx)
  const viewOn = messages(ctx.locale).site.viewOn
  const core = createArticleCore(ctx)
  const { load } = core
  const workflow = createArticleWorkflow(ctx, core)
  const search = createSearchService(ctx)

  async function uniqueSlug(trx: Executor, base: string): Promise<string> {
    const root = reservedSlugs.has(base) ? `${base}-1` : base
    const taken = await takenSlugs(trx, root)
    let slug = root
    for (let n = 2; taken.has(slug); n += 1) slug = `${root}-${n}`
    return slug
  }

  async function checkChosenSlug(trx: Executor, slug: string, ownId: string | null): Promise<string> {
    if (!isValidSlug(slug)) throw new AppError('VALIDATION_FAILED', 'slug: use lowercase letters, digits and dashes (at most 80)', 'slug')
    if (reservedSlugs.has(slug)) throw new AppError('SLUG_TAKEN', `slug: "${slug}" is reserved for a site section`, 'slug')
    const owner = await findArticleBySlug(trx, slug)
    if (owner && owner.id !== ownId) throw new AppError('SLUG_TAKEN', undefined, 'slug')
    return slug
  }

  async function resolveRelations(trx: Executor, actor: Actor, input: { tags?: string[]; authors?: string[] }): Promise<{ tags?: Tag[]; authors?: Author[] }> {
    const mayCreateTags = actor.kind === 'system' || actor.role !== 'contributor'
    return {
      tags: input.tags !== undefined ? await tags.resolveTags(trx, input.tags, mayCreateTags) : undefined,
      authors: input.authors !== undefined ? await people.resolveAuthors(trx, input.authors) : undefined,
    }
  }

  /** Responsive renditions of the uploaded images in a document, for its stored HTML. */
  async function responsiveImages(trx: Executor, doc: EditorDocument | undefined): Promise<RenderOptions['images']> {
    const srcs = (doc?.content ?? []).flatMap((node) => (node.type === 'image' && node.attrs.src.startsWith('/media/') ? [node.attrs.src] : []))
    if (srcs.length === 0) return undefined
    const media = await findMediaByUrls(trx, srcs)
    return (src) => {
      const found = media.get(src)
      if (!found) return undefined
      return { width: found.width, height: found.height, sources: pictureSources(found) }
    }
  }

  /** Contributors and authors stay on the byline of what they write; editors assign anyone. */
  function checkByline(actor: Actor, authors: Author[] | undefined): void {
    if (!authors || actor.kind === 'system' || can(actor, 'editAll')) return
    if (!authors.some((a) => a.id === actor.id)) throw validationError([{ field: 'authors', message: 'you stay on the byline of your own article' }])
  }

  const service = {
    async createArticle(actor: Actor, input: ArticleInput): Promise<Article> {
      const doc = checkArticleInput(input, true)
      if (input.type === 'page' && !can(actor, 'managePages')) throw new AppError('FORBIDDEN', 'Pages are managed by editors.')
      if (input.publishedAt !== undefined && !can(actor, 'editAll')) throw new AppError('FORBIDDEN', 'Only editors set a publication time.', 'publishedAt')
      return inTransaction(ctx.db, async (trx) => {
        const now = ctx.now()
        const id = newId(now)
        const type = input.type ?? 'article'
        const slug = input.slug !== undefined ? await checkChosenSlug(trx, input.slug, null) : await uniqueSlug(trx, slugify(input.title, ctx.locale) || type)
        const relations = await resolveRelations(trx, actor, input)
        const authors = relations.authors ?? []
        const actorId = actorUserId(actor)
        if (input.authors !== undefined) checkByline(actor, authors)
        const authorIds = input.authors === undefined && actorId ? [actorId] : authors.map((a) => a.id)
        const row = newArticleRow(input, doc, { id, slug, status: 'draft', createdAt: now, actorId, viewOn, images: await responsiveImages(trx, doc) })
        await insertArticles(trx, [row])
        await replaceArticleTags(trx, id, (relations.tags ?? []).map((t) => t.id))
        await replaceArticleAuthors(trx, id, authorIds)
        const article = await load(trx, id)
        await core.record(trx, actor, article, eventTypes.articleCreated)
        return article
      })
    },

    async updateArticle(actor: Actor, id: string, input: ArticleUpdate): Promise<Article> {
      const doc = checkArticleInput(input, false)
      return inTransaction(ctx.db, async (trx) => {
        const current = await load(trx, id)
        if (!canReadArticle(actor, current)) throw new AppError('ARTICLE_NOT_FOUND')
        if (!canEditArticle(actor, current)) throw new AppError('FORBIDDEN')
        if (input.publishedAt !== undefined && !can(actor, 'editAll')) throw new AppError('FORBIDDEN', 'Only editors set a publication time.', 'publishedAt')
        if (current.status === 'archived') throw new AppError('INVALID_STATUS_TRANSITION', 'An archived article cannot be changed.', 'status')
        if (input.revision !== undefined && input.revision !== current.revision) throw new AppError('REVISION_CONFLICT')
        const slug = input.slug !== undefined && input.slug !== current.slug ? await checkChosenSlug(trx, input.slug, id) : current.slug
        const relations = await resolveRelations(trx, actor, input)
        checkByline(actor, relations.authors)
        if (relations.tags) await replaceArticleTags(trx, id, relations.tags.map((t) => t.id))
        if (relations.authors) await replaceArticleAuthors(trx, id, relations.authors.map((a) => a.id))

        const standfirst = input.standfirst !== undefined ? input.standfirst?.trim() || null : current.standfirst
        const sponsored = input.sponsored ?? current.sponsored
        const featureImage = input.featureImage !== undefined ? input.featureImage : current.featureImage
        const patch: Partial<ArticleTable> = {
          slug,
          standfirst,
          ...bodyFields(doc ?? current.doc, standfirst, Boolean(featureImage), sponsored, viewOn, await responsiveImages(trx, doc ?? current.doc)),
          sponsored: sponsored ? 1 : 0,
          sponsor: sponsored ? ((input.sponsor !== undefined ? input.sponsor?.trim() : current.sponsor?.name) ?? null) : null,
          sponsorUrl: sponsored ? ((input.sponsorUrl !== undefined ? input.sponsorUrl : current.sponsor?.url) ?? null) : null,
        }
        if (sponsored && !patch.sponsor) throw new AppError('VALIDATION_FAILED', 'sponsor: a sponsored article names its sponsor', 'sponsor')
        if (input.title !== undefined) patch.title = input.title.trim()
        if (input.featureImage !== undefined) {
          patch.featureImage = input.featureImage?.src ?? null
          patch.featureImageAlt = input.featureImage?.alt ?? null
          patch.featureImageCaption = input.featureImage?.caption ?? null
          patch.featureImageCredit = input.featureImage?.credit ?? null
        }
        if (input.featured !== undefined) patch.featured = input.featured ? 1 : 0
        if (input.breaking !== undefined) patch.breaking = input.breaking ? 1 : 0
        if (input.seo?.title !== undefined) patch.seoTitle = input.seo.title
        if (input.seo?.description !== undefined) patch.seoDescription = input.seo.description
        if (input.seo?.canonicalUrl !== undefined) patch.canonicalUrl = input.seo.canonicalUrl
        if (input.publishedAt !== undefined) patch.publishedAt = input.publishedAt

        // A published URL that moves keeps answering, with a 301 to the new one.
        const moved = slug !== current.slug && current.publishedAt !== null
        if (moved) await moveRedirect(trx, `/${current.slug}/`, `/${slug}/`, ctx.now())
        return core.save(trx, actor, current, patch, eventTypes.articleUpdated, slug !== current.slug ? { previousSlug: current.slug } : {})
      })
    },

    ...workflow,

    /** An article as the desk sees it: others' work is hidden from contributors and authors. */
    async getArticleFor(actor: Actor, id: string): Promise<Article> {
      const article = await load(ctx.db, id)
      if (!canReadArticle(actor, article)) throw new AppError('ARTICLE_NOT_FOUND')
      return article
    },

    /** The desk's list: every status, filtered, paged; contributors and authors see their own work. */
    async listForDesk(actor: Actor, options: DeskListOptions): Promise<{ articles: ArticleSummary[]; total: number }> {
      const tag = options.tag ? (await tags.resolveTags(ctx.db, [options.tag], false).catch(() => []))[0] : undefined
      const author = options.author ? (await people.resolveAuthors(ctx.db, [options.author]).catch(() => []))[0] : undefined
      if ((options.tag && !tag) || (options.author && !author)) return { articles: [], total: 0 }
      // Full-text search over every status; the other filters and the order then apply as usual.
      const ids = options.q?.trim() ? await search.matchArticleIds(options.q) : undefined
      if (ids && ids.length === 0) return { articles: [], total: 0 }
      const { rows, total } = await listDeskRows(ctx.db, {
        statuses: options.status,
        type: options.type,
        tagId: tag?.id,
        authorId: author?.id,
        ownerId: actor.kind === 'user' && !can(actor, 'editAll') ? actor.id : undefined,
        ids,
        order: options.order ?? 'updated',
        limit: options.limit,
        offset: (options.page - 1) * options.limit,
      })
      const relations = await loadRelations(ctx.db, rows.map((r) => r.id))
      return { articles: rows.map((row) => toSummary(row, relations.tags.get(row.id) ?? [], relations.authors.get(row.id) ?? [])), total }
    },

    async listRevisions(actor: Actor, id: string): Promise<RevisionInfo[]> {
      const article = await load(ctx.db, id)
      if (!canReadArticle(actor, article)) throw new AppError('ARTICLE_NOT_FOUND')
      return (await listRevisionRows(ctx.db, id)).map(({ revision, status, title, createdAt, createdBy }) => ({ revision, status, title, createdAt, createdBy }))
    },

    async getRevision(actor: Actor, id: string, revision: number): Promise<RevisionInfo & { snapshot: ArticleSnapshot }> {
      const article = await load(ctx.db, id)
      if (!canReadArticle(actor, article)) throw new AppError('ARTICLE_NOT_FOUND')
      const row = await findRevision(ctx.db, id, revision)
      if (!row) throw new AppError('REVISION_NOT_FOUND')
      return { revision: row.revision, status: row.status, title: row.title, createdAt: row.createdAt, createdBy: row.createdBy, snapshot: JSON.parse(row.snapshot) as ArticleSnapshot }
    },

    /** Brings back what an article said at an earlier revision, as a new revision; the status stays. */
    async restoreRevision(actor: Actor, id: string, revision: number, expectedRevision?: number): Promise<Article> {
      const { snapshot } = await service.getRevision(actor, id, revision)
      const current = await load(ctx.db, id)
      const authors = snapshot.authors.length > 0 ? snapshot.authors : undefined
      return service.updateArticle(actor, id, {
        ...snapshot,
        // A slug another article took meanwhile stays as it is now.
        slug: snapshot.slug === current.slug || !(await findArticleBySlug(ctx.db, snapshot.slug)) ? snapshot.slug : current.slug,
        authors,
        revision: expectedRevision ?? current.revision,
      })
    },

    /** For the system and the public preview: no actor checks. */
    getArticle: (id: string): Promise<Article> => load(ctx.db, id),

    /** What the public URL /:slug/ shows: the article, a move, a withdrawal, or nothing. */
    async getPublishedBySlug(slug: string): Promise<SlugLookup> {
      const row = await findArticleBySlug(ctx.db, slug)
      if (row) {
        if (row.status === 'published' && row.publishedAt !== null && row.publishedAt <= ctx.now()) {
          const relations = await loadRelations(ctx.db, [row.id])
          return { kind: 'found', article: toArticle(row, relations.tags.get(row.id) ?? [], relations.authors.get(row.id) ?? []) }
        }
        if (row.status === 'archived' || (row.status === 'draft' && row.publishedAt !== null)) return { kind: 'gone' }
      }
      const redirect = await findRedirect(ctx.db, `/${slug}/`)
      if (redirect) return { kind: 'moved', location: redirect.toPath, statusCode: redirect.statusCode }
      return { kind: 'not-found' }
    },

    /** Published articles (or pages), newest first; by page offset or by keyset cursor. */
    async listPublished(options: ListOptions): Promise<ArticleSummary[]> {
      const query: ListQuery = { ...options, type: options.type ?? 'article', statuses: ['published'], publishedBy: ctx.now() }
      const rows = await listArticleRows(ctx.db, query)
      const relations = await loadRelations(ctx.db, rows.map((r) => r.id))
      return rows.map((row) => toSummary(row, relations.tags.get(row.id) ?? [], relations.authors.get(row.id) ?? []))
    },

    /** "Meer over <tag>": the precomputed related articles readers may see now, in stored order. */
    /** Published articles by id, in the order given (for rankings such as "Meest gelezen"). */
    async listPublishedByIds(ids: string[]): Promise<ArticleSummary[]> {
      const rows = await listPublishedRowsByIds(ctx.db, ids, ctx.now())
      const relations = await loadRelations(ctx.db, rows.map((r) => r.id))
      const byId = new Map(rows.map((row) => [row.id, toSummary(row, relations.tags.get(row.id) ?? [], relations.authors.get(row.id) ?? [])]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },

    /** Related articles for a headline list: without their tags and authors (one query, not three). */
    async listRelatedHeadlines(articleId: string, limit = 6): Promise<ArticleSummary[]> {
      const rows = await listRelated(ctx.db, articleId, limit, ctx.now())
      return rows.map((row) => toSummary(row, [], []))
    },

    async listRelated(articleId: string, limit = 6): Promise<ArticleSummary[]> {
      const rows = await listRelated(ctx.db, articleId, limit, ctx.now())
      const relations = await loadRelations(ctx.db, rows.map((r) => r.id))
      return rows.map((row) => toSummary(row, relations.tags.get(row.id) ?? [], relations.authors.get(row.id) ?? []))
    },

    /** Published articles matching a list, counted no further than `max` (cheap at any archive size). */
    countPublishedUpTo: (options: Pick<ListOptions, 'tagId' | 'authorId'>, max: number): Promise<number> =>
      countArticlesUpTo(ctx.db, { ...options, type: 'article', statuses: ['published'], publishedBy: ctx.now() }, max),

    countPublished: (type: ArticleType = 'article'): Promise<number> => countArticles(ctx.db, { type, statuses: ['published'], publishedBy: ctx.now() }),

    /** All articles in any status, for counts and checks. */
    countAll: (type: ArticleType = 'article'): Promise<number> => countArticles(ctx.db, { type, statuses: ['draft', 'review', 'scheduled', 'published', 'archived'] }),
  }
  return service
}

export type ArticlesService = ReturnType<typeof createArticlesService>
