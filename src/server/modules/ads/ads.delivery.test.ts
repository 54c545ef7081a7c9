/** The delivery decision in memory: selection order, weights, targeting, windows, pacing, caps and exclusions. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createDelivery, paceStepMs, type DeliveryData } from './ads.delivery.js'
import { emptyTargeting, type Advertiser, type Campaign, type Creative, type PageContext, type Slot } from './ads.model.js'

const hour = 3_600_000
// Wednesday 25 November 2026, 12:00 in Amsterdam (11:00 UTC).
const wednesdayNoon = Date.UTC(2026, 10, 25, 11, 0)
const article: PageContext = { type: 'article', tags: ['bitcoin', 'markt'], sponsor: null }

/** mulberry32: the same seed gives the same draws. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let n = 0
const id = () => (n += 1).toString(16).padStart(24, '0')

function advertiser(name: string, category: string | null = null): Advertiser {
  return { id: id(), name, website: null, category, contactEmail: null, createdAt: 0, updatedAt: 0 }
}
function campaign(owner: Advertiser, over: Partial<Campaign> = {}): Campaign {
  return { id: id(), advertiserId: owner.id, name: 'c', kind: 'house', status: 'active', startsAt: wednesdayNoon - 24 * hour, endsAt: null, goalImpressions: null, dailyCap: null, weight: 1, targeting: emptyTargeting, createdAt: 0, updatedAt: 0, ...over }
}
function creative(of: Campaign, size = '728x90', over: Partial<Creative> = {}): Creative {
  const [width, height] = size.split('x').map(Number) as [number, number]
  return { id: id(), campaignId: of.id, name: 'b', format: 'image', status: 'active', width, height, imageUrl: '/media/b.png', alt: 'Banner', clickUrl: 'https://example.nl/', html: null, disclaimer: null, weight: 1, createdAt: 0, updatedAt: 0, ...over }
}
const leaderboard: Slot = { id: 'a'.repeat(24), key: 'leaderboard', name: 'Leaderboard', placement: 'top', afterParagraph: null, sizes: { desktop: ['970x250', '728x90'], mobile: ['320x100'] }, status: 'active', createdAt: 0, updatedAt: 0 }

function setup(parts: { advertisers: Advertiser[]; campaigns: Campaign[]; creatives: Creative[]; delivered?: DeliveryData['delivered'] }, start = wednesdayNoon, seed = 1) {
  let now = start
  const delivery = createDelivery({ now: () => now, random: seeded(seed) })
  delivery.load({ ...parts, slots: [leaderboard], delivered: parts.delivered ?? new Map(), dayStart: Date.UTC(2026, 10, 24, 23, 0) })
  return {
    delivery,
    setNow: (ms: number) => {
      now = ms
    },
    pick: (page = article, breakpoint: 'mobile' | 'desktop' = 'desktop') => delivery.decide(leaderboard.id, breakpoint, page)?.id ?? null,
  }
}

describe('ad delivery', () => {
  const exchange = advertiser('Bitvalk', 'exchange')
  const rival = advertiser('Munthuis', 'exchange')
  const house = advertiser('De redactie')

  it('takes sponsorship before contract before house, each only inside its dates', () => {
    const sponsorship = campaign(exchange, { kind: 'sponsorship', startsAt: wednesdayNoon, endsAt: wednesdayNoon + hour })
    const contract = campaign(rival, { kind: 'contract', goalImpressions: 1_000_000, startsAt: wednesdayNoon - hour, endsAt: wednesdayNoon + 23 * hour })
    const fill = campaign(house)
    const [s, c, h] = [creative(sponsorship), creative(contract), creative(fill)]
    const { pick, setNow } = setup({ advertisers: [exchange, rival, house], campaigns: [fill, contract, sponsorship], creatives: [h, c, s] })
    assert.equal(pick(), s.id)
    setNow(wednesdayNoon + hour) // the sponsorship has ended (its end is exclusive)
    assert.equal(pick(), c.id)
    setNow(wednesdayNoon - 2 * hour) // before both began
    assert.equal(pick(), h.id)
  })

  it('leaves the slot empty when nothing is eligible, and fits creatives to the breakpoint', () => {
    const fill = campaign(house)
    const wide = creative(fill, '728x90')
    const { pick } = setup({ advertisers: [house], campaigns: [fill], creatives: [wide] })
    assert.equal(pick(article, 'desktop'), wide.id)
    assert.equal(pick(article, 'mobile'), null, 'a 728x90 does not go in a 320x100 slot')
    const empty = setup({ advertisers: [house], campaigns: [], creatives: [] })
    assert.equal(empty.pick(), null)
  })

  it('shares a level by weight, the same way for the same seed', () => {
    const heavy = campaign(house, { weight: 3 })
    const light = campaign(house, { weight: 1 })
    const [a, b] = [creative(heavy), creative(light)]
    const draw = (seed: number) => {
      const { pick } = setup({ advertisers: [house], campaigns: [heavy, light], creatives: [a, b] }, wednesdayNoon, seed)
      return Array.from({ length: 20_000 }, () => pick())
    }
    const first = draw(7)
    assert.deepEqual(draw(7), first, 'deterministic under an injected RNG')
    const share = first.filter((x) => x === a.id).length / first.length
    assert.ok(Math.abs(share - 0.75) < 0.02, `weight 3 of 4 gets ${share}`)
    assert.notDeepEqual(draw(8), first)
  })

  it('targets page type, tags, excluded tags, device, slot, weekday and hour (Europe/Amsterdam)', () => {
    const only = (targeting: Partial<Campaign['targeting']>) => {
      const c = campaign(house, { targeting: { ...emptyTargeting, ...targeting } })
      const b = creative(c, '320x100')
      const d = creative(c, '728x90')
      return { ...setup({ advertisers: [house], campaigns: [c], creatives: [b, d] }), mobile: b.id, desktop: d.id }
    }
    const home: PageContext = { type: 'home', tags: [], sponsor: null }
    let t = only({ pageTypes: ['home'] })
    assert.equal(t.pick(home), t.desktop)
    assert.equal(t.pick(article), null)
    t = only({ tags: ['ethereum', 'markt'] })
    assert.equal(t.pick(article), t.desktop)
    assert.equal(t.pick(home), null)
    t = only({ excludeTags: ['bitcoin'] })
    assert.equal(t.pick(article), null)
    assert.equal(t.pick(home), t.desktop)
    t = only({ devices: ['mobile'] })
    assert.equal(t.pick(article, 'mobile'), t.mobile)
    assert.equal(t.pick(article, 'desktop'), null)
    t = only({ slots: ['in-artikel'] })
    assert.equal(t.pick(), null, 'kept to another slot')
    t = only({ slots: ['leaderboard'] })
    assert.equal(t.pick(), t.desktop)
    t = only({ weekdays: [3], hours: [12, 13] }) // Wednesday, 12:00–13:59 in Amsterdam
    assert.equal(t.pick(), t.desktop)
    t.setNow(wednesdayNoon + 2 * hour) // 14:00 in Amsterdam
    assert.equal(t.pick(), null)
    t.setNow(wednesdayNoon + 24 * hour) // Thursday noon
    assert.equal(t.pick(), null)
    t.setNow(wednesdayNoon - 11 * hour - 30 * 60_000) // 00:30 Wednesday in Amsterdam, still Tuesday in UTC
    assert.equal(t.pick(), null, 'hour 0 is not targeted')
  })

  it('paces a contract evenly: no further ahead of its straight line than one step', () => {
    // 24,000 impressions over 24 hours, half of which have passed with nothing delivered yet.
    const contract = campaign(rival, { kind: 'contract', goalImpressions: 24_000, startsAt: wednesdayNoon - 12 * hour, endsAt: wednesdayNoon + 12 * hour })
    const fill = campaign(house)
    const [c, h] = [creative(contract), creative(fill)]
    const { pick, setNow } = setup({ advertisers: [rival, house], campaigns: [contract, fill], creatives: [c, h] })
    const due = (at: number) => Math.ceil((24_000 * (at - contract.startsAt + paceStepMs)) / (24 * hour))
    let served = 0
    while (pick() === c.id) served += 1
    assert.equal(served, due(wednesdayNoon))
    assert.equal(pick(), h.id, 'ahead of its pace: house ads fill in')
    setNow(wednesdayNoon + 10 * 60_000)
    while (pick() === c.id) served += 1
    assert.equal(served, due(wednesdayNoon + 10 * 60_000))
  })

  it('counts impressions already delivered for goals and daily caps', () => {
    const capped = campaign(exchange, { kind: 'sponsorship', dailyCap: 5 })
    const done = campaign(rival, { kind: 'sponsorship', goalImpressions: 100 })
    const fill = campaign(house)
    const [a, b, h] = [creative(capped), creative(done), creative(fill)]
    const delivered = new Map([
      [capped.id, { total: 50, today: 2 }],
      [done.id, { total: 100, today: 10 }],
    ])
    const { pick, setNow } = setup({ advertisers: [exchange, rival, house], campaigns: [capped, done, fill], creatives: [a, b, h], delivered })
    assert.deepEqual([pick(), pick(), pick(), pick()], [a.id, a.id, a.id, h.id], 'three more today, then house ads; the finished campaign never')
    setNow(wednesdayNoon + 24 * hour)
    assert.equal(pick(), a.id, 'a new day: the cap starts again')
  })

  it('shows no competitor beside a sponsored article', () => {
    const mine = campaign(exchange, { kind: 'sponsorship' })
    const theirs = campaign(rival, { kind: 'sponsorship', weight: 1000 })
    const fill = campaign(house, { kind: 'house' })
    const [a, b, h] = [creative(mine), creative(theirs), creative(fill)]
    const sponsored: PageContext = { ...article, sponsor: 'bitvalk' }
    const { pick } = setup({ advertisers: [exchange, rival, house], campaigns: [mine, theirs, fill], creatives: [a, b, h] })
    const onSponsored = new Set(Array.from({ length: 200 }, () => pick(sponsored)))
    assert.deepEqual([...onSponsored], [a.id])
    const elsewhere = new Set(Array.from({ length: 200 }, () => pick(article)))
    assert.ok(elsewhere.has(b.id))
    const alone = setup({ advertisers: [exchange, rival, house], campaigns: [theirs, fill], creatives: [b, h] })
    assert.equal(alone.pick(sponsored), h.id, 'only the house ad is left beside a competitor’s article')
  })

  it('keeps its version across reloads that change only delivery figures, and moves it when slots or creatives change', () => {
    const fill = campaign(house)
    const banner = creative(fill)
    const data = (over: Partial<DeliveryData> = {}): DeliveryData => ({ advertisers: [house], campaigns: [fill], creatives: [banner], slots: [leaderboard], delivered: new Map(), dayStart: Date.UTC(2026, 10, 24, 23, 0), ...over })
    const delivery = createDelivery({ now: () => wednesdayNoon, random: seeded(3) })
    delivery.load(data())
    const first = delivery.snapshot.version
    delivery.load(data({ delivered: new Map([[fill.id, { total: 500, today: 20 }]]) }))
    assert.equal(delivery.snapshot.version, first, 'the same slots and creatives: rendered variants stay valid')
    delivery.load(data({ creatives: [{ ...banner, alt: 'Nieuwe tekst' }] }))
    assert.equal(delivery.snapshot.version, first + 1)
    delivery.load(data({ creatives: [{ ...banner, alt: 'Nieuwe tekst' }], slots: [{ ...leaderboard, sizes: { desktop: ['728x90'], mobile: [] } }] }))
    assert.equal(delivery.snapshot.version, first + 2)
    delivery.load(data({ campaigns: [{ ...fill, status: 'paused' }] }))
    assert.equal(delivery.snapshot.version, first + 3, 'a paused campaign takes its creatives out')
  })
})
