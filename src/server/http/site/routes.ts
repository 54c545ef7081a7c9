/** The public site: home, articles and pages, previews; lists, feeds and icons register beside it. */
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../config/index.js'
import { AppError } from '../../errors.js'
import type { PreviewLinks } from '../../modules/auth/index.js'
import type { Tag } from '../../modules/tags/index.js'
import type { Services } from '../../services.js'
import { isValidSlug } from '../../../shared/slug.js'
import { ArticlePage, HomePage, renderDocument } from '../../views/index.js'
import type { AdSlots } from '../ads/slots.js'
import { withParagraphMarkers } from '../ads/slots.js'
import { articleModel } from './article-model.js'
import { archivePath, cardsFor, searchPath, tagPath, type ChromeLoader } from './chrome.js'
import { registerIcons } from './favicon.js'
import { registerListRoutes } from './lists.js'
import { redirectOr404, wordPressQuery } from './old-urls.js'
import { mostReadBox, mostReadTtlMs, registerMostRead } from './most-read.js'
import type { PageCache } from './page-cache.js'
import { sendCached } from './respond.js'
import { registerSearchRoutes } from './search.js'
import { websiteLd } from './seo.js'
import { registerTracker, trackerPath } from './tracker.js'

export interface SiteDeps {
  config: Config
  services: Services
  now: () => number
  cache: PageCache
  chrome: ChromeLoader
  previews: PreviewLinks
  /** Ad placements in cached pages, filled per response (absent: no ads). */
  ads?: AdSlots
}

const topCount = 4
const latestCount = 12
const sectionCount = 5

async function homeModel(deps: SiteDeps) {
  const { config, services } = deps
  const [site, settings, featured, newest] = await Promise.all([
    deps.chrome.load(),
    services.settings.getSettings(),
    services.articles.listPublished({ featured: true, limit: 1 }),
    services.articles.listPublished({ limit: 1 + topCount + latestCount }),
  ])
  const lead = featured[0] ?? newest[0] ?? null
  const rest = newest.filter((a) => a.id !== lead?.id)
  const tags = (await Promise.all(settings.homeSections.map((slug) => services.tags.findTagBySlug(slug)))).filter((t): t is Tag => t !== null && t.visibility === 'public')
  const sectionArticles = await Promise.all(tags.map((tag) => services.articles.listPublished({ tagId: tag.id, limit: sectionCount })))
  const mostRead = await mostReadBox(services, site, config.locale)
  const [leadCards, cards, ...sectionCards] = await Promise.all([cardsFor(services, lead ? [lead] : []), cardsFor(services, rest), ...sectionArticles.map((list) => cardsFor(services, list))])
  return {
    site,
    lead: leadCards[0] ?? null,
    top: cards.slice(0, topCount),
    latest: cards.slice(topCount, topCount + latestCount),
    sections: tags.map((tag, i) => ({ title: site.t.site.sectionNews(tag.name), href: tagPath(tag), cards: sectionCards[i] ?? [] })),
    archivePath: archivePath(config.locale),
    mostRead,
    jsonLd: [websiteLd({ name: site.name, url: config.siteUrl, lang: site.t.lang, searchUrl: `${config.siteUrl}${searchPath(config.locale)}` })],
    ads: deps.ads?.markers({ type: 'home', tags: [], sponsor: null }) ?? null,
  }
}

export function registerSiteRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { config, services, cache } = deps
  registerIcons(app, config, services)
  registerListRoutes(app, deps)
  registerMostRead(app, deps)
  registerSearchRoutes(app, deps)
  registerTracker(app)

  app.get('/', async (request, reply) => {
    // WordPress's /?p=ID links from before a move.
    const old = wordPressQuery(request.query)
    if (old) return redirectOr404(services, reply, old)
    return sendCached(cache, request, reply, async () => {
      const model = await homeModel(deps)
      return { body: renderDocument(HomePage(model)), keys: ['home'], ...(model.mostRead ? { ttlMs: mostReadTtlMs } : {}) }
    }, '/')
  })

  app.get<{ Params: { slug: string } }>('/:slug/', async (request, reply) => {
    const { slug } = request.params
    if (!isValidSlug(slug)) throw new AppError('NOT_FOUND')
    // Query strings (utm_…) do not make new cache entries: an article has one page.
    return sendCached(
      cache,
      request,
      reply,
      async () => {
        const found = await services.articles.getPublishedBySlug(slug)
        if (found.kind === 'moved') {
          void reply.redirect(found.location, found.statusCode)
          return null
        }
        if (found.kind === 'gone') throw new AppError('GONE')
        if (found.kind === 'not-found') throw new AppError('NOT_FOUND')
        const article = found.article
        const site = await deps.chrome.load()
        const [model, mostRead] = await Promise.all([articleModel(config, services, site, article), article.type === 'article' ? mostReadBox(services, site, config.locale) : null])
        const keys = [`article:${article.id}`, ...(article.primaryTag ? [`tag:${article.primaryTag.slug}`] : [])]
        const tracker = trackerPath()
        // Ads: placements marked in the cached page, filled per response (http/ads/slots.ts).
        const ads = deps.ads?.markers({ type: article.type, tags: article.tags.map((t) => t.slug), sponsor: article.sponsored ? (article.sponsor?.name ?? null) : null })
        const bodyHtml = ads && article.type === 'article' ? withParagraphMarkers(model.bodyHtml, ads.paragraph) : model.bodyHtml
        return {
          body: renderDocument(ArticlePage({ ...model, bodyHtml, mostRead, ads, tracker: tracker && article.type === 'article' ? { src: tracker, articleId: article.id } : null })),
          keys,
          ...(mostRead ? { ttlMs: mostReadTtlMs } : {}),
        }
      },
      `/${slug}/`,
    )
  })

  // Signed preview links: an unpublished article in the site's design, for whoever holds the link.
  app.get<{ Params: { token: string } }>('/preview/:token/', async (request, reply) => {
    const article = await services.articles.getArticle(deps.previews.verify(request.params.token)).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'ARTICLE_NOT_FOUND' ? new AppError('NOT_FOUND') : error
    })
    const model = await articleModel(config, services, await deps.chrome.load(), article)
    const html = renderDocument(ArticlePage({ ...model, preview: true }))
    return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store').header('x-robots-tag', 'noindex, nofollow').send(html)
  })

  // WordPress-style links without the trailing slash move to the canonical URL.
  app.get<{ Params: { slug: string } }>('/:slug', async (request, reply) => {
    const { slug } = request.params
    if (!isValidSlug(slug)) throw new AppError('NOT_FOUND')
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
    return reply.redirect(`/${slug}/${query}`, 301)
  })
}
