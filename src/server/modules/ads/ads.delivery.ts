/**
 * The delivery decision, in memory and without per-reader state: for one slot at one
 * breakpoint on one page, sponsorship campaigns first, then contract campaigns that are behind
 * their even pace, then house ads — weighted random inside a level (by campaign weight, then
 * creative weight). Time and randomness are injected, so tests are deterministic.
 *
 * Pacing counts what this process served since the figures were last read (impressions are
 * counted in browsers and reach the database a second or two later), on top of the delivered
 * impressions read from the database. A contract campaign may be a minute ahead of its straight
 * line from start to end, no more; a daily cap and an impression goal stop a campaign of any kind.
 */
import { offsetMinutes, startOfDay } from '../../../shared/dates.js'
import { breakpoints, campaignKinds, sizeOf, type Advertiser, type Breakpoint, type Campaign, type CampaignKind, type Creative, type PageContext, type Slot } from './ads.model.js'

const minute = 60_000
/** How far ahead of its straight line a contract campaign may run. */
export const paceStepMs = minute

export interface DeliveryData {
  advertisers: Advertiser[]
  campaigns: Campaign[]
  creatives: Creative[]
  slots: Slot[]
  /** Impressions counted per campaign: since it began, and since `dayStart`. */
  delivered: Map<string, { total: number; today: number }>
  /** Midnight (Europe/Amsterdam) of the day the figures were read. */
  dayStart: number
}

interface LiveCampaign extends Campaign {
  category: string | null
  deliveredTotal: number
  deliveredToday: number
}

interface Entry {
  campaign: LiveCampaign
  creatives: Creative[]
}

export interface Snapshot {
  readonly slots: readonly Slot[]
  readonly creatives: ReadonlyMap<string, Creative>
  readonly campaigns: ReadonlyMap<string, Campaign>
  readonly advertisers: ReadonlyMap<string, Advertiser>
  /**
   * Goes up when a load brings other slots or creatives: whatever is rendered from them (the
   * slots' HTML, the pages' filled variants and their compressed bodies) is stale then. A reload
   * that changes only delivery figures keeps it.
   */
  readonly version: number
}

export interface SlotChoice {
  mobile: Creative | null
  desktop: Creative | null
}

interface TimeParts {
  minute: number
  weekday: number
  hour: number
  dayStart: number
}

function timeParts(now: number): TimeParts {
  const local = new Date(now + offsetMinutes(now) * minute)
  const day = local.getUTCDay()
  return { minute: Math.floor(now / minute), weekday: day === 0 ? 7 : day, hour: local.getUTCHours(), dayStart: startOfDay(now) }
}

function pickWeighted<T>(items: readonly T[], weightOf: (item: T) => number, draw: number): T | undefined {
  if (items.length <= 1) return items[0]
  let total = 0
  for (const item of items) total += weightOf(item)
  let point = draw * total
  for (const item of items) {
    point -= weightOf(item)
    if (point < 0) return item
  }
  return items[items.length - 1]
}

function hostOf(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null
  return new URL(url).hostname.replace(/^www\./, '').toLowerCase()
}

const sponsorKey = (name: string) => name.trim().toLowerCase()

