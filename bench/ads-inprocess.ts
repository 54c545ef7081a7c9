// The in-process half of bench/ads.mjs: ad decisions per second on a realistic live snapshot
// (3 slots, 24 campaigns of every kind with targeting, pacing and caps, 3 creatives each).
import { createDelivery, emptyTargeting, type Advertiser, type Campaign, type Creative, type PageContext, type Slot } from '../src/server/modules/ads/index.js'

const hour = 3_600_000
const now = Date.now()
let n = 0
const id = () => (n += 1).toString(16).padStart(24, '0')
const time = { createdAt: now, updatedAt: now }
const slots: Slot[] = [
  { id: id(), key: 'leaderboard', name: 'Leaderboard', placement: 'top', afterParagraph: null, sizes: { desktop: ['970x250', '728x90'], mobile: ['320x100'] }, status: 'active', ...time },
  { id: id(), key: 'in-artikel', name: 'In het artikel', placement: 'in-article', afterParagraph: 3, sizes: { desktop: ['728x90', '300x250'], mobile: ['300x250', '320x100'] }, status: 'active', ...time },
  { id: id(), key: 'zijkolom', name: 'Zijkolom', placement: 'sidebar', afterParagraph: null, sizes: { desktop: ['300x250'], mobile: ['300x250'] }, status: 'active', ...time },
]
const tags = ['bitcoin', 'ethereum', 'blockchain', 'altcoins', 'ai', 'tech', 'regulering', 'economie']
const advertisers: Advertiser[] = Array.from({ length: 12 }, (_, i) => ({ id: id(), name: `Adverteerder ${i}`, website: null, category: i % 3 === 0 ? 'exchange' : null, contactEmail: null, ...time }))
const campaigns: Campaign[] = []
const creatives: Creative[] = []
for (let i = 0; i < 24; i += 1) {
  const kind = i < 4 ? 'sponsorship' : i < 14 ? 'contract' : 'house'
  const campaign: Campaign = {
    id: id(),
    advertiserId: advertisers[i % advertisers.length]!.id,
    name: `Campagne ${i}`,
    kind,
    status: 'active',
    startsAt: now - 24 * hour,
    endsAt: kind === 'house' ? null : now + (24 + i) * hour,
    goalImpressions: kind === 'contract' ? 1_000_000 + i * 10_000 : null,
    dailyCap: kind === 'sponsorship' ? 10_000_000 : null,
    weight: 1 + (i % 5),
    targeting: { ...emptyTargeting, tags: kind === 'sponsorship' ? [tags[i % tags.length]!] : [], excludeTags: i % 4 === 1 ? ['regulering'] : [], weekdays: i % 6 === 2 ? [1, 2, 3, 4, 5, 6, 7] : [], hours: i % 7 === 3 ? Array.from({ length: 24 }, (_, h) => h) : [] },
    ...time,
  }
  campaigns.push(campaign)
  for (const [width, height] of [[728, 90], [320, 100], [300, 250]] as const) {
    creatives.push({ id: id(), campaignId: campaign.id, name: `${width}x${height}`, format: 'image', status: 'active', width, height, imageUrl: '/media/b.png', alt: 'Banner', clickUrl: 'https://example.nl/', html: null, disclaimer: null, weight: 1, ...time })
  }
}
const pages: PageContext[] = [
  ...tags.map((tag, i) => ({ type: 'article' as const, tags: [tag, tags[(i + 3) % tags.length]!], sponsor: null })),
  { type: 'home', tags: [], sponsor: null },
  { type: 'article', tags: ['bitcoin'], sponsor: 'Adverteerder 3' },
]

const delivery = createDelivery({ now: Date.now, random: Math.random })
delivery.load({ advertisers, campaigns, creatives, slots, delivered: new Map(), dayStart: now - 12 * hour })
const breakpoints = ['desktop', 'mobile'] as const

function run(count: number): { perSecond: number; filled: number } {
  let filled = 0
  const started = performance.now()
  for (let i = 0; i < count; i += 1) {
    if (delivery.decide(slots[i % 3]!.id, breakpoints[i & 1]!, pages[i % pages.length]!, 0.5)) filled += 1
  }
  return { perSecond: count / ((performance.now() - started) / 1000), filled }
}

/** The floor: the same loop picking a creative at random from a list, with no rules at all. */
function floor(count: number): number {
  const list = creatives
  let sink = 0
  const started = performance.now()
  for (let i = 0; i < count; i += 1) sink += list[Math.floor(Math.random() * list.length)]!.width + pages[i % pages.length]!.tags.length
  const perSecond = count / ((performance.now() - started) / 1000)
  if (sink < 0) console.error(sink)
  return perSecond
}

run(200_000) // warm-up
floor(200_000)
const results = Array.from({ length: 5 }, () => run(500_000))
const best = results.map((r) => r.perSecond).sort((a, b) => b - a)[2]!
const base = Array.from({ length: 5 }, () => floor(500_000)).sort((a, b) => b - a)[2]!
console.log(JSON.stringify(['ad decisions per second, in process (median of 5 × 500k)', Math.round(best).toLocaleString('en'), `${Math.round(base).toLocaleString('en')} random pick without rules`, `${((best / base) * 100).toFixed(0)}%`, '≥ 50,000/s']))
console.log(JSON.stringify(['filled decisions (share of slots with an ad)', `${((results[0]!.filled / 500_000) * 100).toFixed(0)}%`, '', '', '']))
