import { before, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describeEachDialect } from '../../../test/helpers/db.js'
import { servicesFor, testConfig } from '../../../test/helpers/factories.js'
import type { Services } from '../services.js'
import { isEmptyNewsroom, seedDemo } from './demo.js'

const day = 24 * 3_600_000

describeEachDialect('demo newsroom', (suite) => {
  const config = testConfig()
  const seedTime = Date.now()
  let services: Services

  before(async () => {
    services = servicesFor(suite.database)
    assert.ok(await isEmptyNewsroom(services))
    await seedDemo({ config, database: suite.database, services }, seedTime)
  })

  it('publishes at least 60 articles over the last 30 days and the three pages', async () => {
    const articles = await services.articles.listPublished({ limit: 500 })
    assert.ok(articles.length >= 60, `${articles.length} articles`)
    assert.ok(articles.every((a) => a.publishedAt !== null && a.publishedAt >= seedTime - 30 * day && a.publishedAt <= seedTime))
    const pages = await services.articles.listPublished({ type: 'page', limit: 10 })
    assert.deepEqual(pages.map((p) => p.slug).sort(), ['adverteren', 'over-ons', 'privacy'])
    assert.equal(await isEmptyNewsroom(services), false)
  })

  it('covers at least 8 tags and 5 authors with bios', async () => {
    const articles = await services.articles.listPublished({ limit: 500 })
    const tags = new Set(articles.flatMap((a) => a.tags.map((t) => t.slug)))
    for (const slug of ['bitcoin', 'ethereum', 'blockchain', 'altcoins', 'ai', 'tech', 'regulering', 'economie']) assert.ok(tags.has(slug), slug)
    const authors = new Map(articles.flatMap((a) => a.authors.map((p) => [p.id, p] as const)))
    assert.ok(authors.size >= 5)
    assert.ok([...authors.values()].every((a) => (a.bio ?? '').length > 40))
  })

  it('has featured, sponsored and breaking stories, sub-headings, quotes and a post on X', async () => {
    const articles = await services.articles.listPublished({ limit: 500 })
    assert.ok(articles.filter((a) => a.featured).length >= 3)
    const sponsored = articles.filter((a) => a.sponsored)
    assert.equal(sponsored.length, 1)
    assert.ok(sponsored[0]?.sponsor?.name)
    const breaking = articles.filter((a) => a.breaking)
    assert.equal(breaking.length, 1)
    assert.ok((breaking[0]?.publishedAt ?? 0) > seedTime - 6 * 3_600_000, 'the breaking story is fresh')
    const bodies = await Promise.all(articles.map((a) => services.articles.getArticle(a.id)))
    assert.ok(bodies.filter((a) => a.html.includes('<h2')).length >= 40)
    assert.ok(bodies.filter((a) => a.html.includes('<blockquote><p>')).length >= 10)
    assert.ok(bodies.some((a) => a.doc.content.some((b) => b.type === 'embed' && b.attrs.provider === 'x')))
  })

  it('draws every feature image locally', async () => {
    const articles = await services.articles.listPublished({ limit: 500 })
    for (const article of articles) {
      const src = article.featureImage?.src ?? ''
      assert.match(src, /^\/media\/demo\/[a-z0-9-]+\.webp$/)
      const file = join(config.mediaDir, src.slice('/media/'.length))
      assert.ok(existsSync(file) && statSync(file).size > 1000, file)
      assert.ok(article.featureImage?.alt)
    }
  })

  it('configures navigation, home sections and the app promo', async () => {
    const settings = await services.settings.getSettings()
    assert.ok(settings.navigation.includes('bitcoin'))
    assert.ok(settings.homeSections.includes('blockchain'))
    assert.equal(settings.appPromo.title, 'Bekijk de app')
  })
})

describeEachDialect('demo newsroom: ads', (suite) => {
  const config = testConfig()
  const seedTime = Date.now()
  let services: Services

  before(async () => {
    services = servicesFor(suite.database)
    await seedDemo({ config, database: suite.database, services }, seedTime)
    await services.ads.refresh()
  })

  it('ships a crypto-exchange sponsorship with the MiCA statement and house ads, all live', async () => {
    const campaigns = await services.ads.listCampaigns()
    assert.deepEqual(campaigns.map((c) => c.kind).sort(), ['house', 'sponsorship'])
    const creatives = await services.ads.listCreatives()
    assert.ok(creatives.every((c) => c.status === 'active' && c.imageUrl?.startsWith('/media/') && c.alt.length > 10))
    const sponsorship = campaigns.find((c) => c.kind === 'sponsorship')
    const sponsored = creatives.filter((c) => c.campaignId === sponsorship?.id)
    assert.deepEqual(sponsored.map((c) => `${c.width}x${c.height}`).sort(), ['300x250', '320x100', '728x90', '970x250'])
    assert.ok(sponsored.every((c) => /niet beoordeeld of goedgekeurd door een bevoegde autoriteit/.test(c.disclaimer ?? '')))
    const live = services.ads.live()
    assert.equal(live.creatives.size, creatives.length)
  })

  it('fills the leaderboard with the sponsor, and keeps it away from its competitor’s sponsored article', async () => {
    const slot = (await services.ads.listSlots()).find((s) => s.key === 'leaderboard')
    assert.ok(slot)
    const sponsorship = (await services.ads.listCampaigns()).find((c) => c.kind === 'sponsorship')
    const creatives = await services.ads.listCreatives({ campaignId: sponsorship?.id })
    const choice = services.ads.chooseForSlot(slot.id, { type: 'article', tags: ['bitcoin'], sponsor: null }, false)
    assert.equal(choice.desktop?.campaignId, sponsorship?.id)
    assert.ok(creatives.some((c) => c.id === choice.mobile?.id))
    const [article] = (await services.articles.listPublished({ limit: 500 })).filter((a) => a.sponsored)
    const beside = services.ads.chooseForSlot(slot.id, { type: 'article', tags: [], sponsor: article?.sponsor?.name ?? null }, false)
    assert.notEqual(beside.desktop?.campaignId, sponsorship?.id)
    assert.notEqual(beside.desktop, null, 'a house ad fills in')
  })
})
