/**
 * Search for readers: the page `/zoeken/?q=`, the app's JSON `GET /api/search?q=&page=`, and
 * the OpenSearch description browsers offer as a search engine. Only published articles.
 *
 * Results are not kept in the page cache (every query would be an entry, pushing out article
 * pages); browsers and CDNs may keep an answer for a minute, and result pages are `noindex`.
 */
import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { SearchPage as SearchResult } from '../../modules/search/index.js'
import { messages } from '../../../shared/i18n/index.js'
import { isoWithOffset } from '../../../shared/dates.js'
import { renderDocument, SearchPage, type PaginationView } from '../../views/index.js'
import { articlePath, cardsFor, searchPath } from './chrome.js'
import type { SiteDeps } from './routes.js'

/** Results per page on the site. */
export const searchPageSize = 10
/** Pages the site and the API go to (with 10 a page, every ranked match is reachable). */
const maxPages = 100
export const searchCacheControl = 'public, max-age=60, s-maxage=60, stale-while-revalidate=300'

const SearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ description: 'What to look for; cut to 200 characters. "Quotes" keep words in order; the last word matches as a prefix.' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: maxPages, default: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: searchPageSize })),
  },
  { additionalProperties: false },
)

const Named = Type.Object({ name: Type.String(), slug: Type.String() })
const SearchResponse = Type.Object({
  query: Type.String(),
  total: Type.Integer(),
  capped: Type.Boolean({ description: 'More matched than were ranked (the newest `total` were).' }),
  page: Type.Integer(),
  pages: Type.Integer(),
  results: Type.Array(
    Type.Object({
      id: Type.String(),
      url: Type.String(),
      title: Type.String(),
      titleHtml: Type.String({ description: 'HTML-escaped title, matched words in <mark>' }),
      snippetHtml: Type.String({ description: 'HTML-escaped passage, matched words in <mark>' }),
      excerpt: Type.String(),
      publishedAt: Type.String(),
      primaryTag: Type.Union([Named, Type.Null()]),
      authors: Type.Array(Named),
      featureImage: Type.Union([Type.Object({ url: Type.String(), alt: Type.String() }), Type.Null()]),
    }),
  ),
})

function firstString(value: unknown): string {
  if (Array.isArray(value)) return firstString(value[0])
  return typeof value === 'string' ? value : ''
}

function noindex(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', searchCacheControl).header('x-robots-tag', 'noindex')
}

export function registerSearchRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { config, services, chrome } = deps
  const t = messages(config.locale)
  const path = searchPath(config.locale)

  async function search(q: string, page: number, limit: number): Promise<{ result: SearchResult | null; articles: Awaited<ReturnType<typeof services.articles.listPublishedByIds>> }> {
    if (q.trim() === '') return { result: null, articles: [] }
    const result = await services.search.searchPublished(q, page, limit)
    const articles = await services.articles.listPublishedByIds(result.hits.map((h) => h.articleId))
    return { result, articles }
  }

  app.get(path, async (request, reply) => {
    const query = request.query as Record<string, unknown>
    const q = firstString(query.q)
    const raw = firstString(query[t.routes.page])
    // A page number that is no number is page 1: a search never answers with an error page.
    const page = /^\d{1,3}$/.test(raw) ? Math.min(maxPages, Math.max(1, Number(raw))) : 1
    const [site, { result, articles }] = await Promise.all([chrome.load(), search(q, page, searchPageSize)])
    const cards = await cardsFor(services, articles)
    const byId = new Map(articles.map((a, i) => [a.id, cards[i]]))
    const results = (result?.hits ?? []).flatMap((hit) => {
      const card = byId.get(hit.articleId)
      return card ? [{ card, titleHtml: hit.titleHtml, snippetHtml: hit.snippetHtml }] : []
    })
    const shown = result?.query ?? q.trim().slice(0, 200)
    const href = (n: number) => `${path}?q=${encodeURIComponent(shown)}${n > 1 ? `&${t.routes.page}=${n}` : ''}`
    const pages = Math.min(result?.pages ?? 1, maxPages)
    const from = Math.max(1, Math.min(page - 4, pages - 9))
    const pagination: PaginationView = {
      pages: pages > 1 ? Array.from({ length: Math.min(10, pages) }, (_, i) => ({ n: from + i, href: href(from + i), current: from + i === page })) : [],
      newer: page > 1 && page <= pages ? href(page - 1) : null,
      older: page < pages ? href(page + 1) : null,
    }
    const html = renderDocument(SearchPage({ site, query: shown, results, total: result?.total ?? 0, capped: result?.capped ?? false, pagination }))
    return noindex(reply).type('text/html; charset=utf-8').send(html)
  })

  app.get('/api/search', {
    schema: { querystring: SearchQuery, response: { 200: SearchResponse } },
    handler: async (request, reply) => {
      const { q = '', page = 1, limit = searchPageSize } = request.query as Static<typeof SearchQuery>
      const { result, articles } = await search(q, page, limit)
      const hits = new Map((result?.hits ?? []).map((h) => [h.articleId, h]))
      return noindex(reply).send({
        query: result?.query ?? q.trim().slice(0, 200),
        total: result?.total ?? 0,
        capped: result?.capped ?? false,
        page,
        pages: result?.pages ?? 0,
        results: articles.map((a) => ({
          id: a.id,
          url: `${config.siteUrl}${articlePath(a)}`,
          title: a.title,
          titleHtml: hits.get(a.id)?.titleHtml ?? '',
          snippetHtml: hits.get(a.id)?.snippetHtml ?? '',
          excerpt: a.excerpt,
          publishedAt: isoWithOffset(a.publishedAt ?? a.createdAt),
          primaryTag: a.primaryTag && a.primaryTag.visibility === 'public' ? { name: a.primaryTag.name, slug: a.primaryTag.slug } : null,
          authors: a.authors.map((p) => ({ name: p.name, slug: p.slug })),
          featureImage: a.featureImage ? { url: new URL(a.featureImage.src, config.siteUrl).toString(), alt: a.featureImage.alt } : null,
        })),
      })
    },
  })

  // Lets browsers add the site as a search engine (linked from every page's head).
  app.get('/opensearch.xml', async (_request, reply) => {
    const site = await chrome.load()
    const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escape(site.name.slice(0, 16))}</ShortName>
  <Description>${escape(t.site.searchDescription(site.name))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${t.lang}</Language>
  <Image height="16" width="16" type="image/svg+xml">${escape(config.siteUrl)}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${escape(config.siteUrl)}${path}?q={searchTerms}"/>
  <Url type="application/json" method="get" template="${escape(config.siteUrl)}/api/search?q={searchTerms}&amp;page={startPage?}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escape(config.siteUrl)}/opensearch.xml"/>
</OpenSearchDescription>
`
    return reply.type('application/opensearchdescription+xml; charset=utf-8').header('cache-control', 'public, max-age=3600').send(xml)
  })
}
