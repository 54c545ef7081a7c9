/** Ads for tests: advertisers, campaigns and creatives made through the admin API, images drawn with sharp. */
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import sharp from 'sharp'
import { call } from './admin.js'

export function png(width: number, height: number, background = '#f7931a'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).png().toBuffer()
}

/** A multipart/form-data body with one file. */
export function multipartFile(file: { name: string; type: string; bytes: Buffer }) {
  const boundary = `----newsdesk${Math.random().toString(16).slice(2)}`
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

export function uploadCreativeImage(app: FastifyInstance, token: string, creativeId: string, file: { name: string; type: string; bytes: Buffer }) {
  const body = multipartFile(file)
  return app.inject({ method: 'PUT', url: `/admin/api/ads/creatives/${creativeId}/image`, headers: { ...body.headers, authorization: `Bearer ${token}` }, payload: body.payload })
}

/** POSTs to the admin API and returns the created resource, failing the test on anything but 201. */
export async function create<T>(app: FastifyInstance, token: string, path: string, body: object): Promise<T> {
  const response = await call(app, 'POST', path, { token, body })
  assert.equal(response.statusCode, 201, response.body)
  return Object.values(response.json() as Record<string, T>)[0] as T
}

export interface AdFixtures {
  advertisers: { exchange: string; rival: string; house: string }
  campaigns: { sponsorship: string; house: string }
  creatives: { leaderboard: string; mobile: string; html: string }
}

/**
 * A crypto exchange's competitor ("Munthuis") sponsors the leaderboard on pages tagged bitcoin
 * (728x90 and 320x100, with a MiCA statement); the newsroom's house campaign fills 300x250 slots
 * with an HTML creative that tries to reach the page.
 */
export async function createAdFixtures(app: FastifyInstance, token: string, startsAt: number): Promise<AdFixtures> {
  const from = new Date(startsAt).toISOString()
  const exchange = await create<{ id: string }>(app, token, '/ads/advertisers', { name: 'Bitvalk', website: 'https://bitvalk.example/', category: 'exchange' })
  const rival = await create<{ id: string }>(app, token, '/ads/advertisers', { name: 'Munthuis', website: 'https://munthuis.example/', category: 'exchange' })
  const house = await create<{ id: string }>(app, token, '/ads/advertisers', { name: 'Testkrant' })
  const sponsorship = await create<{ id: string }>(app, token, '/ads/campaigns', { advertiserId: rival.id, name: 'Munthuis winter', kind: 'sponsorship', startsAt: from, targeting: { tags: ['bitcoin'] } })
  const houseCampaign = await create<{ id: string }>(app, token, '/ads/campaigns', { advertiserId: house.id, name: 'Eigen promotie', kind: 'house', startsAt: from })
  const mica = 'Cryptomarketing: deze mededeling is niet beoordeeld of goedgekeurd door een bevoegde autoriteit.'
  const leaderboard = await create<{ id: string }>(app, token, '/ads/creatives', { campaignId: sponsorship.id, name: 'Leaderboard', format: 'image', size: '728x90', alt: 'Munthuis: handel in bitcoin', clickUrl: 'https://munthuis.example/aanmelden?bron=krant', disclaimer: mica })
  const mobile = await create<{ id: string }>(app, token, '/ads/creatives', { campaignId: sponsorship.id, name: 'Mobiel', format: 'image', size: '320x100', alt: 'Munthuis op je telefoon', clickUrl: 'https://munthuis.example/app', disclaimer: mica })
  for (const [id, width, height] of [
    [leaderboard.id, 728, 90],
    [mobile.id, 320, 100],
  ] as const) {
    const uploaded = await uploadCreativeImage(app, token, id, { name: `banner-${width}.png`, type: 'image/png', bytes: await png(width, height) })
    assert.equal(uploaded.statusCode, 200, uploaded.body)
    const live = await call(app, 'PATCH', `/ads/creatives/${id}`, { token, body: { status: 'active' } })
    assert.equal(live.statusCode, 200, live.body)
  }
  const html = await create<{ id: string }>(app, token, '/ads/creatives', {
    campaignId: houseCampaign.id,
    name: 'Nieuwsbrief',
    format: 'html',
    size: '300x250',
    clickUrl: 'https://nieuws.example.nl/nieuwsbrief/',
    html: '<a href="%%CLICK_URL%%">Schrijf je in voor de nieuwsbrief</a><script>try { parent.document.title = "gekaapt" } catch (e) { document.body.dataset.blocked = "ja" }</script>',
  })
  return {
    advertisers: { exchange: exchange.id, rival: rival.id, house: house.id },
    campaigns: { sponsorship: sponsorship.id, house: houseCampaign.id },
    creatives: { leaderboard: leaderboard.id, mobile: mobile.id, html: html.id },
  }
}
