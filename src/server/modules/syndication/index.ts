/**
 * Syndication: what feeds (RSS, Atom, JSON Feed) and sitemaps (monthly article sitemaps, pages,
 * tags, authors, Google News) list, read from published articles only.
 */
export { createSyndicationService, monthRange, type SyndicationOptions, type SyndicationService } from './syndication.service.js'
export type { FeedEntry, NewsEntry, SitemapEntry, SitemapMonth, SitemapOverview } from './syndication.model.js'
