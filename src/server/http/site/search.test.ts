import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { systemActor } from '../../modules/people/index.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, docOf, testClock, testConfig } from '../../../../test/helpers/factories.js'
import { parsePage, textOf, within } from '../../../../test/helpers/html.js'
import { createStaff, call } from '../../../../test/helpers/admin.js'

const system = systemActor('test')
const hour = 3_600_000

interface ApiAnswer {
  query: string
  total: number
  capped: boolean
  page: number
  pages: number
  results: { id: string; url: string; title: string; titleHtml: string; snippetHtml: string; publishedAt: string; primaryTag: { name: string; slug: string } | null; authors: { name: string; slug: string }[] }[]
}

describeEachDialect('search over HTTP', (suite) => {
  const clock = testClock()
  let app: FastifyInstance
  let draftId = ''

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, now: clock.now, jobs: false })
    const { articles, people } = app.services
    const author = await people.createUser({ email: 'joris@example.nl', name: 'Joris Bakker', role: 'author' })
    const make = async (title: string, text: string, tags: string[] = ['Bitcoin']) => {
      clock.advance(hour)
      const a = await articles.createArticle(system, buildArticle({ title, doc: docOf(text), tags, authors: [author.id] }))
      return articles.publishArticle(system, a.id)
    }
    await make('Halvering van bitcoin nadert', 'Miners bereiden zich voor op de halvering van de beloning.')
    await make('Miners verkopen hun bitcoin', 'Na de halvering verkopen miners een deel van hun munten.')
    for (let i = 1; i <= 12; i += 1) await make(`Stablecoinbericht ${i}`, `Toezichthouders kijken naar stablecoins, deel ${i}.`, ['Regulering'])
    const draft = await articles.createArticle(system, buildArticle({ title: 'Nog geheime halvering-analyse', tags: [] }))
    draftId = draft.id
    const gone = await make('Ingetrokken halvering-verhaal', 'Dit verhaal over de halvering is ingetrokken.')
    await articles.unpublishArticle(system, gone.id)
  })
  after(() => app.close())

  it('shows /zoeken/ with highlighted results, noindex, the query in both search boxes and no cache entry', async () => {
    const response = await app.inject({ url: '/zoeken/?q=halvering' })
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['x-robots-tag'], 'noindex')
    assert.match(String(response.headers['cache-control']), /max-age=60/)
    assert.equal(response.headers['x-cache'], undefined, 'search pages do not go through the page cache')
    const page = parsePage(response.body)
    assert.equal(page.meta('robots'), 'noindex, nofollow')
    assert.equal(page.text('h1'), 'Zoekresultaten voor “halvering”')
    const results = page.all('ol', { class: 'list results' })[0]
    assert.ok(results)
    const titles = within(results, 'h2').map((h) => textOf(h).trim())
    assert.deepEqual(titles, ['Halvering van bitcoin nadert', 'Miners verkopen hun bitcoin'], 'the title match first, though older')
    assert.ok(within(results, 'mark').some((m) => textOf(m) === 'Halvering'))
    assert.equal(page.first('input', { id: 'zoekveld' })?.attribs.value, 'halvering')
    assert.equal(page.first('input', { id: 'q' })?.attribs.value, 'halvering')
    assert.ok(page.first('link', { rel: 'search', type: 'application/opensearchdescription+xml' }))
    assert.doesNotMatch(response.body, /geheime|Ingetrokken/)
  })

  it('pages through /zoeken/ results and helps when nothing is found', async () => {
    const first = parsePage((await app.inject({ url: '/zoeken/?q=stablecoins' })).body)
    assert.equal(first.text('p', { class: 'meta', role: 'status' }), '12 resultaten')
    const next = first.first('a', { rel: 'next' })?.attribs.href
    assert.equal(next, '/zoeken/?q=stablecoins&pagina=2')
    const second = parsePage((await app.inject({ url: next ?? '' })).body)
    assert.equal(within(second.all('ol', { class: 'list results' })[0]!, 'article').length, 2)
    assert.equal(second.first('a', { rel: 'next' }), undefined)

    const none = await app.inject({ url: '/zoeken/?q=tulpenbollen' })
    assert.equal(none.statusCode, 200)
    const help = parsePage(none.body)
    assert.match(help.text('section', { class: 'search-help', role: 'status' }), /Geen artikelen gevonden voor “tulpenbollen”.*aanhalingstekens/s)
    const empty = parsePage((await app.inject({ url: '/zoeken/' })).body)
    assert.equal(empty.text('h1'), 'Zoeken')
    assert.match(empty.text('main'), /Zoek in al ons nieuws/)
  })

  it('answers bad input on /zoeken/ with a page, never an error', async () => {
    const nasty = ["' OR 1=1 --", '"><script>alert(1)</script>', 'NEAR(a b) AND "', '%F0%9F%9A%80', '%ED%A0%80', 'a'.repeat(10_000), '*', '\\']
    for (const q of nasty) {
      const response = await app.inject({ url: `/zoeken/?q=${q.startsWith('%') ? q : encodeURIComponent(q)}&pagina=abc` })
      assert.equal(response.statusCode, 200, q.slice(0, 30))
      assert.doesNotMatch(response.body, /<script>alert/)
    }
    const repeated = await app.inject({ url: '/zoeken/?q=halvering&q=miners&pagina=999' })
    assert.equal(repeated.statusCode, 200)
  })

  it('serves cacheable JSON at /api/search with only published articles', async () => {
    const response = await app.inject({ url: '/api/search?q=halvering' })
    assert.equal(response.statusCode, 200)
    assert.match(String(response.headers['content-type']), /application\/json/)
    assert.match(String(response.headers['cache-control']), /^public, max-age=60/)
    const body = response.json() as ApiAnswer
    assert.equal(body.total, 2)
    assert.equal(body.results.length, 2)
    assert.ok(body.results.every((r) => r.url.startsWith('https://nieuws.example.nl/') && r.authors[0]?.name === 'Joris Bakker'))
    assert.ok(body.results.some((r) => r.titleHtml === '<mark>Halvering</mark> van bitcoin nadert'))
    assert.ok(!body.results.some((r) => r.id === draftId))

    const paged = (await app.inject({ url: '/api/search?q=stablecoins&page=2&limit=5' })).json() as ApiAnswer
    assert.deepEqual([paged.page, paged.pages, paged.results.length, paged.total], [2, 3, 5, 12])
    const prefix = (await app.inject({ url: '/api/search?q=stableco' })).json() as ApiAnswer
    assert.equal(prefix.total, 12)
    const author = (await app.inject({ url: '/api/search?q=joris%20bakker' })).json() as ApiAnswer
    assert.equal(author.total, 14)
    const tag = (await app.inject({ url: '/api/search?q=regulering' })).json() as ApiAnswer
    assert.equal(tag.total, 12)
  })

  it('answers odd queries with JSON and bad paging with a 400', async () => {
    for (const q of ['', "' OR 1=1 --", '"', 'x'.repeat(5000), '🚀', '%ED%A0%80']) {
      const response = await app.inject({ url: `/api/search?q=${q.startsWith('%') ? q : encodeURIComponent(q)}` })
      assert.equal(response.statusCode, 200)
      const body = response.json() as ApiAnswer
      assert.ok(body.query.length <= 200)
      assert.equal(body.results.length, 0)
    }
    for (const bad of ['page=0', 'page=abc', 'page=101', 'limit=500', 'nope=1']) {
      const response = await app.inject({ url: `/api/search?q=bitcoin&${bad}` })
      assert.equal(response.statusCode, 400, bad)
      assert.equal((response.json() as { errors: { code: string }[] }).errors[0]?.code, 'INVALID_INPUT')
    }
  })

  it('describes itself to browsers with OpenSearch', async () => {
    const response = await app.inject({ url: '/opensearch.xml' })
    assert.equal(response.statusCode, 200)
    assert.match(String(response.headers['content-type']), /application\/opensearchdescription\+xml/)
    assert.match(response.body, /template="https:\/\/nieuws\.example\.nl\/zoeken\/\?q=\{searchTerms\}"/)
    assert.match(response.body, /<ShortName>Testkrant<\/ShortName>/)
  })

  it('lets the desk search drafts with q on /admin/api/articles, within its policy', async () => {
    const editor = await createStaff(app, 'editor')
    const found = (await call(app, 'GET', '/articles?q=halvering', { token: editor.token })).json() as { articles: { id: string; status: string }[] }
    assert.deepEqual(new Set(found.articles.map((a) => a.status)), new Set(['published', 'draft']))
    assert.ok(found.articles.some((a) => a.id === draftId))
    const contributor = await createStaff(app, 'contributor')
    const own = (await call(app, 'GET', '/articles?q=halvering', { token: contributor.token })).json() as { articles: unknown[] }
    assert.equal(own.articles.length, 0, 'contributors see only their own work')
    assert.equal((await call(app, 'GET', `/articles?q=${'x'.repeat(201)}`, { token: editor.token })).statusCode, 400)
  })
})
