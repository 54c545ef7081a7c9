/**
 * Feeds and sitemaps, as data: the newest articles with their full body (site-wide, per tag,
 * per author), the sitemap's months with their counts, one month's URLs in parts of at most
 * `urlsPerSitemap`, tags and authors in use, and the last two days for Google News. Only
 * articles readers can see count: published, with a publication time that has come.
 */
import type { ModuleContext } from '../context.js'
import type { Author } from '../people/index.js'
import type { Tag } from '../tags/index.js'
import type { FeedEntry, NewsEntry, SitemapEntry, SitemapMonth, SitemapOverview } from './syndication.model.js'
import {
  countAuthorsInUse,
  countPeople,
  countPublicTags,
  countTagsInUse,
  findPublicTag,
  findPublishedAuthor,
  firstPublishedFrom,
  listAuthorUrlRows,
  listFeedRows,
  listNewsRows,
  listTagUrlRows,
  listUrlRows,
  loadBylines,
  newestPublished,
  pageStats,
  rangeStats,
  type FeedQuery,
} from './syndication.repository.js'

export interface SyndicationOptions {
  /** URLs per sitemap file; the sitemap protocol allows 50,000 (tests pass a small number). */
  urlsPerSitemap?: number
  /** Articles per feed. */
  feedLength?: number
  /** Google News takes articles of the last two days, at most 1,000 per sitemap. */
  newsWindowMs?: number
  newsLimit?: number
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/

/** [start, end) of a "YYYY-MM" month in UTC, or null when it is no month. */
export function monthRange(month: string): { from: number; to: number } | null {
  const match = monthPattern.exec(month)
  if (!match) return null
  const year = Number(match[1])
  const index = Number(match[2]) - 1
  return { from: Date.UTC(year, index, 1), to: Date.UTC(year, index + 1, 1) }
}

function monthKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7)
}

