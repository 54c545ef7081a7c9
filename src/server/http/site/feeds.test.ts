import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import type { Article, ArticleInput } from '../../modules/articles/index.js'
import { systemActor, type Person } from '../../modules/people/index.js'
import { createSyndicationService } from '../../modules/syndication/index.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, testClock, testConfig } from '../../../../test/helpers/factories.js'
import { all, attr, child, childText, children, decodeHtml, parseXml, text } from '../../../../test/helpers/xml.js'

const system = systemActor('test')
const hour = 3_600_000
const site = 'https://nieuws.example.nl'
const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

interface JsonItem {
  id: string
  url: string
  title: string
  content_html: string
  summary: string
  image?: string
  date_published: string
  date_modified: string
  tags?: string[]
  authors: { name: string; url: string }[]
  author?: { name: string }
  _newsdesk?: { sponsored: boolean; sponsor: { name: string; url: string | null } }
}

interface JsonFeed {
  version: string
  title: string
  home_page_url: string
  feed_url: string
  description: string
  language: string
  authors: { name: string; url: string }[]
  items: JsonItem[]
}

describeEachDialect('feeds', (suite) => {
  const clock = testClock()
  const start = clock.now()
  let app: FastifyInstance
  let anna: Person
  let bram: Person
  let koers: Article
  let sponsored: Article
  let intern: Article
  const hidden: string[] = []

  const get = (url: string) => app.inject({ method: 'GET', url })
  const json = async (url: string) => JSON.parse((await get(url)).body) as JsonFeed
  const rssItems = async (url: string) => all(parseXml((await get(url)).body), 'item')
  const atomEntries = async (url: string) => all(parseXml((await get(url)).body), 'entry')
  const links = (items: ReturnType<typeof all>) => items.map((i) => childText(i, 'link'))

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, now: clock.now, jobs: false })
    const { articles, people } = app.services
    anna = await people.createUser({ email: 'anna@example.nl', name: 'Anna de Vries', role: 'author', bio: 'Anna volgt de markten.' })
    bram = await people.createUser({ email: 'bram@example.nl', name: 'Bram Bakker', role: 'author' })
    await people.createUser({ email: 'carla@example.nl', name: 'Carla Nooitgepubliceerd', role: 'author' })
    const make = async (input: ArticleInput, publishedAt?: number) => {
      const created = await articles.createArticle(system, { ...buildArticle(), ...input })
      return publishedAt === undefined ? created : articles.publishArticle(system, created.id, { publishedAt })
    }
    koers = await make(
      {
        title: 'Bitcoin & "koers" <stijgt> weer',
        standfirst: 'De koers stijgt voor de derde dag.',
        tags: ['Bitcoin'],
        authors: [anna.id],
        featureImage: { src: '/media/2026/11/koers.jpg', alt: 'Een koersgrafiek', caption: 'De grafiek', credit: 'Beeld: redactie' },
        doc: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Eerste alinea met ' }, { type: 'text', text: 'een link', marks: [{ type: 'link', attrs: { href: '/ander-artikel/' } }] }, { type: 'text', text: '.' }] },
            { type: 'image', attrs: { src: '/media/2026/11/binnen.webp', alt: 'Een foto in de tekst' } },
            { type: 'paragraph', content: [{ type: 'text', text: 'Slotalinea van het koersbericht.' }] },
          ],
        },
      },
      start - 3 * hour,
    )
    sponsored = await make(
      { title: 'Bank X lanceert een spaarproduct', tags: ['Ethereum', 'Bitcoin'], authors: [anna.id, bram.id], sponsored: true, sponsor: 'Bank X', sponsorUrl: 'https://bank.example/' },
      start - 2 * hour,
    )
    intern = await make({ title: 'Ethereum-update van Bram', tags: ['Ethereum', '#intern'], authors: [bram.id] }, start - hour)
    await make({ title: 'Over ons', type: 'page', tags: ['Bitcoin'], authors: [anna.id] }, start - 4 * hour)

    // Everything readers cannot see: draft, in review, scheduled, archived, unpublished, not yet out.
    hidden.push((await make({ title: 'Een concept', tags: ['Bitcoin'], authors: [anna.id] })).slug)
    const review = await make({ title: 'Ter beoordeling', tags: ['Bitcoin'], authors: [anna.id] })
    hidden.push((await articles.submitForReview(system, review.id)).slug)
    const scheduled = await make({ title: 'Straks gepland', tags: ['Bitcoin'], authors: [anna.id] })
    hidden.push((await articles.scheduleArticle(system, scheduled.id, start + hour)).slug)
    const archived = await make({ title: 'Teruggetrokken stuk', tags: ['Bitcoin'], authors: [anna.id] }, start - 5 * hour)
    hidden.push((await articles.archiveArticle(system, archived.id)).slug)
    const unpublished = await make({ title: 'Offline gehaald', tags: ['Bitcoin'], authors: [anna.id] }, start - 6 * hour)
    hidden.push((await articles.unpublishArticle(system, unpublished.id)).slug)
    hidden.push((await make({ title: 'Toekomstig bericht', tags: ['Bitcoin'], authors: [anna.id] }, start + 2 * hour)).slug)
    clock.advance(10 * 60 * 1000)
    await app.eventFeed.catchUp()
  })
  after(() => app.close())

  it('serves RSS 2.0 at /feed/ with full content, read back field by field', async () => {
    const res = await get('/feed/')
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8')
    assert.equal(res.headers['surrogate-key'], 'feed')
    const doc = parseXml(res.body)
    const rss = child(doc, 'rss')
    assert.equal(attr(rss, 'version'), '2.0')
    const channel = child(rss, 'channel')
    assert.equal(childText(channel, 'title'), 'Testkrant')
    assert.equal(childText(channel, 'link'), `${site}/`)
    assert.equal(childText(channel, 'language'), 'nl')
    assert.match(childText(channel, 'lastBuildDate'), rfc822)
    assert.equal(attr(child(channel, 'atom:link'), 'href'), `${site}/feed/`)
    assert.equal(attr(child(channel, 'atom:link'), 'rel'), 'self')

    const items = children(channel, 'item')
    assert.deepEqual(links(items), [`${site}/${intern.slug}/`, `${site}/${sponsored.slug}/`, `${site}/${koers.slug}/`])
    const item = items[2]!
    assert.equal(childText(item, 'title'), koers.title)
    assert.equal(childText(item, 'guid'), `urn:uuid:${koers.uuid}`)
    assert.equal(attr(child(item, 'guid'), 'isPermaLink'), 'false')
    assert.match(childText(item, 'pubDate'), rfc822)
    assert.equal(Date.parse(childText(item, 'pubDate')), start - 3 * hour)
    assert.equal(decodeHtml(childText(item, 'description')), koers.excerpt)
    const content = childText(item, 'content:encoded')
    assert.ok(content.includes('<p><strong>De koers stijgt voor de derde dag.</strong></p>'), 'the standfirst leads')
    assert.ok(content.includes(`<img src="${site}/media/2026/11/koers.jpg" alt="Een koersgrafiek">`), 'the feature image, absolute')
    assert.ok(content.includes('<figcaption>De grafiek Beeld: redactie</figcaption>'))
    assert.ok(content.includes(`<a href="${site}/ander-artikel/">een link</a>`), 'links in the body are absolute')
    assert.ok(content.includes(`src="${site}/media/2026/11/binnen.webp"`), 'images in the body are absolute')
    assert.ok(content.includes('Slotalinea van het koersbericht.'), 'the whole body')
    assert.deepEqual(children(item, 'category').map((c) => [text(c), attr(c, 'domain')]), [['Bitcoin', `${site}/tag/bitcoin/`]])
    assert.deepEqual(children(item, 'dc:creator').map(text), ['Anna de Vries'])
    const enclosure = child(item, 'enclosure')
    assert.deepEqual([attr(enclosure, 'url'), attr(enclosure, 'type'), attr(enclosure, 'length')], [`${site}/media/2026/11/koers.jpg`, 'image/jpeg', '0'])
    assert.deepEqual(children(items[1]!, 'dc:creator').map(text), ['Anna de Vries', 'Bram Bakker'])
  })

  it('serves Atom at /feed/atom/, read back field by field', async () => {
    const res = await get('/feed/atom/')
    assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8')
    const feed = child(parseXml(res.body), 'feed')
    assert.equal(attr(feed, 'xmlns'), 'http://www.w3.org/2005/Atom')
    assert.equal(childText(feed, 'id'), `${site}/`)
    assert.equal(childText(feed, 'title'), 'Testkrant')
    assert.match(childText(feed, 'updated'), rfc3339)
    assert.deepEqual(children(feed, 'link').map((l) => [attr(l, 'rel'), attr(l, 'href')]), [['alternate', `${site}/`], ['self', `${site}/feed/atom/`]])
    const entries = children(feed, 'entry')
    assert.equal(entries.length, 3)
    const entry = entries[2]!
    assert.equal(attr(child(entry, 'title'), 'type'), 'html')
    assert.equal(decodeHtml(childText(entry, 'title')), koers.title)
    assert.equal(childText(entry, 'id'), `urn:uuid:${koers.uuid}`)
    assert.equal(attr(child(entry, 'link'), 'href'), `${site}/${koers.slug}/`)
    assert.match(childText(entry, 'published'), rfc3339)
    assert.equal(Date.parse(childText(entry, 'published')), start - 3 * hour)
    assert.equal(Date.parse(childText(entry, 'updated')), koers.updatedAt)
    assert.equal(attr(child(entry, 'content'), 'type'), 'html')
    assert.ok(childText(entry, 'content').includes('Slotalinea van het koersbericht.'))
    assert.equal(decodeHtml(childText(entry, 'summary')), koers.excerpt)
    const author = child(entry, 'author')
    assert.deepEqual([childText(author, 'name'), childText(author, 'uri')], ['Anna de Vries', `${site}/auteur/${anna.slug}/`])
    assert.deepEqual(children(entry, 'category').map((c) => [attr(c, 'term'), attr(c, 'label'), attr(c, 'scheme')]), [['bitcoin', 'Bitcoin', `${site}/tag/`]])
  })

  it('serves JSON Feed 1.1 at /feed/json/, read back field by field', async () => {
    const res = await get('/feed/json/')
    assert.equal(res.headers['content-type'], 'application/feed+json; charset=utf-8')
    const feed = JSON.parse(res.body) as JsonFeed
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1')
    assert.equal(feed.title, 'Testkrant')
    assert.equal(feed.home_page_url, `${site}/`)
    assert.equal(feed.feed_url, `${site}/feed/json/`)
    assert.equal(feed.language, 'nl')
    assert.deepEqual(feed.authors, [{ name: 'Testkrant', url: `${site}/` }])
    assert.deepEqual(feed.items.map((i) => i.url), [`${site}/${intern.slug}/`, `${site}/${sponsored.slug}/`, `${site}/${koers.slug}/`])
    const item = feed.items[2]!
    assert.equal(item.id, `urn:uuid:${koers.uuid}`)
    assert.equal(item.title, koers.title)
    assert.equal(item.summary, koers.excerpt)
    assert.ok(item.content_html.includes(`<a href="${site}/ander-artikel/">een link</a>`))
    assert.equal(item.image, `${site}/media/2026/11/koers.jpg`)
    assert.match(item.date_published, rfc3339)
    assert.equal(Date.parse(item.date_published), start - 3 * hour)
    assert.equal(Date.parse(item.date_modified), koers.updatedAt)
    assert.deepEqual(item.tags, ['Bitcoin'])
    assert.deepEqual(item.authors, [{ name: 'Anna de Vries', url: `${site}/auteur/${anna.slug}/` }])
    assert.deepEqual(feed.items[1]!.authors.map((a) => a.name), ['Anna de Vries', 'Bram Bakker'], 'every author, not only the first')
    assert.equal(item._newsdesk, undefined)
  })

  it('marks sponsored articles in every format', async () => {
    const disclosure = '<p><strong><a href="https://bank.example/" rel="sponsored noopener">Dit artikel is gesponsord door Bank X.</a></strong></p>'
    const rss = (await rssItems('/feed/'))[1]!
    assert.deepEqual(children(rss, 'category').map(text), ['Ethereum', 'Bitcoin', 'Gesponsord'])
    assert.ok(childText(rss, 'content:encoded').startsWith(disclosure))
    const atom = (await atomEntries('/feed/atom/'))[1]!
    assert.deepEqual(children(atom, 'category').map((c) => attr(c, 'term')), ['ethereum', 'bitcoin', 'sponsored'])
    assert.ok(childText(atom, 'content').startsWith(disclosure))
    const item = (await json('/feed/json/')).items[1]!
    assert.deepEqual(item.tags, ['Ethereum', 'Bitcoin', 'Gesponsord'])
    assert.ok(item.content_html.startsWith(disclosure))
    assert.deepEqual(item._newsdesk, { sponsored: true, sponsor: { name: 'Bank X', url: 'https://bank.example/' } })
  })

  it('leaves out drafts, reviews, scheduled, archived, unpublished and future articles, pages and internal tags', async () => {
    for (const url of ['/feed/', '/feed/atom/', '/feed/json/', '/tag/bitcoin/feed/', '/auteur/anna-de-vries/feed/json/']) {
      const body = (await get(url)).body
      for (const slug of [...hidden, 'over-ons']) assert.ok(!body.includes(`/${slug}/`), `${slug} is not in ${url}`)
    }
    assert.deepEqual((await json('/feed/json/')).items[0]!.tags, ['Ethereum'], 'internal tags stay internal')
  })

  it('serves every format per tag and per author, with only their articles', async () => {
    const tag = await json('/tag/ethereum/feed/json/')
    assert.equal(tag.title, 'Ethereum – Testkrant')
    assert.equal(tag.home_page_url, `${site}/tag/ethereum/`)
    assert.equal(tag.feed_url, `${site}/tag/ethereum/feed/json/`)
    assert.deepEqual(tag.items.map((i) => i.title), [intern.title, sponsored.title])
    assert.deepEqual(links(await rssItems('/tag/bitcoin/feed/')), [`${site}/${sponsored.slug}/`, `${site}/${koers.slug}/`])
    assert.equal((await atomEntries('/tag/bitcoin/feed/atom/')).length, 2)

    const byBram = await get('/auteur/bram-bakker/feed/')
    assert.equal(byBram.headers['surrogate-key'], 'feed author:bram-bakker')
    const channel = child(child(parseXml(byBram.body), 'rss'), 'channel')
    assert.equal(childText(channel, 'title'), 'Bram Bakker – Testkrant')
    assert.equal(attr(child(channel, 'atom:link'), 'href'), `${site}/auteur/bram-bakker/feed/`)
    assert.deepEqual(links(children(channel, 'item')), [`${site}/${intern.slug}/`, `${site}/${sponsored.slug}/`])
    const anna = await json('/auteur/anna-de-vries/feed/json/')
    assert.equal(anna.description, 'Anna volgt de markten.')
    assert.deepEqual(anna.items.map((i) => i.title), [sponsored.title, koers.title])
    assert.equal((await get('/tag/bitcoin/feed/atom/')).headers['surrogate-key'], 'feed tag:bitcoin')
  })

  it('holds the newest articles only, feedLength of them (50 by default)', async () => {
    const ctx = { db: suite.database.db, dialect: suite.database.dialect, now: clock.now, locale: 'nl' as const }
    const short = createSyndicationService(ctx, { feedLength: 2 })
    assert.deepEqual((await short.latest()).map((e) => e.slug), [intern.slug, sponsored.slug])
    assert.deepEqual((await short.tagFeed('bitcoin'))?.entries.map((e) => e.slug), [sponsored.slug, koers.slug])
  })

  it('answers 404 for unknown tags and authors, internal tags and authors without published work', async () => {
    for (const url of ['/tag/bestaat-niet/feed/', '/tag/intern/feed/json/', '/auteur/niemand/feed/atom/', '/auteur/carla-nooitgepubliceerd/feed/', '/tag/Bitcoin!/feed/']) {
      assert.equal((await get(url)).statusCode, 404, url)
    }
  })

  it('moves addresses without the trailing slash and WordPress /feed/rss2/ to the canonical feed', async () => {
    const moves: [string, string][] = [
      ['/feed', '/feed/'],
      ['/feed/atom', '/feed/atom/'],
      ['/feed/json?x=1', '/feed/json/?x=1'],
      ['/tag/bitcoin/feed', '/tag/bitcoin/feed/'],
      ['/auteur/bram-bakker/feed/atom', '/auteur/bram-bakker/feed/atom/'],
      ['/feed/rss2/', '/feed/'],
      ['/tag/bitcoin/feed/rss2/', '/tag/bitcoin/feed/'],
    ]
    for (const [from, to] of moves) {
      const res = await get(from)
      assert.equal(res.statusCode, 301, from)
      assert.equal(res.headers.location, to)
    }
  })

  it('keeps XML well-formed whatever the title holds', async () => {
    const { articles } = app.services
    const odd = await articles.createArticle(system, buildArticle({ title: 'Vreemd: ]]> en ]]> & <b>vet</b> \u0007 klaar', authors: [bram.id] }))
    await articles.publishArticle(system, odd.id, { publishedAt: start - 30 * 60 * 1000 })
    await app.eventFeed.catchUp()
    const rssTitle = childText((await rssItems('/feed/'))[0]!, 'title')
    assert.equal(rssTitle, 'Vreemd: ]] > en ]] > & <b>vet</b>  klaar')
    assert.equal(decodeHtml(childText((await atomEntries('/feed/atom/'))[0]!, 'title')), 'Vreemd: ]]> en ]]> & <b>vet</b>  klaar')
    assert.equal((await json('/feed/json/')).items[0]!.title, odd.title)
    await articles.archiveArticle(system, odd.id)
    await app.eventFeed.catchUp()
  })

  it('changes a feed at once when an article is published, edited or unpublished', async () => {
    const { articles } = app.services
    for (const url of ['/feed/', '/tag/bitcoin/feed/json/']) {
      await get(url)
      assert.equal((await get(url)).headers['x-cache'], 'HIT', `${url} is cached`)
    }
    const fresh = await articles.createArticle(system, buildArticle({ title: 'Vers van de pers', tags: ['Bitcoin'], authors: [anna.id] }))
    await articles.publishArticle(system, fresh.id)
    await app.eventFeed.catchUp()
    assert.equal(childText((await rssItems('/feed/'))[0]!, 'title'), 'Vers van de pers')
    assert.equal((await json('/tag/bitcoin/feed/json/')).items[0]!.title, 'Vers van de pers')

    const edited = await articles.updateArticle(system, fresh.id, { title: 'Vers en bijgewerkt', revision: (await articles.getArticle(fresh.id)).revision })
    await app.eventFeed.catchUp()
    const item = (await json('/feed/json/')).items[0]!
    assert.equal(item.title, 'Vers en bijgewerkt')
    assert.equal(Date.parse(item.date_modified), edited.updatedAt)

    await articles.unpublishArticle(system, fresh.id)
    await app.eventFeed.catchUp()
    assert.ok(!(await get('/feed/')).body.includes(fresh.slug))
    assert.ok(!(await get('/tag/bitcoin/feed/json/')).body.includes(fresh.slug))
  })
})
