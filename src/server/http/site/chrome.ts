/**
 * URLs of the public site and the parts of every page that come from content: sections,
 * footer pages, the breaking-news bar, the app promo. The chrome is kept for a few seconds and
 * dropped whenever the page cache purges, so pages never show an older chrome than content.
 */
import type { Config } from '../../config/index.js'
import type { ArticleSummary } from '../../modules/articles/index.js'
import { pictureSources, type Media } from '../../modules/media/index.js'
import type { Services } from '../../services.js'
import { messages } from '../../../shared/i18n/index.js'
import type { ArticleCard, ImageView, SiteChrome } from '../../views/index.js'
import type { PageCache } from './page-cache.js'

/** A breaking story shows in the bar for six hours after publication. */
export const breakingWindowMs = 6 * 60 * 60 * 1000
const chromeTtlMs = 5000

export function articlePath(article: Pick<ArticleSummary, 'slug'>): string {
  return `/${article.slug}/`
}

export function tagPath(tag: { slug: string }): string {
  return `/tag/${tag.slug}/`
}

export function authorPath(locale: Config['locale'], author: { slug: string }): string {
  return `/${messages(locale).routes.author}/${author.slug}/`
}

export function archivePath(locale: Config['locale']): string {
  return `/${messages(locale).routes.news}/`
}

export function searchPath(locale: Config['locale']): string {
  return `/${messages(locale).routes.search}/`
}

async function buildChrome(config: Config, services: Services, now: number): Promise<SiteChrome> {
  const [pages, breaking, settings, tags] = await Promise.all([
    services.articles.listPublished({ type: 'page', limit: 10 }),
    services.articles.listPublished({ breaking: true, publishedAfter: now - breakingWindowMs, limit: 1 }),
    services.settings.getSettings(),
    services.tags.listTags(),
  ])
  const locale = settings.locale ?? config.locale
  const lead = breaking[0]
  const bySlug = new Map(tags.map((t) => [t.slug, t]))
  const promo = settings.appPromo
  return {
    name: settings.siteName ?? config.siteName,
    url: config.siteUrl,
    t: messages(locale),
    description: settings.description,
    nav: settings.navigation.flatMap((slug) => {
      const tag = bySlug.get(slug)
      return tag ? [{ name: tag.name, path: tagPath(tag) }] : []
    }),
    pages: pages.map((p) => ({ title: p.title, path: articlePath(p) })).sort((a, b) => a.title.localeCompare(b.title, locale)),
    breaking: lead ? { title: lead.title, path: articlePath(lead) } : null,
    searchPath: searchPath(config.locale),
    app: promo.title && promo.text ? promo : null,
  }
}

export function createChromeLoader(config: Config, services: Services, now: () => number, cache: Pick<PageCache, 'generation'>) {
  let cached: { at: number; generation: number; chrome: Promise<SiteChrome> } | null = null
  return {
    load(): Promise<SiteChrome> {
      const at = now()
      const generation = cache.generation
      if (!cached || cached.generation !== generation || at - cached.at > chromeTtlMs || at < cached.at) {
        const chrome = buildChrome(config, services, at)
        cached = { at, generation, chrome }
        chrome.catch(() => (cached = null))
      }
      return cached.chrome
    },
  }
}

export type ChromeLoader = ReturnType<typeof createChromeLoader>

/** The chrome without the database, for the error page when the database is what failed. */
export function fallbackChrome(config: Config): SiteChrome {
  return { name: config.siteName, url: config.siteUrl, t: messages(config.locale), description: '', nav: [], pages: [], breaking: null, searchPath: searchPath(config.locale), app: null }
}

/** An image with its AVIF/WebP renditions when it is an uploaded one. */
export function imageView(src: string, alt: string, media: Map<string, Media>): ImageView {
  const found = media.get(src)
  if (!found) return { src, alt, width: null, height: null, sources: [] }
  return { src: found.url, alt, width: found.width, height: found.height, sources: pictureSources(found) }
}

/** Uploaded media for the feature images of these articles, in one query. */
export async function mediaFor(services: Services, articles: readonly Pick<ArticleSummary, 'featureImage'>[]): Promise<Map<string, Media>> {
  const urls = articles.flatMap((a) => (a.featureImage?.src.startsWith('/media/') ? [a.featureImage.src] : []))
  return urls.length > 0 ? services.media.findByUrls(urls) : new Map()
}

export function toCard(article: ArticleSummary, media: Map<string, Media>): ArticleCard {
  return {
    title: article.title,
    path: articlePath(article),
    excerpt: article.excerpt,
    publishedAt: article.publishedAt ?? article.createdAt,
    primaryTag: article.primaryTag && article.primaryTag.visibility === 'public' ? { name: article.primaryTag.name, path: tagPath(article.primaryTag) } : null,
    image: article.featureImage ? imageView(article.featureImage.src, article.featureImage.alt, media) : null,
    sponsored: article.sponsored,
  }
}

/** Cards for a list of summaries, with their uploaded images resolved in one query. */
export async function cardsFor(services: Services, articles: ArticleSummary[]): Promise<ArticleCard[]> {
  const media = await mediaFor(services, articles)
  return articles.map((a) => toCard(a, media))
}
