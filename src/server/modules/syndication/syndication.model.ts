/** What feeds and sitemaps are made of: read models of published articles, never the editor document. */
import type { FeatureImage } from '../articles/index.js'
import type { Author } from '../people/index.js'
import type { Tag } from '../tags/index.js'

/** One article in a feed: everything a feed reader shows, with the full body HTML. */
export interface FeedEntry {
  id: string
  uuid: string
  slug: string
  title: string
  standfirst: string | null
  excerpt: string
  /** The rendered body, as on the article page (relative /media/ and link URLs as stored). */
  html: string
  featureImage: FeatureImage | null
  sponsored: boolean
  sponsor: { name: string; url: string | null } | null
  canonicalUrl: string | null
  publishedAt: number
  updatedAt: number
  /** Public tags only, in order (the first is the primary tag). */
  tags: Tag[]
  authors: Author[]
}

/** A month of articles in the sitemap index: "2026-11" (UTC), how many, and when the newest went out. */
export interface SitemapMonth {
  month: string
  count: number
  newest: number
}

export interface SitemapOverview {
  months: SitemapMonth[]
  /** Published pages (type page) and when one last changed. */
  pages: { count: number; lastmod: number | null }
  /** When the newest visible article went out: the home page changed then. */
  newestArticle: number | null
  /**
   * How many files the tags and authors with a published article fill. The first file may be
   * empty on a site whose articles carry no public tag: it is listed all the same.
   */
  tagParts: number
  authorParts: number
}

/** One URL of a sitemap, as data: the HTTP layer builds the address from the slug. */
export interface SitemapEntry {
  slug: string
  lastmod: number | null
  image: { src: string; alt: string } | null
  /** Set when the article names another canonical address: then it is not ours to list. */
  canonicalUrl: string | null
}

export interface NewsEntry {
  slug: string
  title: string
  publishedAt: number
  canonicalUrl: string | null
}
