/**
 * Sitemaps and robots.txt. /sitemap.xml is an index of /sitemap-pages.xml (home and pages),
 * /sitemap-articles-YYYY-MM.xml per month (UTC; a month past the per-file limit continues in
 * -2, -3 …), /sitemap-tags.xml and /sitemap-authors.xml; /news-sitemap.xml holds the last two
 * days for Google News. Every sitemap carries the 'sitemap' surrogate key, so publishing,
 * editing or unpublishing purges them.
 */
import type { FastifyInstance } from 'fastify'
import type { Config } from '../../config/index.js'
import { AppError } from '../../errors.js'
import type { Services } from '../../services.js'
import { messages } from '../../../shared/i18n/index.js'
import { articlePath, authorPath, tagPath } from './chrome.js'
import { absoluteUrl } from './feed-render.js'
import { pathOf } from './feeds.js'
import type { PageCache } from './page-cache.js'
import { sendCached, type Rendered } from './respond.js'
import { newsSitemapXml, sitemapIndexXml, urlsetXml, type UrlEntry } from './sitemap-xml.js'

export interface SitemapDeps {
  config: Config
  services: Services
  now: () => number
  cache: PageCache
}

const xmlType = 'application/xml; charset=utf-8'

export type SitemapFile = { kind: 'pages' } | { kind: 'articles'; month: string; part: number } | { kind: 'tags' | 'authors'; part: number }

/** "articles-2026-11-2" → the second part of November 2026. Part 1 has no number: one URL per file. */
export function parseSitemapName(name: string): SitemapFile | null {
  if (name === 'pages') return { kind: 'pages' }
  const article = /^articles-(\d{4}-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9]\d{1,5}))?$/.exec(name)
  if (article?.[1]) return { kind: 'articles', month: article[1], part: article[2] ? Number(article[2]) : 1 }
  const list = /^(tags|authors)(?:-([2-9]|[1-9]\d{1,5}))?$/.exec(name)
  if (list?.[1] === 'tags' || list?.[1] === 'authors') return { kind: list[1], part: list[2] ? Number(list[2]) : 1 }
  return null
}

export function sitemapPath(file: SitemapFile): string {
  const part = file.kind !== 'pages' && file.part > 1 ? `-${file.part}` : ''
  if (file.kind === 'articles') return `/sitemap-articles-${file.month}${part}.xml`
  return `/sitemap-${file.kind}${part}.xml`
}

/** The article's own address, unless it names another canonical one (then it is not ours to list). */
function ownUrl(siteUrl: string, entry: { slug: string; canonicalUrl: string | null }): string | null {
  const loc = `${siteUrl}${articlePath(entry)}`
  return entry.canonicalUrl === null || entry.canonicalUrl === loc ? loc : null
}

export function registerSitemapRoutes(app: FastifyInstance, deps: SitemapDeps): void {
  const { config, services, cache } = deps
  const { siteUrl } = config
  const syndication = () => services.syndication
  const xml = (body: string): Rendered => ({ body, contentType: xmlType, keys: ['sitemap'] })

  async function index(): Promise<Rendered> {
    const overview = await syndication().sitemapOverview()
    const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1)
    const cap = syndication().urlsPerSitemap
    const newest = overview.newestArticle
    const files: { loc: string; lastmod: number | null }[] = [
      { loc: `${siteUrl}${sitemapPath({ kind: 'pages' })}`, lastmod: Math.max(overview.pages.lastmod ?? 0, newest ?? 0) || null },
    ]
    // A month file changed last when its newest article went out; edits show in each URL's own
    // lastmod (decision 006). Tag and author files carry no lastmod, like their URLs.
    for (const { month, count, newest: lastmod } of overview.months) {
      for (const part of upTo(Math.ceil(count / cap))) files.push({ loc: `${siteUrl}${sitemapPath({ kind: 'articles', month, part })}`, lastmod })
    }
    for (const part of upTo(overview.tagParts)) files.push({ loc: `${siteUrl}${sitemapPath({ kind: 'tags', part })}`, lastmod: null })
    for (const part of upTo(overview.authorParts)) files.push({ loc: `${siteUrl}${sitemapPath({ kind: 'authors', part })}`, lastmod: null })
    return xml(sitemapIndexXml(files))
  }

  async function file(name: string): Promise<Rendered> {
    const wanted = parseSitemapName(name)
    if (!wanted) throw new AppError('NOT_FOUND')
    let urls: UrlEntry[]
    if (wanted.kind === 'pages') {
      const [pages, newest] = await Promise.all([syndication().pageEntries(), syndication().newestArticleAt()])
      urls = [{ loc: `${siteUrl}/`, lastmod: newest }]
      for (const page of pages) {
        const loc = ownUrl(siteUrl, page)
        if (loc) urls.push({ loc, lastmod: page.lastmod })
      }
    } else if (wanted.kind === 'articles') {
      const entries = await syndication().monthEntries(wanted.month, wanted.part)
      if (entries.length === 0) throw new AppError('NOT_FOUND')
      urls = []
      for (const entry of entries) {
        const loc = ownUrl(siteUrl, entry)
        if (loc) urls.push({ loc, lastmod: entry.lastmod, images: entry.image ? [absoluteUrl(siteUrl, entry.image.src)] : [] })
      }
    } else {
      const rows = wanted.kind === 'tags' ? await syndication().tagEntries(wanted.part) : await syndication().authorEntries(wanted.part)
      // The first file is listed whenever the site has articles: it may be empty, never 404.
      if (rows.length === 0 && wanted.part > 1) throw new AppError('NOT_FOUND')
      const path = wanted.kind === 'tags' ? tagPath : (row: { slug: string }) => authorPath(config.locale, row)
      urls = rows.map((row) => ({ loc: `${siteUrl}${path(row)}` }))
    }
    return xml(urlsetXml(urls))
  }

  async function news(): Promise<Rendered> {
    const [entries, settings] = await Promise.all([syndication().recentNews(), services.settings.getSettings()])
    const urls = entries.flatMap((entry) => {
      const loc = ownUrl(siteUrl, entry)
      return loc ? [{ loc, title: entry.title, publishedAt: entry.publishedAt }] : []
    })
    const publication = { name: settings.siteName ?? config.siteName, language: messages(settings.locale ?? config.locale).lang }
    return xml(newsSitemapXml(urls, publication))
  }

  function robots(): Rendered {
    const routes = messages(config.locale).routes
    const body = [
      'User-agent: *',
      'Disallow: /admin/',
      'Disallow: /preview/',
      'Disallow: /api/',
      `Disallow: /${routes.search}/`,
      '',
      `Sitemap: ${siteUrl}/sitemap.xml`,
      `Sitemap: ${siteUrl}/news-sitemap.xml`,
      '',
    ].join('\n')
    return { body, contentType: 'text/plain; charset=utf-8', keys: ['robots'] }
  }

  // Cached by path: a query string changes nothing here.
  app.get('/sitemap.xml', async (request, reply) => sendCached(cache, request, reply, index, pathOf(request)))
  app.get<{ Params: { name: string } }>('/sitemap-:name.xml', async (request, reply) => sendCached(cache, request, reply, () => file(request.params.name), pathOf(request)))
  app.get('/news-sitemap.xml', async (request, reply) => sendCached(cache, request, reply, news, pathOf(request)))
  app.get('/robots.txt', async (request, reply) => sendCached(cache, request, reply, async () => robots(), pathOf(request)))
}
