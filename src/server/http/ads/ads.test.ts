/**
 * Ads on the public site: slots filled per response inside cached pages, labels and rel=sponsored,
 * the sandboxed HTML creative, exclusions beside a sponsored article, and counting through
 * /a/i, /a/v and the signed click redirect.
 */
import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { brotliDecompressSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { systemActor } from '../../modules/people/index.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { createStaff } from '../../../../test/helpers/admin.js'
import { createAdFixtures, type AdFixtures } from '../../../../test/helpers/ads.js'
import { buildArticle, docOf, testClock, testConfig } from '../../../../test/helpers/factories.js'
import { parsePage, textOf, within } from '../../../../test/helpers/html.js'
import { createAdLinks } from './links.js'

const system = systemActor('test')
const day = 86_400_000
const browser = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

describeEachDialect('ads on the public site', (suite) => {
  const clock = testClock()
  const config = testConfig()
  let app: FastifyInstance
  let ads: AdFixtures
  const paths = { bitcoin: '', sponsored: '', ethereum: '' }

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers: { 'user-agent': browser, ...headers } })
  const beacon = (path: '/a/i' | '/a/v', tokens: string[], headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: path, headers: { 'content-type': 'text/plain', 'user-agent': browser, origin: 'https://nieuws.example.nl', ...headers }, payload: tokens.join('\n') })
  const tokensOn = (html: string) => parsePage(html).all('div').flatMap((el) => (el.attribs['data-ad-t'] ? [el.attribs['data-ad-t']] : []))

  before(async () => {
    app = await buildApp(config, { database: suite.database, now: clock.now, jobs: false })
    const editor = await createStaff(app, 'editor')
    const publish = async (input: Parameters<typeof buildArticle>[0]) => {
      const created = await app.services.articles.createArticle(system, buildArticle(input))
      return `/${(await app.services.articles.publishArticle(system, created.id)).slug}/`
    }
    const five = docOf('Eerste alinea over de koers.', 'Tweede alinea met de achtergrond.', 'Derde alinea met een analist.', 'Vierde alinea over de markt.', 'Vijfde alinea als slot.')
    paths.bitcoin = await publish({ title: 'Bitcoin stijgt na een rustige week', tags: ['Bitcoin'], doc: five })
    paths.sponsored = await publish({ title: 'Bitvalk legt uit hoe staking werkt', tags: ['Bitcoin'], sponsored: true, sponsor: 'Bitvalk', sponsorUrl: 'https://bitvalk.example/', doc: five })
    paths.ethereum = await publish({ title: 'Ethereum-ontwikkelaars plannen een upgrade', tags: ['Ethereum'], doc: five })
    ads = await createAdFixtures(app, editor.token, clock.now() - day)
    await app.services.ads.refresh()
  })
  after(() => app.close())

  it('fills the leaderboard per response, also when the page comes from the cache', async () => {
    const first = await get(paths.bitcoin)
    const second = await get(paths.bitcoin)
    assert.deepEqual([first.headers['x-cache'], second.headers['x-cache']], ['MISS', 'HIT'])
    for (const response of [first, second]) {
      const page = parsePage(response.body)
      const slot = page.first('aside', { 'data-ad-slot': 'leaderboard' })
      assert.ok(slot, 'the leaderboard is on the page')
      assert.match(slot.attribs.class ?? '', /\bad-top\b/)
      assert.equal(slot.attribs['aria-label'], 'Advertentie')
      assert.equal(textOf(slot).trim().startsWith('Advertentie'), true, 'labelled "Advertentie"')
      const images = within(slot, 'img')
      assert.deepEqual(images.map((img) => `${img.attribs.width}x${img.attribs.height}`).sort(), ['320x100', '728x90'], 'one creative per breakpoint, each with its size reserved')
      const links = within(slot, 'a')
      assert.equal(links.length, 2)
      for (const link of links) assert.match(link.attribs.href ?? '', /^\/a\/c\/[0-9a-f]{24}\.[0-9a-f]{24}\.[\w-]{22}$/)
      for (const link of links) assert.match(link.attribs.rel ?? '', /\bsponsored\b/)
      assert.match(response.body, /niet beoordeeld of goedgekeurd door een bevoegde autoriteit/, 'the MiCA statement shows with the creative')
      assert.equal(response.body.includes('data-nd-ad'), false, 'no marker is left in the page')
      assert.equal(page.all('script').filter((s) => /^\/a\/[0-9a-f]{12}\.js$/.test(s.attribs.src ?? '')).length, 1, 'the ad script, once')
    }
    assert.notEqual(first.headers.etag, undefined)
    assert.equal(first.headers.etag, second.headers.etag, 'the same choice gives the same ETag')
    const revalidated = await get(paths.bitcoin, { 'if-none-match': String(second.headers.etag) })
    assert.equal(revalidated.statusCode, 304)
    const compressed = await get(paths.bitcoin, { 'accept-encoding': 'br' })
    assert.equal(brotliDecompressSync(compressed.rawPayload).toString(), second.body)
  })

  it('puts the in-article slot after the third paragraph and the sidebar beside the article', async () => {
    const html = (await get(paths.bitcoin)).body
    const slot = html.indexOf('data-ad-slot="in-artikel"')
    assert.ok(slot > 0, 'the in-article slot is filled')
    assert.ok(html.indexOf('Derde alinea') < slot && slot < html.indexOf('Vierde alinea'))
    assert.ok(html.indexOf('data-ad-slot="zijkolom"') > html.indexOf('Vijfde alinea'))
  })

  it('runs an HTML creative only in a sandboxed iframe without same-origin', async () => {
    const page = parsePage((await get(paths.bitcoin)).body)
    const frames = page.all('iframe')
    assert.ok(frames.length >= 1)
    for (const frame of frames) {
      const sandbox = (frame.attribs.sandbox ?? '').split(/\s+/)
      assert.ok(sandbox.includes('allow-scripts'))
      assert.equal(sandbox.includes('allow-same-origin'), false, 'scripts and same-origin together would let it out')
      assert.equal(sandbox.some((s) => s.startsWith('allow-top-navigation') || s === 'allow-forms'), false)
      assert.match(frame.attribs.srcdoc ?? '', /parent\.document\.title/)
      assert.match(frame.attribs.srcdoc ?? '', /href="https:\/\/nieuws\.example\.nl\/a\/c\//, 'the click macro becomes the signed redirect')
    }
    assert.equal(page.all('script').some((s) => textOf(s).includes('gekaapt')), false, 'the creative’s script is not in the page itself')
  })

  it('renders nothing, and reserves nothing, where no campaign is eligible', async () => {
    const html = (await get(paths.ethereum)).body
    assert.equal(html.includes('data-ad-slot="leaderboard"'), false, 'the sponsorship targets bitcoin only')
    assert.equal(html.includes('data-nd-ad'), false)
    assert.ok(html.includes('data-ad-slot="zijkolom"'), 'house ads still fill the sidebar')
    await app.inject({ method: 'PATCH', url: `/admin/api/ads/campaigns/${ads.campaigns.house}`, headers: { authorization: `Bearer ${(await createStaff(app, 'admin')).token}`, 'content-type': 'application/json' }, payload: JSON.stringify({ status: 'paused' }) })
    await app.services.ads.refresh()
    const bare = (await get(paths.ethereum)).body
    assert.equal(/class="ad[ "]/.test(bare), false, 'no slot at all')
    assert.equal(/\/a\/[0-9a-f]{12}\.js/.test(bare), false, 'and no ad script')
    await app.services.ads.updateCampaign(system, ads.campaigns.house, { status: 'active' })
    await app.services.ads.refresh()
  })

  it('shows no competitor beside a sponsored article', async () => {
    const html = (await get(paths.sponsored)).body
    assert.equal(html.includes(ads.creatives.leaderboard), false, 'Munthuis competes with the sponsor Bitvalk')
    assert.equal(html.includes('data-ad-slot="leaderboard"'), false)
    assert.ok(html.includes('data-ad-slot="zijkolom"'), 'the newsroom’s own ads may show')
  })

  it('counts impressions and viewable impressions from signed tokens only, and reports add up', async () => {
    const tokens = tokensOn((await get(paths.bitcoin)).body)
    const leaderboard = tokens.find((t) => t.startsWith(ads.creatives.leaderboard))
    assert.ok(leaderboard)
    const before = await app.services.ads.report({ from: clock.now() - day, to: clock.now() + day })
    assert.equal((await beacon('/a/i', [leaderboard, leaderboard])).statusCode, 204)
    assert.equal((await beacon('/a/v', [leaderboard])).statusCode, 204)
    const tampered = leaderboard.slice(0, -1) + (leaderboard.endsWith('A') ? 'B' : 'A')
    assert.equal((await beacon('/a/i', [leaderboard, tampered])).statusCode, 400, 'one bad token: the whole batch is refused')
    assert.equal((await beacon('/a/i', [leaderboard], { origin: 'https://elders.example' })).statusCode, 403)
    assert.equal((await beacon('/a/i', [leaderboard], { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' })).statusCode, 204)
    assert.equal((await beacon('/a/i', [leaderboard], { 'sec-purpose': 'prefetch' })).statusCode, 204)
    assert.equal((await app.inject({ method: 'POST', url: '/a/i', headers: { 'content-type': 'text/plain', 'user-agent': browser }, payload: '' })).statusCode, 400)
    await app.services.ads.flush()
    const after = await app.services.ads.report({ from: clock.now() - day, to: clock.now() + day })
    const figures = (report: typeof after) => report.creatives.find((c) => c.creativeId === ads.creatives.leaderboard) ?? { impressions: 0, viewable: 0, clicks: 0 }
    assert.equal(figures(after).impressions - figures(before).impressions, 2)
    assert.equal(figures(after).viewable - figures(before).viewable, 1)
    assert.equal(after.totals.impressions, after.creatives.reduce((sum, c) => sum + c.impressions, 0))
  })

  it('redirects a signed click to the advertiser and counts it; a tampered or unknown link is a 404', async () => {
    const token = tokensOn((await get(paths.bitcoin)).body).find((t) => t.startsWith(ads.creatives.leaderboard)) ?? ''
    const click = await get(`/a/c/${token}`)
    assert.equal(click.statusCode, 302)
    assert.equal(click.headers.location, 'https://munthuis.example/aanmelden?bron=krant')
    assert.equal(click.headers['cache-control'], 'no-store')
    const [creative, slot] = token.split('.') as [string, string]
    for (const bad of [`${token}x`, `${creative}.${slot}.${'A'.repeat(22)}`, `${slot}.${creative}.${token.split('.')[2]}`, 'https%3A%2F%2Felders.example', createAdLinks('y'.repeat(64)).sign(creative, slot)]) {
      const response = await get(`/a/c/${bad}`)
      assert.equal(response.statusCode, 404, bad)
      assert.equal(response.headers.location, undefined)
    }
    const unknown = createAdLinks(config.secret).sign('0'.repeat(24), slot)
    assert.equal((await get(`/a/c/${unknown}`)).statusCode, 404, 'signed, but no such creative')
    await get(`/a/c/${token}`, { 'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' })
    await app.services.ads.flush()
    const report = await app.services.ads.report({ from: clock.now() - day, to: clock.now() + day })
    assert.equal(report.creatives.find((c) => c.creativeId === ads.creatives.leaderboard)?.clicks, 1, 'one click: the bot’s was not counted')
  })
})
