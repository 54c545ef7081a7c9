import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { systemActor } from '../../modules/people/index.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, testClock, testConfig } from '../../../../test/helpers/factories.js'

const system = systemActor('test')
const hour = 3_600_000

describeEachDialect('public site (plain pages)', (suite) => {
  const clock = testClock()
  let app: FastifyInstance

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, now: clock.now })
    const { articles, people } = app.services
    const author = await people.createUser({ email: 'lotte@example.nl', name: 'Lotte Visser', role: 'author' })
    const make = async (title: string, extra: Parameters<typeof articles.createArticle>[1] = { title }) => {
      const a = await articles.createArticle(system, { ...buildArticle({ title, authors: [author.id] }), ...extra })
      return articles.publishArticle(system, a.id)
    }
    clock.advance(-3 * hour)
    await make('Bitcoin breekt door de grens van een ton')
    clock.advance(hour)
    await make('Ethereum-upgrade staat gepland voor maart', {
      title: 'Ethereum-upgrade staat gepland voor maart',
      tags: ['Ethereum', 'Blockchain'],
      featureImage: { src: '/media/demo/eth.webp', alt: 'Illustratie', caption: 'Het netwerk', credit: 'Beeld: redactie' },
    })
    clock.advance(hour)
    await make('Beurs schrikt van storing bij handelsplatform', { title: 'Beurs schrikt van storing bij handelsplatform', breaking: true })
    await make('Adverteren', { title: 'Adverteren', type: 'page', authors: [] })
    const withdrawn = await make('Teruggetrokken bericht')
    await articles.unpublishArticle(system, withdrawn.id)
    const moved = await make('Oude kop van een verhuisd artikel')
    await articles.updateArticle(system, moved.id, { slug: 'nieuwe-kop' })
    clock.advance(hour)
  })

  after(() => app.close())

  it('answers /healthz', async () => {
    const res = await app.inject('/healthz')
    assert.equal(res.statusCode, 200)
    assert.deepEqual(res.json(), { status: 'ok', database: 'ok' })
  })

  it('lists the latest articles on the home page, in Dutch', async () => {
    const res = await app.inject('/')
    assert.equal(res.statusCode, 200)
    assert.match(res.headers['content-type'] as string, /text\/html/)
    const html = res.body
    assert.match(html, /^<!doctype html><html lang="nl">/)
    assert.match(html, /<h1>Laatste nieuws<\/h1>/)
    const order = ['Beurs schrikt van storing', 'Ethereum-upgrade staat gepland', 'Bitcoin breekt door'].map((t) => html.indexOf(t))
    assert.ok(order.every((i) => i > 0) && order[0]! < order[1]! && order[1]! < order[2]!, 'newest first')
    assert.doesNotMatch(html, /Teruggetrokken bericht/)
    assert.match(html, /<a href="\/adverteren\/">Adverteren<\/a>/, 'footer lists the pages')
    assert.match(html, /Breaking:<\/strong> <a href="\/beurs-schrikt-van-storing-bij-handelsplatform\/">/)
  })

  it('shows an article with tags, byline, times and the body', async () => {
    const res = await app.inject('/ethereum-upgrade-staat-gepland-voor-maart/')
    assert.equal(res.statusCode, 200)
    const html = res.body
    assert.match(html, /<title>Ethereum-upgrade staat gepland voor maart - Testkrant<\/title>/)
    assert.match(html, /<ul class="tags"><li><a href="\/tag\/ethereum\/">Ethereum<\/a><\/li><li><a href="\/tag\/blockchain\/">Blockchain<\/a><\/li><\/ul>/)
    assert.match(html, /Door <span><a href="\/auteur\/lotte-visser\/">Lotte Visser<\/a><\/span>/)
    assert.match(html, /<link rel="canonical" href="https:\/\/nieuws.example.nl\/ethereum-upgrade-staat-gepland-voor-maart\/"/)
    assert.match(html, /<img src="\/media\/demo\/eth.webp" alt="Illustratie"/)
    assert.match(html, /Het netwerk <span class="credit">Beeld: redactie<\/span>/)
    assert.match(html, /<p>De eerste alinea van het testartikel\.<\/p>/)
    assert.match(html, /november 2026/)
  })

  it('moves /slug to /slug/ and a moved slug to its new URL with 301', async () => {
    const bare = await app.inject('/nieuwe-kop?utm_source=x')
    assert.equal(bare.statusCode, 301)
    assert.equal(bare.headers.location, '/nieuwe-kop/?utm_source=x')
    const moved = await app.inject('/oude-kop-van-een-verhuisd-artikel/')
    assert.equal(moved.statusCode, 301)
    assert.equal(moved.headers.location, '/nieuwe-kop/')
  })

  it('answers 410 for an unpublished article and 404 for nothing, in the site design', async () => {
    const gone = await app.inject('/teruggetrokken-bericht/')
    assert.equal(gone.statusCode, 410)
    assert.match(gone.body, /Dit artikel is niet meer beschikbaar/)
    assert.match(gone.body, /class="site-header"/)
    const missing = await app.inject('/bestaat-niet/')
    assert.equal(missing.statusCode, 404)
    assert.match(missing.body, /Pagina niet gevonden/)
    const junk = await app.inject('/%3Cscript%3E/')
    assert.equal(junk.statusCode, 404)
    assert.doesNotMatch(junk.body, /<script>/)
  })

  it('answers unknown API paths with the JSON error envelope', async () => {
    const res = await app.inject('/admin/api/nothing-here')
    assert.equal(res.statusCode, 404)
    assert.deepEqual(res.json(), { errors: [{ code: 'NOT_FOUND', message: 'Not found.' }] })
  })
})
