/** The ads desk API: who may use it, what it refuses (422/400/403/404/409/413/415), image checks, reports and CSV. */
import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { call, createStaff, firstError, type Staff } from '../../../../test/helpers/admin.js'
import { create, png, uploadCreativeImage } from '../../../../test/helpers/ads.js'
import { testClock, testConfig } from '../../../../test/helpers/factories.js'
import { createAdLinks } from '../ads/links.js'

const day = 86_400_000

describeEachDialect('admin API: ads', (suite) => {
  const clock = testClock(Date.UTC(2026, 10, 25, 11, 0))
  const config = testConfig()
  let app: FastifyInstance
  let editor: Staff
  let author: Staff
  let advertiserId = ''
  let campaignId = ''

  before(async () => {
    app = await buildApp(config, { database: suite.database, now: clock.now, jobs: false })
    editor = await createStaff(app, 'editor')
    author = await createStaff(app, 'author')
    advertiserId = (await create<{ id: string }>(app, editor.token, '/ads/advertisers', { name: 'Koinzicht', website: 'https://koinzicht.example/', category: 'Exchange' })).id
    campaignId = (await create<{ id: string }>(app, editor.token, '/ads/campaigns', { advertiserId, name: 'Herfst', kind: 'house', startsAt: new Date(clock.now() - day).toISOString() })).id
  })
  after(() => app.close())

  it('is for editors and admins only', async () => {
    assert.equal((await call(app, 'GET', '/ads/campaigns', { token: author.token })).statusCode, 403)
    assert.equal((await call(app, 'GET', '/ads/campaigns')).statusCode, 401)
    const list = await call(app, 'GET', `/ads/campaigns?advertiserId=${advertiserId}`, { token: editor.token })
    assert.equal(list.statusCode, 200)
    assert.deepEqual((list.json() as { campaigns: { id: string }[] }).campaigns.map((c) => c.id), [campaignId])
    const advertiser = await call(app, 'GET', `/ads/advertisers/${advertiserId}`, { token: editor.token })
    assert.equal((advertiser.json() as { advertiser: { category: string } }).advertiser.category, 'exchange')
  })

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const before = (await call(app, 'GET', '/ads/campaigns', { token: editor.token })).body
    const attempts: [object, number, string][] = [
      [{ advertiserId, name: 'Contract', kind: 'contract', startsAt: new Date(clock.now()).toISOString() }, 422, 'goalImpressions'],
      [{ advertiserId, name: 'Omgekeerd', kind: 'house', startsAt: new Date(clock.now()).toISOString(), endsAt: new Date(clock.now() - day).toISOString() }, 422, 'endsAt'],
      [{ advertiserId: '0'.repeat(24), name: 'Wees', kind: 'house', startsAt: new Date(clock.now()).toISOString() }, 422, 'advertiserId'],
      [{ advertiserId, name: 'Uren', kind: 'house', startsAt: new Date(clock.now()).toISOString(), targeting: { hours: [24] } }, 400, 'targeting.hours.0'],
      [{ advertiserId, name: 'Extra', kind: 'house', startsAt: new Date(clock.now()).toISOString(), budget: 5 }, 400, 'budget'],
    ]
    for (const [body, status, field] of attempts) {
      const response = await call(app, 'POST', '/ads/campaigns', { token: editor.token, body })
      assert.equal(response.statusCode, status, response.body)
      assert.equal(firstError(response).field, field)
    }
    const creative = await call(app, 'POST', '/ads/creatives', { token: editor.token, body: { campaignId, name: 'Link', format: 'image', size: '728x90', alt: 'Tekst', clickUrl: 'javascript:alert(1)' } })
    assert.equal(creative.statusCode, 422)
    assert.equal(firstError(creative).field, 'clickUrl')
    const size = await call(app, 'POST', '/ads/creatives', { token: editor.token, body: { campaignId, name: 'Maat', format: 'image', size: '100x100', alt: 'Tekst', clickUrl: 'https://koinzicht.example/' } })
    assert.equal(size.statusCode, 400)
    const slot = await call(app, 'POST', '/ads/slots', { token: editor.token, body: { key: 'in-artikel-2', name: 'Tweede', placement: 'in-article', sizes: { desktop: ['300x250'] } } })
    assert.equal(firstError(slot).field, 'afterParagraph')
    const taken = await call(app, 'POST', '/ads/slots', { token: editor.token, body: { key: 'leaderboard', name: 'Dubbel', placement: 'top', sizes: { desktop: ['728x90'] } } })
    assert.equal(taken.statusCode, 409)
    assert.equal((await call(app, 'GET', `/ads/campaigns/${'f'.repeat(24)}`, { token: editor.token })).statusCode, 404)
    assert.equal((await call(app, 'GET', '/ads/campaigns', { token: editor.token })).body, before)
  })

  it('checks a creative image’s type, pixel size and file size, and keeps it paused until then', async () => {
    const creative = await create<{ id: string; status: string; imageUrl: string | null }>(app, editor.token, '/ads/creatives', { campaignId, name: 'Banner', format: 'image', size: '728x90', alt: 'Koinzicht', clickUrl: 'https://koinzicht.example/' })
    assert.deepEqual([creative.status, creative.imageUrl], ['paused', null])
    const early = await call(app, 'PATCH', `/ads/creatives/${creative.id}`, { token: editor.token, body: { status: 'active' } })
    assert.equal(early.statusCode, 422)
    const wrongSize = await uploadCreativeImage(app, editor.token, creative.id, { name: 'b.png', type: 'image/png', bytes: await png(300, 250) })
    assert.equal(wrongSize.statusCode, 422)
    assert.match(firstError(wrongSize).message, /300x250.*728x90/)
    const svg = await uploadCreativeImage(app, editor.token, creative.id, { name: 'b.png', type: 'image/png', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="728" height="90"/>') })
    assert.equal(svg.statusCode, 415)
    const noisy = Buffer.alloc(728 * 2 * 90 * 2 * 3)
    for (let i = 0; i < noisy.length; i += 1) noisy[i] = (i * 7919) % 251
    const { default: sharp } = await import('sharp')
    const heavy = await sharp(noisy, { raw: { width: 1456, height: 180, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer()
    assert.ok(heavy.length > 200 * 1024)
    assert.equal((await uploadCreativeImage(app, editor.token, creative.id, { name: 'b.png', type: 'image/png', bytes: heavy })).statusCode, 413)
    assert.equal((await call(app, 'GET', `/ads/creatives/${creative.id}`, { token: editor.token })).json().creative.imageUrl, null, 'nothing stored')
    const sharpScreen = await uploadCreativeImage(app, editor.token, creative.id, { name: 'b.png', type: 'image/png', bytes: await png(1456, 180) })
    assert.equal(sharpScreen.statusCode, 200, 'twice the size is fine for sharp screens')
    assert.match(sharpScreen.json().creative.imageUrl, /^\/media\//)
    const live = await call(app, 'PATCH', `/ads/creatives/${creative.id}`, { token: editor.token, body: { status: 'active' } })
    assert.equal(live.json().creative.status, 'active')
  })

  it('reports impressions, viewable impressions, clicks and CTR per campaign, creative and day, as JSON and CSV', async () => {
    const creative = await create<{ id: string }>(app, editor.token, '/ads/creatives', { campaignId, name: 'Tekst "quote", =SOM', format: 'html', size: '300x250', html: '<p>Hallo</p>', clickUrl: 'https://koinzicht.example/' })
    const slots = (await call(app, 'GET', '/ads/slots', { token: editor.token })).json().slots as { id: string; key: string }[]
    const slot = slots.find((s) => s.key === 'zijkolom')?.id ?? ''
    const token = createAdLinks(config.secret).sign(creative.id, slot)
    const send = (path: string, times: number) => Promise.all(Array.from({ length: times }, () => app.inject({ method: 'POST', url: path, headers: { 'content-type': 'text/plain', 'user-agent': 'Mozilla/5.0 Firefox/130.0' }, payload: token })))
    await send('/a/i', 40)
    await send('/a/v', 25)
    for (let i = 0; i < 3; i += 1) await app.inject({ method: 'GET', url: `/a/c/${token}`, headers: { 'user-agent': 'Mozilla/5.0 Firefox/130.0' } })
    await app.services.ads.flush()
    clock.advance(day) // the next day (Amsterdam)
    await send('/a/i', 10)
    await app.inject({ method: 'GET', url: `/a/c/${token}`, headers: { 'user-agent': 'Mozilla/5.0 Firefox/130.0' } })
    await app.services.ads.flush()

    const response = await call(app, 'GET', `/ads/reports?from=2026-11-25&to=2026-11-26&campaignId=${campaignId}`, { token: editor.token })
    assert.equal(response.statusCode, 200, response.body)
    const report = response.json()
    assert.deepEqual(report.totals, { impressions: 50, viewable: 25, clicks: 4, ctr: 8 })
    assert.deepEqual(report.campaigns.map((c: { campaign: string; impressions: number }) => [c.campaign, c.impressions]), [['Herfst', 50]])
    assert.deepEqual(
      report.days.map((d: { day: string; impressions: number; viewable: number; clicks: number; ctr: number }) => [d.day, d.impressions, d.viewable, d.clicks, d.ctr]),
      [
        ['2026-11-25', 40, 25, 3, 7.5],
        ['2026-11-26', 10, 0, 1, 10],
      ],
    )
    const oneDay = (await call(app, 'GET', `/ads/reports?from=2026-11-26&to=2026-11-26`, { token: editor.token })).json()
    assert.equal(oneDay.totals.impressions, 10)

    const csv = await call(app, 'GET', `/ads/reports.csv?from=2026-11-25&to=2026-11-26`, { token: editor.token })
    assert.equal(csv.statusCode, 200)
    assert.match(String(csv.headers['content-type']), /^text\/csv/)
    assert.match(String(csv.headers['content-disposition']), /attachment/)
    const lines = csv.body.trimEnd().split('\r\n')
    assert.equal(lines[0], 'day,advertiser,campaign,campaign_id,creative,creative_id,size,impressions,viewable,clicks,ctr_percent')
    assert.deepEqual(lines.slice(1), [
      `2026-11-25,Koinzicht,Herfst,${campaignId},"Tekst ""quote"", =SOM",${creative.id},300x250,40,25,3,7.50`,
      `2026-11-26,Koinzicht,Herfst,${campaignId},"Tekst ""quote"", =SOM",${creative.id},300x250,10,0,1,10.00`,
    ])
    const bad = await call(app, 'GET', '/ads/reports?from=2026-11-27&to=2026-11-25', { token: editor.token })
    assert.equal(bad.statusCode, 400)

    const remove = await call(app, 'DELETE', `/ads/creatives/${creative.id}`, { token: editor.token })
    assert.equal(remove.statusCode, 409, 'a creative with figures is paused, not deleted')
    assert.equal((await call(app, 'DELETE', `/ads/advertisers/${advertiserId}`, { token: editor.token })).statusCode, 409)
  })
})
