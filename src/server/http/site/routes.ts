/** The public site: the home page and article/page URLs (the full design is its own issue). */
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Config } from '../../config/index.js'
import { AppError } from '../../errors.js'
import type { Article, ArticleSummary } from '../../modules/articles/index.js'
import type { Services } from '../../services.js'
import { isValidSlug } from '../../../shared/slug.js'
import { ArticlePage, HomePage, renderDocument, type ArticleCard, type SiteChrome } from '../../views/index.js'
import { articlePath, authorPath, loadChrome, tagPath } from './chrome.js'
import { registerFavicon } from './favicon.js'

/** An update shows as "Bijgewerkt" when it came this long after publication. */
const updateNoticeMs = 10 * 60 * 1000

export interface SiteDeps {
  config: Config
  services: Services
  now: () => number
}

function sendHtml(reply: FastifyReply, html: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=60').send(html)
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
  const { config, services, now } = deps
  registerFavicon(app, config.siteName)

  app.get('/', async (_request, reply) => {
    const [site, articles, settings] = await Promise.all([
      loadChrome(config, services, now()),
      services.articles.listPublished({ limit: 30 }),
      services.settings.getSettings(),
    ])
    return sendHtml(reply, renderDocument(HomePage({ site, description: settings.description, articles: articles.map(toCard) })))
  })

  app.get<{ Params: { slug: string } }>('/:slug/', async (request, reply) => {
    const { slug } = request.params
    if (!isValidSlug(slug)) throw new AppError('NOT_FOUND')
    const found = await services.articles.getPublishedBySlug(slug)
    if (found.kind === 'moved') return reply.redirect(found.location, found.statusCode)
    if (found.kind === 'gone') throw new AppError('GONE')
    if (found.kind === 'not-found') throw new AppError('NOT_FOUND')
    const site = await loadChrome(config, services, now())
    return sendHtml(reply, renderDocument(ArticlePage(articleModel(config, site, found.article))))
  })

  // WordPress-style links without the trailing slash move to the canonical URL.
  app.get<{ Params: { slug: string } }>('/:slug', async (request, reply) => {
    const { slug } = request.params
    if (!isValidSlug(slug)) throw new AppError('NOT_FOUND')
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
    return reply.redirect(`/${slug}/${query}`, 301)
  })
}
