/**
 * Articles and pages: create, update and move them through the workflow
 * (draft → review → scheduled → published; unpublish → draft; archived for good). Every write
 * bumps the revision and appends an outbox event in the same transaction.
 */
import { inTransaction, type Executor } from '../../db/index.js'
import { AppError } from '../../errors.js'
import { messages } from '../../../shared/i18n/index.js'
import { newId } from '../../../shared/ids.js'
import { isValidSlug, slugify } from '../../../shared/slug.js'
import type { ModuleContext } from '../context.js'
import { appendEvent, eventTypes } from '../events/index.js'
import { actorUserId, createPeopleService, type Actor, type Author } from '../people/index.js'
import { findRedirect, moveRedirect } from '../redirects/index.js'
import { createTagsService, type Tag } from '../tags/index.js'
import { bodyFields, checkArticleInput, newArticleRow, type ArticleInput, type ArticleUpdate } from './article.input.js'
import { toArticle, toSummary, type Article, type ArticleSummary } from './article.model.js'
import {
  countArticles,
  findArticleById,
  findArticleBySlug,
  insertArticles,
  listArticleRows,
  loadRelations,
  replaceArticleAuthors,
  replaceArticleTags,
  takenSlugs,
  updateArticleRow,
  type ListQuery,
} from './article.repository.js'
import type { ArticleStatus, ArticleTable, ArticleType } from './article.table.js'

/** Which status changes the workflow allows. Archived is final. */
const transitions: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ['review', 'scheduled', 'published', 'archived'],
  review: ['draft', 'scheduled', 'published', 'archived'],
  scheduled: ['draft', 'review', 'published', 'archived'],
  published: ['draft', 'archived'],
  archived: [],
}

export function canTransition(from: ArticleStatus, to: ArticleStatus): boolean {
  return transitions[from].includes(to)
}

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

