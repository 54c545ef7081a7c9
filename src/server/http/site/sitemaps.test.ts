import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import Fastify, { type FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import type { Article, ArticleInput } from '../../modules/articles/index.js'
import { systemActor, type Person } from '../../modules/people/index.js'
import { createSyndicationService } from '../../modules/syndication/index.js'
import { registerErrorHandling } from '../plugins/errors.js'
import { createPageCache } from './page-cache.js'
import { parseSitemapName, registerSitemapRoutes, sitemapPath } from './sitemaps.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, testClock, testConfig } from '../../../../test/helpers/factories.js'
import { all, attr, child, childText, children, parseXml } from '../../../../test/helpers/xml.js'

const system = systemActor('test')
const hour = 3_600_000
const site = 'https://nieuws.example.nl'
const w3c = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

/** The <loc> of every <url> (or <sitemap>) in a sitemap. */
function locs(xml: string, element: 'url' | 'sitemap' = 'url'): string[] {
  return all(parseXml(xml), element).map((e) => childText(e, 'loc'))
}

describeEachDialect('sitemaps and robots.txt', (suite) => {
  const clock = testClock()
  const start = clock.now()
  let app: FastifyInstance
  let anna: Person
  const a: Record<string, Article> = {}

  const get = (url: string) => app.inject({ method: 'GET', url })
  const url = (article: Article) => `${site}/${article.slug}/`

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, now: clock.now, jobs: false })
    const { articles, people } = app.services
    anna = await people.createUser({ email: 'anna@example.nl', name: 'Anna de Vries', role: 'author' })
    const bram = await people.createUser({ email: 'bram@example.nl', name: 'Bram Bakker', role: 'author' })
    const make = async (key: string, input: Partial<ArticleInput>, publishedAt?: number) => {
      clock.advance(60_000)
      const created = await articles.createArticle(system, { ...buildArticle({ authors: [anna.id] }), ...input })
      a[key] = publishedAt === undefined ? created : await articles.publishArticle(system, created.id, { publishedAt })
    }
    await make('today', { title: 'Vandaag & "morgen" <nieuws>', tags: ['Bitcoin', '#intern'], featureImage: { src: '/media/2026/11/vandaag.webp', alt: 'Beeld' } }, start - 3 * hour)
    await make('yesterday', { title: 'Gisteren gebeurd', tags: ['Ethereum'] }, start - 30 * hour)
    await make('lastWeek', { title: 'Vorige week', tags: ['Economie'] }, Date.UTC(2026, 10, 23, 8))
    await make('firstOfMonth', { title: 'Eerste van de maand' }, Date.UTC(2026, 10, 1))
    await make('october', { title: 'Laatste van oktober' }, Date.UTC(2026, 10, 1) - 1)
    await make('longAgo', { title: 'Lang geleden' }, Date.UTC(2024, 0, 15))
    await make('elsewhere', { title: 'Overgenomen stuk', seo: { canonicalUrl: 'https://elders.example/origineel' } }, start - 2 * hour)
    await make('newest', { title: 'Het nieuwste bericht' }, start - hour)
    await make('about', { title: 'Over ons', type: 'page' }, start - 100 * hour)
    await make('privacy', { title: 'Privacy', type: 'page' })
    await make('draft', { title: 'Nog een concept', tags: ['Leeg'], authors: [bram.id] })
    await make('archived', { title: 'Weg ermee' }, start - 4 * hour)
    await articles.archiveArticle(system, a.archived!.id)
    await make('scheduled', { title: 'Later vandaag' })
    await articles.scheduleArticle(system, a.scheduled!.id, start + 10 * hour)
    await make('future', { title: 'Nog niet' }, start + 5 * hour)
    await app.eventFeed.catchUp()
  })
  after(() => app.close())

  it('names both sitemaps in robots.txt with absolute URLs', async () => {
    const res = await get('/robots.txt')
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8')
    const lines = res.body.split('\n')
    assert.equal(lines[0], 'User-agent: *')
    assert.ok(lines.includes('Disallow: /admin/') && lines.includes('Disallow: /preview/') && lines.includes('Disallow: /zoeken/'))
    assert.deepEqual(lines.filter((l) => l.startsWith('Sitemap:')), [`Sitemap: ${site}/sitemap.xml`, `Sitemap: ${site}/news-sitemap.xml`])
  })

  it('lists pages, each month with articles (newest first), tags and authors in the index', async () => {
    const res = await get('/sitemap.xml')
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8')
    assert.equal(res.headers['surrogate-key'], 'sitemap')
    const index = child(parseXml(res.body), 'sitemapindex')
    assert.equal(attr(index, 'xmlns'), 'http://www.sitemaps.org/schemas/sitemap/0.9')
    const sitemaps = children(index, 'sitemap')
    assert.deepEqual(
      sitemaps.map((s) => childText(s, 'loc')),
      ['pages', 'articles-2026-11', 'articles-2026-10', 'articles-2024-01', 'tags', 'authors'].map((name) => `${site}/sitemap-${name}.xml`),
    )
    for (const s of sitemaps.slice(0, 4)) assert.match(childText(s, 'lastmod'), w3c)
    assert.equal(Date.parse(childText(sitemaps[0]!, 'lastmod')), Math.max(a.about!.updatedAt, start - hour), 'pages: the latest page change or new article')
    assert.equal(Date.parse(childText(sitemaps[1]!, 'lastmod')), start - hour, "a month's file changed when its newest article went out")
    assert.equal(Date.parse(childText(sitemaps[2]!, 'lastmod')), Date.UTC(2026, 10, 1) - 1000)
    assert.deepEqual(sitemaps.slice(4).map((s) => children(s, 'lastmod').length), [0, 0], 'tags and authors carry no lastmod')
  })

  it("lists one month's articles, oldest first, with lastmod and feature image, and nothing readers cannot see", async () => {
    const res = await get('/sitemap-articles-2026-11.xml')
    assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8')
    assert.equal(res.headers['surrogate-key'], 'sitemap')
    const urlset = child(parseXml(res.body), 'urlset')
    assert.equal(attr(urlset, 'xmlns:image'), 'http://www.google.com/schemas/sitemap-image/1.1')
    const urls = children(urlset, 'url')
    // "elsewhere" names another canonical address: not ours to list.
    assert.deepEqual(urls.map((u) => childText(u, 'loc')), ['firstOfMonth', 'lastWeek', 'yesterday', 'today', 'newest'].map((k) => url(a[k]!)))
    const today = urls[3]!
    assert.equal(Date.parse(childText(today, 'lastmod')), Math.floor(a.today!.updatedAt / 1000) * 1000)
    assert.equal(childText(child(today, 'image:image'), 'image:loc'), `${site}/media/2026/11/vandaag.webp`)
    assert.equal(children(urls[0]!, 'image:image').length, 0)
    assert.deepEqual(locs((await get('/sitemap-articles-2026-10.xml')).body), [url(a.october!)], 'the month boundary is UTC midnight')
    assert.deepEqual(locs((await get('/sitemap-articles-2024-01.xml')).body), [url(a.longAgo!)])
  })

  it('answers 404 for months without articles, parts past the end and unknown names', async () => {
    for (const name of ['articles-2026-09', 'articles-2026-13', 'articles-2026-11-2', 'articles-2026-11-1', 'articles-26-11', 'tags-2', 'authors-0', 'posts', '']) {
      assert.equal((await get(`/sitemap-${name}.xml`)).statusCode, 404, name)
    }
  })

  it('lists the home page and published pages, not articles', async () => {
    const body = (await get('/sitemap-pages.xml')).body
    assert.deepEqual(locs(body), [`${site}/`, url(a.about!)])
    const [home] = all(parseXml(body), 'url')
    assert.equal(Date.parse(childText(home!, 'lastmod')), start - hour, 'home changed when the newest article went out')
  })

  it('lists public tags and authors with published articles', async () => {
    const tags = all(parseXml((await get('/sitemap-tags.xml')).body), 'url')
    assert.deepEqual(tags.map((t) => childText(t, 'loc')), ['bitcoin', 'economie', 'ethereum'].map((slug) => `${site}/tag/${slug}/`))
    assert.deepEqual(locs((await get('/sitemap-authors.xml')).body), [`${site}/auteur/${anna.slug}/`])
  })

  it('lists the last 48 hours for Google News with publication, language, date and title', async () => {
    const res = await get('/news-sitemap.xml')
    assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8')
    assert.equal(res.headers['surrogate-key'], 'sitemap')
    const urlset = child(parseXml(res.body), 'urlset')
    assert.equal(attr(urlset, 'xmlns:news'), 'http://www.google.com/schemas/sitemap-news/0.9')
    const urls = children(urlset, 'url')
    assert.deepEqual(urls.map((u) => childText(u, 'loc')), [url(a.newest!), url(a.today!), url(a.yesterday!)])
    const news = child(urls[1]!, 'news:news')
    const publication = child(news, 'news:publication')
    assert.equal(childText(publication, 'news:name'), 'Testkrant')
    assert.equal(childText(publication, 'news:language'), 'nl')
    assert.match(childText(news, 'news:publication_date'), w3c)
    assert.equal(Date.parse(childText(news, 'news:publication_date')), start - 3 * hour)
    assert.equal(childText(news, 'news:title'), 'Vandaag & "morgen" <nieuws>')

    clock.advance(19 * hour)
    app.pageCache.purgeAll()
    try {
      const later = locs((await get('/news-sitemap.xml')).body)
      assert.deepEqual(later, [url(a.future!), url(a.newest!), url(a.today!)], 'later on, yesterday drops out and the future article is out')
    } finally {
      clock.advance(-19 * hour)
      app.pageCache.purgeAll()
    }
  })

  it('splits a month, tags and news at the per-file limit (a limit of 2 stands in for 50,000)', async () => {
    const small = Fastify()
    registerErrorHandling(small, async () => 'error page')
    const ctx = { db: suite.database.db, dialect: suite.database.dialect, now: clock.now, locale: 'nl' as const }
    const services = { ...app.services, syndication: createSyndicationService(ctx, { urlsPerSitemap: 2, newsLimit: 3 }) }
    registerSitemapRoutes(small, { config: testConfig(), services, now: clock.now, cache: createPageCache() })
    try {
      const fetch = async (path: string) => (await small.inject({ method: 'GET', url: path })).body
      const index = locs(await fetch('/sitemap.xml'), 'sitemap').map((loc) => loc.slice(site.length))
      assert.deepEqual(index, [
        '/sitemap-pages.xml',
        '/sitemap-articles-2026-11.xml',
        '/sitemap-articles-2026-11-2.xml',
        '/sitemap-articles-2026-11-3.xml',
        '/sitemap-articles-2026-10.xml',
        '/sitemap-articles-2024-01.xml',
        '/sitemap-tags.xml',
        '/sitemap-tags-2.xml',
        '/sitemap-authors.xml',
      ])
      // Six November articles in parts of two; "elsewhere" is counted but not listed.
      assert.deepEqual(locs(await fetch('/sitemap-articles-2026-11.xml')), [url(a.firstOfMonth!), url(a.lastWeek!)])
      assert.deepEqual(locs(await fetch('/sitemap-articles-2026-11-2.xml')), [url(a.yesterday!), url(a.today!)])
      assert.deepEqual(locs(await fetch('/sitemap-articles-2026-11-3.xml')), [url(a.newest!)])
      assert.equal((await small.inject({ method: 'GET', url: '/sitemap-articles-2026-11-4.xml' })).statusCode, 404)
      assert.deepEqual(locs(await fetch('/sitemap-tags.xml')), [`${site}/tag/bitcoin/`, `${site}/tag/economie/`])
      assert.deepEqual(locs(await fetch('/sitemap-tags-2.xml')), [`${site}/tag/ethereum/`])
      assert.deepEqual(locs(await fetch('/news-sitemap.xml')), [url(a.newest!), url(a.today!)], 'at most newsLimit rows are read')
    } finally {
      await small.close()
    }
  })

  it('names sitemap files one way only', () => {
    assert.deepEqual(parseSitemapName('articles-2026-11-12'), { kind: 'articles', month: '2026-11', part: 12 })
    assert.equal(sitemapPath({ kind: 'articles', month: '2026-11', part: 1 }), '/sitemap-articles-2026-11.xml')
    assert.equal(sitemapPath({ kind: 'tags', part: 3 }), '/sitemap-tags-3.xml')
    for (const name of ['articles-2026-11-1', 'articles-2026-11-01', 'tags-1', 'pages-2', 'articles-2026-00']) assert.equal(parseSitemapName(name), null, name)
  })

  it('changes the index, the month and the news sitemap at once when an article is published or unpublished', async () => {
    const { articles } = app.services
    for (const path of ['/sitemap.xml', '/sitemap-articles-2026-11.xml', '/news-sitemap.xml']) {
      await get(path)
      assert.equal((await get(path)).headers['x-cache'], 'HIT', path)
    }
    const september = await articles.createArticle(system, buildArticle({ title: 'Uit september', authors: [anna.id] }))
    await articles.publishArticle(system, september.id, { publishedAt: Date.UTC(2026, 8, 10) })
    const fresh = await articles.createArticle(system, buildArticle({ title: 'Net binnen', authors: [anna.id] }))
    await articles.publishArticle(system, fresh.id)
    await app.eventFeed.catchUp()
    assert.ok(locs((await get('/sitemap.xml')).body, 'sitemap').includes(`${site}/sitemap-articles-2026-09.xml`))
    assert.ok(locs((await get('/sitemap-articles-2026-11.xml')).body).includes(`${site}/${fresh.slug}/`))
    assert.equal(locs((await get('/news-sitemap.xml')).body)[0], `${site}/${fresh.slug}/`)
    assert.deepEqual(locs((await get('/sitemap-articles-2026-09.xml')).body), [`${site}/${september.slug}/`])

    await articles.unpublishArticle(system, fresh.id)
    await articles.archiveArticle(system, september.id)
    await app.eventFeed.catchUp()
    assert.ok(!(await get('/sitemap-articles-2026-11.xml')).body.includes(fresh.slug))
    assert.ok(!(await get('/news-sitemap.xml')).body.includes(fresh.slug))
    assert.ok(!locs((await get('/sitemap.xml')).body, 'sitemap').includes(`${site}/sitemap-articles-2026-09.xml`))
    assert.equal((await get('/sitemap-articles-2026-09.xml')).statusCode, 404)
  })
})
