/**
 * The Content API's routes (spec §1.2): posts, pages, tags and authors (browse, read by id,
 * read by slug), settings, tiers, newsletters (empty) and offers (404). Each route is thin:
 * read the parameters the Ghost way → one service call → present → the response cache.
 */
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ContentApiGrant, ContentArticle, Selector } from '../../modules/content-api/index.js'
import { endpointError, type Endpoint } from './errors.js'
import { checkId, checkSlug, fieldsOf, formatsOf, includeOf, pagination, pagingOf, type Query } from './params.js'
import { articleJson, pickFields, presentArticle, presentAuthor, presentMemo, presentSettings, presentTag } from './presenters.js'
import { cacheKeyOf, sendJson } from './respond.js'
import type { ContentApiDeps } from './index.js'

declare module 'fastify' {
  interface FastifyRequest {
    contentGrant: ContentApiGrant | null
  }
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>

const createdAt = '2026-11-26T18:00:00.000Z'

export function registerContentRoutes(api: FastifyInstance, deps: ContentApiDeps): void {
  const { services, config, cache } = deps
  const ctx = { siteUrl: config.siteUrl, locale: config.locale }
  // Newsdesk has no paid memberships: one free tier, always the same.
  const freeTier = { id: createHash('sha256').update(`${config.siteUrl}|free`).digest('hex').slice(0, 24), name: 'Free', slug: 'free', type: 'free', active: true }

  /** A GET route with and without its trailing slash (Ghost redirects; we answer both). */
  function route(path: string, ghost: Endpoint, handler: Handler): void {
    for (const url of [path, path.replace(/\/$/, '')]) api.get(url, { config: { ghost } }, handler)
  }

  function answer(request: FastifyRequest, reply: FastifyReply, build: (grant: ContentApiGrant, query: Query) => Promise<unknown>): Promise<FastifyReply> {
    const grant = request.contentGrant as ContentApiGrant
    return sendJson(cache, request, reply, cacheKeyOf(request.url, grant.limitCap), () => build(grant, request.query as Query))
  }

  function selectorOf(request: FastifyRequest): Selector {
    const params = request.params as { id?: string; slug?: string }
    if (params.slug !== undefined) {
      checkSlug(params.slug)
      return { slug: params.slug }
    }
    checkId(params.id ?? '')
    return { id: (params.id ?? '').toLowerCase() }
  }

  const embeddedTier = { ...freeTier, description: null, monthly_price: null, yearly_price: null, currency: null, monthly_price_id: null, yearly_price_id: null }

  const memo = presentMemo()
  for (const [resource, type, label] of [['posts', 'article', 'Post'], ['pages', 'page', 'Page']] as const) {
    const allowed = ['tags', 'authors', 'tiers', ...(resource === 'posts' ? ['sentiment'] : [])]
    /** What one request asks of every article: formats, fields, includes — worked out once. */
    const shapeOf = (query: Query, include: Set<string>) => {
      const fields = fieldsOf(query)
      const formats = formatsOf(query)
      const wanted = { html: formats.html || (fields?.has('html') ?? false), plaintext: formats.plaintext || (fields?.has('plaintext') ?? false) }
      const keep = [...(formats.explicit && formats.html ? ['html'] : []), ...(formats.explicit && formats.plaintext ? ['plaintext'] : []), ...[...include].flatMap((i) => (i === 'tags' ? ['tags', 'primary_tag'] : i === 'authors' ? ['authors', 'primary_author'] : [i]))]
      // With `fields`, a body is read only when it will be sent.
      const body = { html: fields && !formats.explicit ? fields.has('html') : wanted.html, text: wanted.plaintext }
      const extra = { ...(include.has('tiers') ? { tiers: [embeddedTier] } : {}), ...(include.has('sentiment') ? { sentiment: 0 } : {}) }
      const present = (article: ContentArticle) => {
        // Without `fields` (most requests) the post is written as JSON straight away.
        if (!fields) return articleJson(article, ctx, wanted, memo, extra)
        return pickFields(Object.assign(presentArticle(article, ctx, wanted, memo), extra), fields, keep)
      }
      return { body, present }
    }
    const relationsOf = (include: Set<string>) => ({ tags: include.has('tags'), authors: include.has('authors') })

    route(`/${resource}/`, { resource, action: 'browse' }, (request, reply) =>
      answer(request, reply, async (grant, query) => {
        const paging = pagingOf(query, grant.limitCap)
        const include = includeOf(query, allowed)
        const { body, present } = shapeOf(query, include)
        const page = await services.content.browseArticles(type, paging, body, relationsOf(include))
        return { [resource]: page.items.map(present), meta: pagination(paging, page.total) }
      }),
    )
    const read: Handler = (request, reply) =>
      answer(request, reply, async (_grant, query) => {
        const by = selectorOf(request)
        const include = includeOf(query, allowed)
        const { body, present } = shapeOf(query, include)
        const article = await services.content.readArticle(type, by, body, relationsOf(include))
        if (!article) throw endpointError('NotFoundError', `${label} not found.`)
        return { [resource]: [present(article)] }
      })
    route(`/${resource}/slug/:slug/`, { resource, action: 'read' }, read)
    route(`/${resource}/:id/`, { resource, action: 'read' }, read)
  }

  route('/tags/', { resource: 'tags', action: 'browse' }, (request, reply) =>
    answer(request, reply, async (grant, query) => {
      const paging = pagingOf(query, grant.limitCap)
      const counts = includeOf(query, ['count.posts']).has('count.posts')
      const page = await services.content.browseTags(paging, counts)
      const fields = fieldsOf(query)
      return { tags: page.items.map((t) => pickFields(presentTag(t, ctx, counts ? (page.postCounts.get(t.id) ?? 0) : null), fields, ['count'])), meta: pagination(paging, page.total) }
    }),
  )
  const readTag: Handler = (request, reply) =>
    answer(request, reply, async (_grant, query) => {
      const found = await services.content.readTag(selectorOf(request), includeOf(query, ['count.posts']).has('count.posts'))
      if (!found) throw endpointError('NotFoundError', 'Tag not found.')
      return { tags: [pickFields(presentTag(found.tag, ctx, found.posts), fieldsOf(query), ['count'])] }
    })
  route('/tags/slug/:slug/', { resource: 'tags', action: 'read' }, readTag)
  route('/tags/:id/', { resource: 'tags', action: 'read' }, readTag)

  route('/authors/', { resource: 'authors', action: 'browse' }, (request, reply) =>
    answer(request, reply, async (grant, query) => {
      const paging = pagingOf(query, grant.limitCap)
      const counts = includeOf(query, ['count.posts']).has('count.posts')
      const page = await services.content.browseAuthors(paging, counts)
      const fields = fieldsOf(query)
      return { authors: page.items.map((a) => pickFields(presentAuthor(a, ctx, counts ? (page.postCounts.get(a.id) ?? 0) : null), fields, ['count'])), meta: pagination(paging, page.total) }
    }),
  )
  const readAuthor: Handler = (request, reply) =>
    answer(request, reply, async (_grant, query) => {
      const found = await services.content.readAuthor(selectorOf(request), includeOf(query, ['count.posts']).has('count.posts'))
      if (!found) throw endpointError('NotFoundError', 'Author not found.')
      return { authors: [pickFields(presentAuthor(found.author, ctx, found.posts), fieldsOf(query), ['count'])] }
    })
  route('/authors/slug/:slug/', { resource: 'authors', action: 'read' }, readAuthor)
  route('/authors/:id/', { resource: 'authors', action: 'read' }, readAuthor)

  route('/settings/', { resource: 'settings', action: 'browse' }, (request, reply) =>
    answer(request, reply, async () => ({ settings: presentSettings(await services.settings.getSettings(), config, deps.version.replace(/^v/, '')), meta: {} })),
  )

  route('/tiers/', { resource: 'tiers', action: 'browse' }, (request, reply) =>
    answer(request, reply, async () => ({
      tiers: [{ ...freeTier, description: null, welcome_page_url: null, created_at: createdAt, updated_at: createdAt, visibility: 'public', benefits: [], trial_days: 0 }],
      meta: { pagination: { page: 1, limit: 1, pages: 1, total: 1, next: null, prev: null } },
    })),
  )

  route('/newsletters/', { resource: 'newsletters', action: 'browse' }, (request, reply) =>
    answer(request, reply, async (grant, query) => {
      const paging = pagingOf(query, grant.limitCap)
      return { newsletters: [], meta: pagination(paging, 0) }
    }),
  )

  route('/offers/:id/', { resource: 'offers', action: 'read' }, async () => {
    throw endpointError('NotFoundError', 'Offer not found.')
  })
}
