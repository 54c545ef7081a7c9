/** The public site: the home page and article/page URLs (the full design is its own issue). */
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../config/index.js'
import { AppError } from '../../errors.js'
import type { Article, ArticleSummary } from '../../modules/articles/index.js'
import type { Services } from '../../services.js'
import { isValidSlug } from '../../../shared/slug.js'
import { ArticlePage, HomePage, renderDocument, type ArticleCard, type SiteChrome } from '../../views/index.js'
import { articlePath, authorPath, loadChrome, tagPath } from './chrome.js'
import { registerFavicon } from './favicon.js'
import type { PageCache } from './page-cache.js'
import { sendCached } from './respond.js'
import type { PreviewLinks } from '../../modules/auth/index.js'

/** An update shows as "Bijgewerkt" when it came this long after publication. */
const updateNoticeMs = 10 * 60 * 1000

export interface SiteDeps {
  config: Config
  services: Services
  now: () => number
  cache: PageCache
  previews: PreviewLinks
}

function toCard(article: ArticleSummary): ArticleCard {
  return {
    title: article.title,
    path: articlePath(article),
    excerpt: article.excerpt,
    publishedAt: article.publishedAt ?? article.createdAt,
    primaryTag: article.primaryTag ? { name: article.primaryTag.name, path: tagPath(article.primaryTag) } : null,
    image: article.featureImage ? { src: article.featureImage.src, alt: article.featureImage.alt } : null,
    sponsored: article.sponsored,
  }
}

function articleModel(config: Config, site: SiteChrome, article: Article) {
  const publishedAt = article.publishedAt ?? article.createdAt
  return {
    site,
    type: article.type,
    title: article.title,
    standfirst: article.standfirst,
    description: article.seo.description ?? article.excerpt,
    canonical: article.seo.canonicalUrl ?? `${config.siteUrl}${articlePath(article)}`,
    tags: article.tags.filter((t) => t.visibility === 'public').map((t) => ({ name: t.name, path: tagPath(t) })),
    authors: article.authors.map((a) => ({ name: a.name, path: authorPath(config.locale, a) })),
    publishedAt,
    updatedAt: article.updatedAt - publishedAt > updateNoticeMs ? article.updatedAt : null,
    readingTime: article.readingTime,
    image: article.featureImage,
    sponsor: article.sponsored ? article.sponsor : null,
    bodyHtml: article.html,
  }
}

export function registerSiteRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { config, services, now, cache } = deps
  registerFavicon(app, config.siteName)

  app.get('/', async (request, reply) =>
    sendCached(cache, request, reply, async () => {
      const [site, articles, settings] = await Promise.all([
        loadChrome(config, services, now()),
        services.articles.listPublished({ limit: 30 }),
        services.settings.getSettings(),
      ])
      return { body: renderDocument(HomePage({ site, description: settings.description, articles: articles.map(toCard) })), keys: ['home'] }
    }),
  )

  // Signed preview links: an unpublished article in the site's design, for whoever holds the link.
  app.get<{ Params: { token: string } }>('/preview/:token/', async (request, reply) => {
    const article = await services.articles.getArticle(deps.previews.verify(request.params.token)).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'ARTICLE_NOT_FOUND' ? new AppError('NOT_FOUND') : error
    })
    const site = await loadChrome(config, services, now())
    const html = renderDocument(ArticlePage({ ...articleModel(config, site, article), preview: true }))
    return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store').header('x-robots-tag', 'noindex, nofollow').send(html)
  })

  app.get<{ Params: { slug: string } }>('/:slug/', async (request, reply) => {
    const { slug } = request.params
    if (!isValidSlug(slug)) throw new AppError('NOT_FOUND')
    const cached = await sendCached(cache, request, reply, async () => {
      const found = await services.articles.getPublishedBySlug(slug)
      if (found.kind === 'moved') {
        void reply.redirect(found.location, found.statusCode)
        return null
      }
      if (found.kind === 'gone') throw new AppError('GONE')
      if (found.kind === 'not-found') throw new AppError('NOT_FOUND')
      const site = await loadChrome(config, services, now())
      return { body: renderDocument(ArticlePage(articleModel(config, site, found.article))), keys: [`article:${found.article.id}`] }
    })
    return cached
  })

  // WordPress-style links without the trailing slash move to the canonical URL.
  app.get<{ Params: { slug: string } }>('/:slug', async (request, reply) => {
    const { slug } = request.params
    if (!isValidSlug(slug)) throw new AppError('NOT_FOUND')
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
    return reply.redirect(`/${slug}/${query}`, 301)
  })
}
