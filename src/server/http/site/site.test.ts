import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { systemActor } from '../../modules/people/index.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, docOf, testClock, testConfig } from '../../../../test/helpers/factories.js'
import { parsePage, within } from '../../../../test/helpers/html.js'

const system = systemActor('test')
const hour = 3_600_000

describeEachDialect('public site', (suite) => {
  const clock = testClock()
  let app: FastifyInstance

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, now: clock.now, jobs: false })
    const { articles, people, settings } = app.services
    const author = await people.createUser({ email: 'lotte@example.nl', name: 'Lotte Visser', role: 'author', bio: 'Lotte schrijft over blockchain.' })
    const make = async (title: string, extra: Partial<Parameters<typeof articles.createArticle>[1]> = {}) => {
      const a = await articles.createArticle(system, { ...buildArticle({ title, authors: [author.id] }), ...extra })
      return articles.publishArticle(system, a.id)
    }
    clock.advance(-30 * hour)
    await make('Bitcoin breekt door de grens van een ton', { tags: ['Bitcoin'], featured: true })
    clock.advance(hour)
    await make('Ethereum-upgrade staat gepland voor maart', {
      tags: ['Ethereum', 'Blockchain'],
      featureImage: { src: '/media/demo/eth.webp', alt: 'Illustratie', caption: 'Het netwerk', credit: 'Beeld: redactie' },
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'De eerste alinea van het testartikel.' }] }, { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Wat verandert er' }] }, { type: 'embed', attrs: { provider: 'x', url: 'https://x.com/ethereum/status/1234567890', authorName: 'Ethereum', authorHandle: '@ethereum', text: 'De upgrade komt eraan.' } }] },
    })
    for (let i = 1; i <= 25; i += 1) {
      clock.advance(hour / 2)
      await make(`Blockchainbericht nummer ${i} over ketens`, { tags: ['Blockchain'] })
    }
    clock.advance(hour)
    await make('Exchange lanceert spaarproduct', { sponsored: true, sponsor: 'Voorbeeldbeurs', sponsorUrl: 'https://beurs.example/', tags: ['Bitcoin'], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lees meer', marks: [{ type: 'link', attrs: { href: 'https://beurs.example/sparen' } }] }] }] } })
    clock.advance(hour)
    await make('Beurs schrikt van storing bij handelsplatform', { breaking: true, tags: ['Bitcoin'] })
    await make('Adverteren', { type: 'page', authors: [], tags: [] })
    const withdrawn = await make('Teruggetrokken bericht')
    await articles.unpublishArticle(system, withdrawn.id)
    const moved = await make('Oude kop van een verhuisd artikel')
    await articles.updateArticle(system, moved.id, { slug: 'nieuwe-kop' })
    await settings.updateSettings({
      description: 'Nieuws over crypto en tech',
      navigation: ['bitcoin', 'ethereum', 'blockchain'],
      homeSections: ['blockchain'],
      appPromo: { title: 'Bekijk de app', text: 'Het nieuws op je telefoon.', appStoreId: '1234567890', playStoreId: 'nl.testkrant.app' },
    })
    clock.advance(hour)
    await app.eventFeed.catchUp()
  })
  after(() => app.close())

  /** Follows rel=next from `start` to the end; every story may show only once along the way. */
  async function followNext(start: string, maxPages = 50): Promise<{ seen: Set<string>; visited: string[] }> {
    const seen = new Set<string>()
    const visited: string[] = []
    let url: string | null = start
    while (url && visited.length < maxPages) {
      visited.push(url)
      const res: { statusCode: number; body: string } = await app.inject(url)
      assert.equal(res.statusCode, 200, url)
      const page = parsePage(res.body)
      for (const card of page.all('article', { class: 'card' })) {
        const href = within(card, 'a').find((a) => (a.parent as { name?: string } | null)?.name === 'h2')?.attribs.href
        assert.ok(href && !seen.has(href), `${href} shown once`)
        seen.add(href)
      }
      url = page.first('a', { rel: 'next' })?.attribs.href ?? null
    }
    return { seen, visited }
  }

  it('answers /healthz', async () => {
    const res = await app.inject('/healthz')
    assert.deepEqual(res.json(), { status: 'ok', database: 'ok' })
  })

  it('builds the home page: lead, top stories, latest, section block, app promo, navigation, search', async () => {
    const res = await app.inject('/')
    assert.equal(res.statusCode, 200)
    const page = parsePage(res.body)
    assert.equal(page.first('html')?.attribs.lang, 'nl')
    assert.equal(page.text('h2', {}).length > 0, true)
    assert.match(page.text('article', { class: 'lead' }), /Bitcoin breekt door de grens van een ton/, 'the newest featured article leads')
    assert.equal(page.all('article', { class: 'card' }).length >= 10, true)
    const side = page.first('aside', { class: 'front-side' })
    assert.ok(side)
    assert.match(page.text('section', { class: 'headlines', 'aria-label': 'Blockchain nieuws' }), /Blockchainbericht nummer 25/)
    assert.match(page.text('aside', { class: 'app-promo', 'aria-label': 'Bekijk de app' }), /Het nieuws op je telefoon/)
    assert.deepEqual(page.all('a').filter((a) => a.parent && (a.parent.parent as { attribs?: Record<string, string> } | null)?.attribs?.class === 'wrap').map((a) => a.attribs.href).slice(0, 3), ['/tag/bitcoin/', '/tag/ethereum/', '/tag/blockchain/'])
    const form = page.first('form', { role: 'search' })
    assert.equal(form?.attribs.action, '/zoeken/')
    assert.equal(page.first('input', { name: 'q' })?.attribs.type, 'search')
    assert.equal(page.first('a', { class: 'skip' })?.attribs.href, '#inhoud')
    assert.match(page.text('div', { class: 'breaking' }), /Breaking: Beurs schrikt van storing/)
    assert.equal(page.meta('apple-itunes-app'), 'app-id=1234567890')
    assert.match(page.meta('robots') ?? '', /max-image-preview:large/)
    const website = page.jsonLd().find((d) => d['@type'] === 'WebSite') as { potentialAction: { target: { urlTemplate: string } } }
    assert.equal(website.potentialAction.target.urlTemplate, 'https://nieuws.example.nl/zoeken/?q={search_term_string}')
    assert.doesNotMatch(res.body, /Teruggetrokken bericht/)
    const css = page.first('style')
    assert.ok(css && Buffer.byteLength((css.children[0] as { data?: string }).data ?? '') <= 15 * 1024, 'inline CSS ≤ 15 KB')
  })

  it('shows an article: tags above the headline, byline, times, picture, body, related news, structured data', async () => {
    const res = await app.inject('/ethereum-upgrade-staat-gepland-voor-maart/')
    assert.equal(res.statusCode, 200)
    assert.ok(Buffer.byteLength(res.body) <= 60 * 1024, 'article HTML ≤ 60 KB')
    const page = parsePage(res.body)
    assert.equal(page.text('title'), 'Ethereum-upgrade staat gepland voor maart - Testkrant')
    assert.deepEqual(page.all('a', { rel: 'tag' }).map((a) => a.attribs.href), ['/tag/ethereum/', '/tag/blockchain/'])
    const h1 = page.first('h1')
    const tags = page.first('ul', { class: 'tags' })
    assert.ok(h1 && tags && page.elements.indexOf(tags) < page.elements.indexOf(h1), 'tags above the headline')
    assert.equal(page.first('a', { rel: 'author' })?.attribs.href, '/auteur/lotte-visser/')
    assert.equal(page.first('img', { alt: 'Illustratie' })?.attribs.fetchpriority, 'high')
    assert.match(page.text('figcaption'), /Het netwerk Beeld: redactie/)
    assert.equal(page.first('link', { rel: 'canonical' })?.attribs.href, 'https://nieuws.example.nl/ethereum-upgrade-staat-gepland-voor-maart/')
    assert.equal(page.meta('og:type'), 'article')
    assert.equal(page.meta('og:image'), 'https://nieuws.example.nl/media/demo/eth.webp')
    assert.equal(page.meta('twitter:card'), 'summary_large_image')
    assert.match(page.meta('article:published_time') ?? '', /^2026-11-\d\dT\d\d:\d\d:\d\d\+01:00$/)
    // The X post is a card with a link; nothing is loaded from X.
    const embed = page.first('figure', { class: 'embed embed-x' })
    assert.ok(embed)
    assert.ok(!page.elements.some((el) => ['script', 'iframe'].includes(el.name) && /x\.com|twitter/.test(el.attribs.src ?? '')))
    // Related news, precomputed: a blockchain story lists other blockchain stories.
    const other = parsePage((await app.inject('/blockchainbericht-nummer-10-over-ketens/')).body)
    const related = other.first('section', { class: 'headlines', 'aria-label': 'Meer over Blockchain' })
    assert.ok(related, 'a related news block')
    const relatedLinks = within(related, 'a').map((a) => a.attribs.href)
    assert.equal(relatedLinks[0], '/tag/blockchain/')
    assert.ok(relatedLinks.length >= 4 && relatedLinks.slice(1).every((href) => /^\/blockchainbericht-nummer-\d+-over-ketens\/$/.test(href ?? '')))
    assert.ok(!relatedLinks.includes('/blockchainbericht-nummer-10-over-ketens/'))
    const [article, crumbs] = page.jsonLd() as [Record<string, unknown>, { itemListElement: { name: string }[] }]
    assert.equal(article['@type'], 'NewsArticle')
    assert.equal(article.headline, 'Ethereum-upgrade staat gepland voor maart')
    assert.deepEqual(article.image, ['https://nieuws.example.nl/media/demo/eth.webp'])
    assert.match(String(article.datePublished), /\+01:00$/)
    assert.match(String(article.dateModified), /\+01:00$/)
    assert.deepEqual(article.author, [{ '@type': 'Person', name: 'Lotte Visser', url: 'https://nieuws.example.nl/auteur/lotte-visser/' }])
    assert.deepEqual((article.publisher as Record<string, unknown>)['@type'], 'NewsMediaOrganization')
    assert.equal(((article.publisher as Record<string, Record<string, unknown>>).logo ?? {}).url, 'https://nieuws.example.nl/icon-512.png')
    assert.deepEqual(article.mainEntityOfPage, { '@type': 'WebPage', '@id': 'https://nieuws.example.nl/ethereum-upgrade-staat-gepland-voor-maart/' })
    assert.equal(article.isAccessibleForFree, true)
    assert.deepEqual(crumbs.itemListElement.map((c) => c.name), ['Home', 'Ethereum', 'Ethereum-upgrade staat gepland voor maart'])
  })

  it('labels a sponsored article, discloses the sponsor and marks its links sponsored', async () => {
    const page = parsePage((await app.inject('/exchange-lanceert-spaarproduct/')).body)
    assert.equal(page.text('p', { class: 'label-sponsored big' }), 'Gesponsord')
    assert.match(page.text('p', { class: 'sponsor-note' }), /gesponsord door Voorbeeldbeurs/)
    const links = page.all('a').filter((a) => a.attribs.href?.startsWith('https://beurs.example'))
    assert.ok(links.length >= 2)
    assert.ok(links.every((a) => /\bsponsored\b/.test(a.attribs.rel ?? '')))
  })

  it('lists a tag with numbered pages, then by cursor, and 404s past the end', async () => {
    const first = parsePage((await app.inject('/tag/blockchain/')).body)
    assert.equal(first.text('h1'), 'Blockchain')
    assert.equal(first.all('article', { class: 'card' }).length, 20)
    assert.deepEqual(first.all('a').filter((a) => a.attribs['aria-label']?.startsWith('Pagina')).map((a) => a.attribs.href), ['/tag/blockchain/?pagina=2'])
    const second = await app.inject('/tag/blockchain/?pagina=2')
    assert.equal(second.statusCode, 200)
    const cards = parsePage(second.body).all('article', { class: 'card' })
    assert.equal(cards.length, 6)
    assert.equal((await app.inject('/tag/blockchain/?pagina=3')).statusCode, 404)
    assert.equal((await app.inject('/tag/blockchain/?pagina=abc')).statusCode, 404)
    assert.equal((await app.inject('/tag/bestaat-niet/')).statusCode, 404)
  })

  it('goes deep by cursor: every archive page links the next by the last article it shows', async () => {
    const { seen, visited } = await followNext('/nieuws/')
    assert.equal(visited.length, 2)
    assert.ok(seen.size >= 29, `saw ${seen.size}`)
    const cursor = await app.inject('/nieuws/?voor=1000_ffffffffffffffffffffffff')
    assert.equal(cursor.statusCode, 404, 'nothing older than 1970')
    assert.equal((await app.inject('/nieuws/?voor=kapot')).statusCode, 404)
  })

  it('walks 230 articles of a tag: ten numbered pages, then cursors, each article once', async () => {
    const base = clock.now() - 100 * hour
    const inputs = Array.from({ length: 230 }, (_, i) => ({ ...buildArticle({ title: `Archiefstuk ${i}`, tags: ['Archief'] }), slug: `archiefstuk-${i}`, publishedAt: base + i * 60_000 }))
    await app.services.importer.importPublished(system, inputs)
    await app.eventFeed.catchUp()
    const { seen, visited } = await followNext('/tag/archief/')
    assert.equal(seen.size, 230)
    assert.equal(visited.length, 12)
    assert.deepEqual(visited.slice(1, 10), [2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `/tag/archief/?pagina=${n}`))
    assert.match(visited[10] ?? '', /^\/tag\/archief\/\?voor=\d+_[0-9a-f]{24}$/)
    assert.equal(parsePage((await app.inject(visited[11] ?? '')).body).first('a', { rel: 'prev' })?.attribs.href, '/tag/archief/')
  })

  it('shows an author page with the bio and their articles', async () => {
    const page = parsePage((await app.inject('/auteur/lotte-visser/')).body)
    assert.equal(page.text('h1'), 'Lotte Visser')
    assert.equal(page.text('p', { class: 'standfirst' }), 'Lotte schrijft over blockchain.')
    assert.equal((await app.inject('/auteur/niemand/')).statusCode, 404)
  })

  it('shows pages in the simple layout, without byline', async () => {
    const page = parsePage((await app.inject('/adverteren/')).body)
    assert.equal(page.first('article')?.attribs.class, 'story page')
    assert.equal(page.first('p', { class: 'meta byline' }), undefined)
  })

  it('moves /slug to /slug/ and a moved slug or renamed tag to its new URL with 301', async () => {
    const bare = await app.inject('/nieuwe-kop?utm_source=x')
    assert.equal(bare.statusCode, 301)
    assert.equal(bare.headers.location, '/nieuwe-kop/?utm_source=x')
    const moved = await app.inject('/oude-kop-van-een-verhuisd-artikel/')
    assert.equal(moved.statusCode, 301)
    assert.equal(moved.headers.location, '/nieuwe-kop/')
    const tag = await app.services.tags.getTagBySlug('ethereum')
    await app.services.tags.updateTag(tag.id, { slug: 'ether' })
    await app.eventFeed.catchUp()
    const renamed = await app.inject('/tag/ethereum/')
    assert.equal(renamed.statusCode, 301)
    assert.equal(renamed.headers.location, '/tag/ether/')
    assert.equal((await app.inject('/tag/ether')).headers.location, '/tag/ether/')
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

  it('speaks HTTP caching: ETag and 304, CDN headers, HEAD, gzip and br', async () => {
    const url = '/ethereum-upgrade-staat-gepland-voor-maart/'
    const first = await app.inject(url)
    const etag = first.headers.etag as string
    assert.match(etag, /^W\/"/)
    assert.match(first.headers['cache-control'] as string, /s-maxage=\d+.*stale-while-revalidate=\d+/)
    assert.match(first.headers['surrogate-key'] as string, /article:[0-9a-f]{24}/)
    assert.equal(first.headers.vary, 'Accept-Encoding')
    const again = await app.inject({ url, headers: { 'if-none-match': etag } })
    assert.equal(again.statusCode, 304)
    assert.equal(again.body, '')
    const head = await app.inject({ method: 'HEAD', url })
    assert.equal(head.statusCode, 200)
    assert.equal(head.body, '')
    const gzip = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
    assert.equal(gzip.headers['content-encoding'], 'gzip')
    assert.equal(gunzipSync(gzip.rawPayload).toString(), first.body)
    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } })
    assert.equal(br.headers['content-encoding'], 'br')
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), first.body)
    const tracking = await app.inject(`${url}?utm_source=nieuwsbrief`)
    assert.equal(tracking.headers['x-cache'], 'HIT', 'tracking parameters share the cached page')
  })

  it('serves a web app manifest and icons', async () => {
    const manifest = await app.inject('/manifest.webmanifest')
    const body = manifest.json() as { name: string; icons: { src: string }[]; related_applications: { platform: string }[] }
    assert.equal(body.name, 'Testkrant')
    assert.deepEqual(body.related_applications.map((r) => r.platform), ['play', 'itunes'])
    for (const icon of ['/icon-192.png', '/icon-512.png']) {
      const res = await app.inject(icon)
      assert.equal(res.statusCode, 200)
      assert.equal(res.headers['content-type'], 'image/png')
      assert.deepEqual([...res.rawPayload.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG')
    }
  })

  it('changes the home, tag and article pages at once when an article is published, edited or unpublished', async () => {
    const { articles } = app.services
    await app.inject('/')
    await app.inject('/tag/bitcoin/')
    const draft = await articles.createArticle(system, buildArticle({ title: 'Vers nieuws over bitcoin', tags: ['Bitcoin'], doc: docOf('Vers.') }))
    await articles.publishArticle(system, draft.id)
    await app.eventFeed.catchUp()
    assert.match((await app.inject('/')).body, /Vers nieuws over bitcoin/)
    assert.match((await app.inject('/tag/bitcoin/')).body, /Vers nieuws over bitcoin/)
    const current = await articles.getArticle(draft.id)
    await articles.updateArticle(system, draft.id, { title: 'Vers nieuws over bitcoin, bijgewerkt', revision: current.revision })
    await app.eventFeed.catchUp()
    assert.match((await app.inject('/vers-nieuws-over-bitcoin/')).body, /Vers nieuws over bitcoin, bijgewerkt/)
    assert.match((await app.inject('/tag/bitcoin/')).body, /bijgewerkt/)
    await articles.unpublishArticle(system, draft.id)
    await app.eventFeed.catchUp()
    assert.doesNotMatch((await app.inject('/')).body, /Vers nieuws over bitcoin/)
    assert.doesNotMatch((await app.inject('/tag/bitcoin/')).body, /Vers nieuws over bitcoin/)
    assert.equal((await app.inject('/vers-nieuws-over-bitcoin/')).statusCode, 410)
  })

  it('answers unknown API paths with the JSON error envelope', async () => {
    const res = await app.inject('/admin/api/nothing-here')
    assert.equal(res.statusCode, 404)
    assert.deepEqual(res.json(), { errors: [{ code: 'NOT_FOUND', message: 'Not found.' }] })
  })
})