export function createSyndicationService(ctx: ModuleContext, options: SyndicationOptions = {}) {
  const urlsPerSitemap = options.urlsPerSitemap ?? 50_000
  const feedLength = options.feedLength ?? 50
  const newsWindowMs = options.newsWindowMs ?? 48 * 60 * 60 * 1000
  const newsLimit = options.newsLimit ?? 1000

  async function entries(query: Omit<FeedQuery, 'now' | 'limit'>): Promise<FeedEntry[]> {
    const rows = await listFeedRows(ctx.db, { ...query, now: ctx.now(), limit: feedLength })
    const bylines = await loadBylines(ctx.db, rows.map((r) => r.id))
    return rows.map((row) => ({
      id: row.id,
      uuid: row.uuid,
      slug: row.slug,
      title: row.title,
      standfirst: row.standfirst,
      excerpt: row.excerpt,
      html: row.bodyHtml,
      featureImage: row.featureImage ? { src: row.featureImage, alt: row.featureImageAlt ?? '', caption: row.featureImageCaption, credit: row.featureImageCredit } : null,
      sponsored: row.sponsored === 1,
      sponsor: row.sponsored === 1 && row.sponsor ? { name: row.sponsor, url: row.sponsorUrl } : null,
      canonicalUrl: row.canonicalUrl,
      // The query only returns published rows, which always have a publication time.
      publishedAt: row.publishedAt ?? row.updatedAt,
      updatedAt: row.updatedAt,
      tags: (bylines.tags.get(row.id) ?? []).filter((t) => t.visibility === 'public'),
      authors: bylines.authors.get(row.id) ?? [],
    }))
  }

  /** Where part `part` (1-based) of a list starts. */
  const partOffset = (part: number): number => (part - 1) * urlsPerSitemap
  const slicePart = <T>(rows: T[], part: number): T[] => (Number.isSafeInteger(part) && part >= 1 ? rows.slice(partOffset(part), partOffset(part) + urlsPerSitemap) : [])

  return {
    urlsPerSitemap,

    /** The newest articles of the whole site. */
    latest: (): Promise<FeedEntry[]> => entries({}),

    /** A public tag and its newest articles; null when there is no such tag. */
    async tagFeed(slug: string): Promise<{ tag: Tag; entries: FeedEntry[] } | null> {
      const tag = await findPublicTag(ctx.db, slug)
      return tag ? { tag, entries: await entries({ tagId: tag.id }) } : null
    },

    /** An author and their newest articles; null unless they have a published article. */
    async authorFeed(slug: string): Promise<{ author: Author; entries: FeedEntry[] } | null> {
      const author = await findPublishedAuthor(ctx.db, slug, ctx.now())
      return author ? { author, entries: await entries({ authorId: author.id }) } : null
    },

    /**
     * What the sitemap index lists. Each month with articles costs two lookups in the
     * articles_listing index (its first article, then a ranged count): the cost follows the
     * months in use, not the articles.
     */
    async sitemapOverview(): Promise<SitemapOverview> {
      const now = ctx.now()
      const [newestArticle, pages, publicTags, people] = await Promise.all([newestPublished(ctx.db, now), pageStats(ctx.db, now), countPublicTags(ctx.db), countPeople(ctx.db)])
      // Which tags and people have a visible article costs a pass over every link (~100 ms on
      // PostgreSQL at 100k articles): only worth it when the plain counts say several files.
      const partsOf = async (bound: number, exact: () => Promise<number>) =>
        newestArticle === null || bound === 0 ? 0 : bound <= urlsPerSitemap ? 1 : Math.ceil((await exact()) / urlsPerSitemap)
      const [tagParts, authorParts] = await Promise.all([partsOf(publicTags, () => countTagsInUse(ctx.db, now)), partsOf(people, () => countAuthorsInUse(ctx.db, now))])
      // Months in use: skip from one month's first article to the next month's (a gap of years
      // costs one lookup), then count them all at once.
      const found: { month: string; from: number; to: number }[] = []
      for (let next = await firstPublishedFrom(ctx.db, Number.MIN_SAFE_INTEGER, now); next !== null; ) {
        const month = monthKey(next)
        const range = monthRange(month)
        if (!range) break
        found.push({ month, ...range })
        next = await firstPublishedFrom(ctx.db, range.to, now)
      }
      const stats = await Promise.all(found.map(({ from, to }) => rangeStats(ctx.db, from, to, now)))
      const months: SitemapMonth[] = []
      found.forEach(({ month }, i) => {
        const { count = 0, newest = null } = stats[i] ?? {}
        if (count > 0 && newest !== null) months.push({ month, count, newest })
      })
      return { months: months.reverse(), pages, newestArticle, tagParts, authorParts }
    },

    /** One part (1-based) of a month's article URLs; empty when the month or part has none. */
    async monthEntries(month: string, part: number): Promise<SitemapEntry[]> {
      const range = monthRange(month)
      if (!range || !Number.isSafeInteger(part) || part < 1) return []
      const rows = await listUrlRows(ctx.db, { ...range, now: ctx.now(), limit: urlsPerSitemap, offset: partOffset(part) })
      return rows.map((r) => ({
        slug: r.slug,
        lastmod: r.updatedAt,
        image: r.featureImage ? { src: r.featureImage, alt: r.featureImageAlt ?? '' } : null,
        canonicalUrl: r.canonicalUrl,
      }))
    },

    /** When the newest visible article went out: the home page changed then. */
    newestArticleAt: (): Promise<number | null> => newestPublished(ctx.db, ctx.now()),

    /** Published pages ("Over ons", "Adverteren"), at most one sitemap of them. */
    async pageEntries(): Promise<SitemapEntry[]> {
      const rows = await listUrlRows(ctx.db, { from: Number.MIN_SAFE_INTEGER, to: Number.MAX_SAFE_INTEGER, now: ctx.now(), limit: urlsPerSitemap, offset: 0, type: 'page' })
      return rows.map((r) => ({ slug: r.slug, lastmod: r.updatedAt, image: null, canonicalUrl: r.canonicalUrl }))
    },

    /** One part (1-based) of the public tags in use, by slug. */
    tagEntries: async (part: number): Promise<{ slug: string }[]> => slicePart(await listTagUrlRows(ctx.db, ctx.now()), part),

    /** One part (1-based) of the authors with published articles, by slug. */
    authorEntries: async (part: number): Promise<{ slug: string }[]> => slicePart(await listAuthorUrlRows(ctx.db, ctx.now()), part),

    /** Articles of the last two days, newest first, for the Google News sitemap. */
    async recentNews(): Promise<NewsEntry[]> {
      const now = ctx.now()
      const rows = await listNewsRows(ctx.db, now - newsWindowMs, now, newsLimit)
      return rows.map((r) => ({ slug: r.slug, title: r.title, publishedAt: r.publishedAt ?? now, canonicalUrl: r.canonicalUrl }))
    },
  }
}

export type SyndicationService = ReturnType<typeof createSyndicationService>
