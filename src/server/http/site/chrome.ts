/** The parts of every page that come from content: footer pages and the breaking-news bar. */
import type { Config } from '../../config/index.js'
import type { ArticleSummary } from '../../modules/articles/index.js'
import type { Services } from '../../services.js'
import { messages } from '../../../shared/i18n/index.js'
import type { SiteChrome } from '../../views/index.js'

/** A breaking story shows in the bar for six hours after publication. */
export const breakingWindowMs = 6 * 60 * 60 * 1000

export function articlePath(article: Pick<ArticleSummary, 'slug'>): string {
  return `/${article.slug}/`
}

export function tagPath(tag: { slug: string }): string {
  return `/tag/${tag.slug}/`
}

export function authorPath(locale: Config['locale'], author: { slug: string }): string {
  return `/${messages(locale).routes.author}/${author.slug}/`
}

export async function loadChrome(config: Config, services: Services, now: number): Promise<SiteChrome> {
  const [pages, breaking, settings] = await Promise.all([
    services.articles.listPublished({ type: 'page', limit: 10 }),
    services.articles.listPublished({ breaking: true, publishedAfter: now - breakingWindowMs, limit: 1 }),
    services.settings.getSettings(),
  ])
  const lead = breaking[0]
  return {
    name: settings.siteName ?? config.siteName,
    url: config.siteUrl,
    t: messages(settings.locale ?? config.locale),
    pages: pages.map((p) => ({ title: p.title, path: articlePath(p) })).sort((a, b) => a.title.localeCompare(b.title, config.locale)),
    breaking: lead ? { title: lead.title, path: articlePath(lead) } : null,
  }
}