export function createDelivery(options: { now: () => number; random: () => number }) {
  let version = 0
  let snapshot: Snapshot = { slots: [], creatives: new Map(), campaigns: new Map(), advertisers: new Map(), version }
  /** slot id → breakpoint → kind → campaigns with the creatives that fit. */
  let candidates = new Map<string, Record<Breakpoint, Record<CampaignKind, Entry[]>>>()
  let sponsors = new Map<string, Advertiser>()
  let dataDay = 0
  /** Served by this process since the figures were read: campaign id → [total, today]. */
  let served = new Map<string, { total: number; today: number }>()
  let servedDay = 0
  let parts: TimeParts = timeParts(options.now())

  function currentParts(now: number): TimeParts {
    if (Math.floor(now / minute) !== parts.minute) parts = timeParts(now)
    return parts
  }

  let rendered = ''

  function load(data: DeliveryData): void {
    dataDay = data.dayStart
    served = new Map()
    servedDay = data.dayStart
    const advertisers = new Map(data.advertisers.map((a) => [a.id, a]))
    sponsors = new Map()
    for (const advertiser of data.advertisers) {
      sponsors.set(sponsorKey(advertiser.name), advertiser)
      const host = hostOf(advertiser.website)
      if (host) sponsors.set(host, advertiser)
    }
    const live = new Map<string, LiveCampaign>()
    for (const campaign of data.campaigns) {
      if (campaign.status !== 'active') continue
      const figures = data.delivered.get(campaign.id)
      live.set(campaign.id, { ...campaign, category: advertisers.get(campaign.advertiserId)?.category ?? null, deliveredTotal: figures?.total ?? 0, deliveredToday: figures?.today ?? 0 })
    }
    const creatives = data.creatives.filter((c) => c.status === 'active' && live.has(c.campaignId) && (c.format === 'html' || c.imageUrl !== null))
    const slots = data.slots.filter((s) => s.status === 'active')
    candidates = new Map()
    for (const slot of slots) {
      const bySize = {} as Record<Breakpoint, Record<CampaignKind, Entry[]>>
      for (const breakpoint of breakpoints) {
        const sizes = new Set<string>(slot.sizes[breakpoint])
        const byCampaign = new Map<string, Creative[]>()
        for (const creative of creatives) {
          if (!sizes.has(sizeOf(creative))) continue
          byCampaign.set(creative.campaignId, [...(byCampaign.get(creative.campaignId) ?? []), creative])
        }
        const levels = { sponsorship: [], contract: [], house: [] } as Record<CampaignKind, Entry[]>
        for (const [campaignId, list] of byCampaign) {
          const campaign = live.get(campaignId)
          if (campaign && (campaign.targeting.slots.length === 0 || campaign.targeting.slots.includes(slot.key))) levels[campaign.kind].push({ campaign, creatives: list })
        }
        bySize[breakpoint] = levels
      }
      candidates.set(slot.id, bySize)
    }
    const fingerprint = JSON.stringify([slots, creatives])
    if (fingerprint !== rendered) {
      rendered = fingerprint
      version += 1
    }
    snapshot = { slots, creatives: new Map(creatives.map((c) => [c.id, c])), campaigns: live, advertisers, version }
  }

  function servedFor(campaignId: string, dayStart: number): { total: number; today: number } {
    if (dayStart !== servedDay) {
      // A new day: today's counts start again (the campaign totals keep theirs).
      for (const figures of served.values()) figures.today = 0
      servedDay = dayStart
    }
    let figures = served.get(campaignId)
    if (!figures) {
      figures = { total: 0, today: 0 }
      served.set(campaignId, figures)
    }
    return figures
  }

  function eligible(c: LiveCampaign, breakpoint: Breakpoint, page: PageContext, now: number, time: TimeParts, competitor: Advertiser | null): boolean {
    if (now < c.startsAt || (c.endsAt !== null && now >= c.endsAt)) return false
    const t = c.targeting
    if (t.devices.length > 0 && !t.devices.includes(breakpoint)) return false
    if (t.pageTypes.length > 0 && !t.pageTypes.includes(page.type)) return false
    if (t.tags.length > 0 && !t.tags.some((tag) => page.tags.includes(tag))) return false
    if (t.excludeTags.length > 0 && t.excludeTags.some((tag) => page.tags.includes(tag))) return false
    if (t.weekdays.length > 0 && !t.weekdays.includes(time.weekday)) return false
    if (t.hours.length > 0 && !t.hours.includes(time.hour)) return false
    // Beside a sponsored article, none of the sponsor's competitors (house ads are the newsroom's own).
    if (competitor && c.kind !== 'house' && c.category === competitor.category && c.advertiserId !== competitor.id) return false
    const mine = servedFor(c.id, time.dayStart)
    const total = c.deliveredTotal + mine.total
    if (c.goalImpressions !== null && total >= c.goalImpressions) return false
    if (c.dailyCap !== null && (time.dayStart === dataDay ? c.deliveredToday : 0) + mine.today >= c.dailyCap) return false
    if (c.kind === 'contract' && c.goalImpressions !== null && c.endsAt !== null) {
      const due = Math.max(1, (c.goalImpressions * Math.min(c.endsAt - c.startsAt, now - c.startsAt + paceStepMs)) / (c.endsAt - c.startsAt))
      if (total >= due) return false
    }
    return true
  }

  /** The advertiser a sponsored page names, when it has a category (its competitors share it). */
  function competitorOf(page: PageContext): Advertiser | null {
    if (!page.sponsor) return null
    const advertiser = sponsors.get(sponsorKey(page.sponsor))
    return advertiser?.category ? advertiser : null
  }

  function decide(slotId: string, breakpoint: Breakpoint, page: PageContext, count = 1): Creative | null {
    const levels = candidates.get(slotId)?.[breakpoint]
    if (!levels) return null
    const now = options.now()
    const time = currentParts(now)
    const competitor = competitorOf(page)
    for (const kind of campaignKinds) {
      const entries = levels[kind]
      if (entries.length === 0) continue
      const open = entries.filter((e) => eligible(e.campaign, breakpoint, page, now, time, competitor))
      if (open.length === 0) continue
      const entry = pickWeighted(open, (e) => e.campaign.weight, options.random())
      if (!entry) continue
      const creative = pickWeighted(entry.creatives, (c) => c.weight, options.random())
      if (!creative) continue
      if (count > 0) {
        const mine = servedFor(entry.campaign.id, time.dayStart)
        mine.total += count
        mine.today += count
      }
      return creative
    }
    return null
  }

  return {
    load,
    get snapshot(): Snapshot {
      return snapshot
    },
    /**
     * The creative for one slot at one breakpoint on this page, or null (the slot stays empty);
     * `count` is what the choice adds to the campaign's served figure for pacing.
     */
    decide,
    /**
     * Both breakpoints of a slot. A reader sees one of them, so each counts half for pacing;
     * `record` false (bots) counts nothing.
     */
    chooseForSlot(slotId: string, page: PageContext, record: boolean): SlotChoice {
      const count = record ? 0.5 : 0
      return { mobile: decide(slotId, 'mobile', page, count), desktop: decide(slotId, 'desktop', page, count) }
    },
  }
}

export type Delivery = ReturnType<typeof createDelivery>