export function createArticlesService(ctx: ModuleContext) {
  const tags = createTagsService(ctx)
  const people = createPeopleService(ctx)
  const viewOn = messages(ctx.locale).site.viewOn

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

  async function load(trx: Executor, id: string): Promise<Article> {
    const row = await findArticleById(trx, id)
    if (!row) throw new AppError('ARTICLE_NOT_FOUND')
    const relations = await loadRelations(trx, [id])
    return toArticle(row, relations.tags.get(id) ?? [], relations.authors.get(id) ?? [])
  }

  async function emit(trx: Executor, type: string, article: Article, extra: Record<string, unknown> = {}): Promise<void> {
    await appendEvent(trx, {
      type,
      subjectId: article.id,
      payload: {
        id: article.id,
        type: article.type,
        slug: article.slug,
        status: article.status,
        tags: article.tags.map((t) => t.slug),
        authors: article.authors.map((a) => a.slug),
        ...extra,
      },
      createdAt: ctx.now(),
    })
  }

  /** Applies a change guarded by the revision, then reloads and records the event. */
  async function save(trx: Executor, actor: Actor, current: Article, patch: Partial<ArticleTable>, event: string, extra?: Record<string, unknown>): Promise<Article> {
    const ok = await updateArticleRow(trx, current.id, current.revision, {
      ...patch,
      revision: current.revision + 1,
      updatedAt: ctx.now(),
      updatedBy: actorUserId(actor),
    })
    if (!ok) throw new AppError('REVISION_CONFLICT')
    const saved = await load(trx, current.id)
    await emit(trx, event, saved, extra)
    return saved
  }

  async function transition(actor: Actor, id: string, to: ArticleStatus, patch: (current: Article) => Partial<ArticleTable>, event: string): Promise<Article> {
    return inTransaction(ctx.db, async (trx) => {
      const current = await load(trx, id)
      if (current.status === to && to !== 'scheduled') return current
      if (!canTransition(current.status, to)) {
        throw new AppError('INVALID_STATUS_TRANSITION', `An article that is ${current.status} cannot become ${to}.`, 'status')
      }
      return save(trx, actor, current, { status: to, ...patch(current) }, event)
    })
  }

  return {
    async createArticle(actor: Actor, input: ArticleInput): Promise<Article> {
      const doc = checkArticleInput(input, true)
      return inTransaction(ctx.db, async (trx) => {
        const now = ctx.now()
        const id = newId(now)
        const type = input.type ?? 'article'
        const slug = input.slug !== undefined ? await checkChosenSlug(trx, input.slug, null) : await uniqueSlug(trx, slugify(input.title, ctx.locale) || type)
        const relations = await resolveRelations(trx, actor, input)
        const authors = relations.authors ?? []
        const actorId = actorUserId(actor)
        const authorIds = input.authors === undefined && actorId ? [actorId] : authors.map((a) => a.id)
        const row = newArticleRow(input, doc, { id, slug, status: 'draft', createdAt: now, actorId, viewOn })
        await insertArticles(trx, [row])
        await replaceArticleTags(trx, id, (relations.tags ?? []).map((t) => t.id))
        await replaceArticleAuthors(trx, id, authorIds)
        const article = await load(trx, id)
        await emit(trx, eventTypes.articleCreated, article)
        return article
      })
    },

    async updateArticle(actor: Actor, id: string, input: ArticleUpdate): Promise<Article> {
      const doc = checkArticleInput(input, false)
      return inTransaction(ctx.db, async (trx) => {
        const current = await load(trx, id)
        if (current.status === 'archived') throw new AppError('INVALID_STATUS_TRANSITION', 'An archived article cannot be changed.', 'status')
        if (input.revision !== undefined && input.revision !== current.revision) throw new AppError('REVISION_CONFLICT')
        const slug = input.slug !== undefined && input.slug !== current.slug ? await checkChosenSlug(trx, input.slug, id) : current.slug
        const relations = await resolveRelations(trx, actor, input)
        if (relations.tags) await replaceArticleTags(trx, id, relations.tags.map((t) => t.id))
        if (relations.authors) await replaceArticleAuthors(trx, id, relations.authors.map((a) => a.id))

        const standfirst = input.standfirst !== undefined ? input.standfirst?.trim() || null : current.standfirst
        const sponsored = input.sponsored ?? current.sponsored
        const featureImage = input.featureImage !== undefined ? input.featureImage : current.featureImage
        const patch: Partial<ArticleTable> = {
          slug,
          standfirst,
          ...bodyFields(doc ?? current.doc, standfirst, Boolean(featureImage), sponsored, viewOn),
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
        return save(trx, actor, current, patch, eventTypes.articleUpdated, slug !== current.slug ? { previousSlug: current.slug } : {})
      })
    },

    submitForReview: (actor: Actor, id: string) => transition(actor, id, 'review', () => ({}), eventTypes.articleUpdated),

    /** Publishes now; the first publication time is kept when an article is published again. */
    publishArticle: (actor: Actor, id: string, options: { publishedAt?: number } = {}) =>
      transition(actor, id, 'published', (current) => ({ publishedAt: options.publishedAt ?? current.publishedAt ?? ctx.now(), scheduledAt: null }), eventTypes.articlePublished),

    async scheduleArticle(actor: Actor, id: string, at: number): Promise<Article> {
      if (!Number.isSafeInteger(at) || at <= ctx.now()) throw new AppError('VALIDATION_FAILED', 'scheduledAt: must be in the future', 'scheduledAt')
      return transition(actor, id, 'scheduled', () => ({ scheduledAt: at }), eventTypes.articleScheduled)
    },

    /** Back to draft; the public URL then answers 410 Gone. */
    unpublishArticle: (actor: Actor, id: string) => transition(actor, id, 'draft', () => ({ scheduledAt: null }), eventTypes.articleUnpublished),

    /** Withdrawn for good: 410 and out of every list. */
    archiveArticle: (actor: Actor, id: string) => transition(actor, id, 'archived', () => ({ scheduledAt: null }), eventTypes.articleArchived),

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

    countPublished: (type: ArticleType = 'article'): Promise<number> => countArticles(ctx.db, { type, statuses: ['published'], publishedBy: ctx.now() }),

    /** All articles in any status, for counts and checks. */
    countAll: (type: ArticleType = 'article'): Promise<number> => countArticles(ctx.db, { type, statuses: ['draft', 'review', 'scheduled', 'published', 'archived'] }),
  }
}

export type ArticlesService = ReturnType<typeof createArticlesService>
