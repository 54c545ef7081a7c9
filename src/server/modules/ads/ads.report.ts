/** Delivery reports from hourly figures: per campaign, per creative and per day (Europe/Amsterdam), and as CSV. */
import { offsetMinutes, startOfDay } from '../../../shared/dates.js'
import { sizeOf, type Advertiser, type Campaign, type Creative } from './ads.model.js'
import type { HourlyFigures } from './ads.repository.js'

export interface Figures {
  impressions: number
  viewable: number
  clicks: number
  /** Clicks per 100 impressions, two decimals. */
  ctr: number
}

export interface AdReport {
  from: number
  to: number
  totals: Figures
  campaigns: (Figures & { campaignId: string; campaign: string; advertiserId: string; advertiser: string; kind: Campaign['kind'] })[]
  creatives: (Figures & { creativeId: string; creative: string; campaignId: string; size: string })[]
  /** One row per day, campaign and creative that had figures. */
  days: (Figures & { day: string; campaignId: string; creativeId: string })[]
}

type Sums = Omit<Figures, 'ctr'>

const zero = (): Sums => ({ impressions: 0, viewable: 0, clicks: 0 })
const ctrOf = (s: Sums): Figures => ({ ...s, ctr: s.impressions === 0 ? 0 : Math.round((s.clicks / s.impressions) * 10_000) / 100 })
function add(into: Sums, row: Sums): void {
  into.impressions += row.impressions
  into.viewable += row.viewable
  into.clicks += row.clicks
}

/** "2026-11-27": the Amsterdam date of a day start. */
export function dayLabel(dayStart: number): string {
  return new Date(dayStart + offsetMinutes(dayStart) * 60_000 + 3_600_000).toISOString().slice(0, 10)
}

export function buildReport(range: { from: number; to: number }, figures: HourlyFigures[], advertisers: Advertiser[], campaigns: Campaign[], creatives: Creative[]): AdReport {
  const advertiserById = new Map(advertisers.map((a) => [a.id, a]))
  const campaignById = new Map(campaigns.map((c) => [c.id, c]))
  const creativeById = new Map(creatives.map((c) => [c.id, c]))
  const totals = zero()
  const perCampaign = new Map<string, Sums>()
  const perCreative = new Map<string, Sums>()
  const perDay = new Map<string, Sums & { day: string; campaignId: string; creativeId: string }>()
  const dayStarts = new Map<number, string>()
  for (const row of figures) {
    add(totals, row)
    add(perCampaign.get(row.campaignId) ?? perCampaign.set(row.campaignId, zero()).get(row.campaignId)!, row)
    add(perCreative.get(row.creativeId) ?? perCreative.set(row.creativeId, zero()).get(row.creativeId)!, row)
    let day = dayStarts.get(row.hour)
    if (day === undefined) {
      day = dayLabel(startOfDay(row.hour))
      dayStarts.set(row.hour, day)
    }
    const key = `${day}|${row.campaignId}|${row.creativeId}`
    const entry = perDay.get(key) ?? perDay.set(key, { day, campaignId: row.campaignId, creativeId: row.creativeId, ...zero() }).get(key)!
    add(entry, row)
  }
  return {
    from: range.from,
    to: range.to,
    totals: ctrOf(totals),
    campaigns: [...perCampaign].map(([campaignId, sums]) => {
      const campaign = campaignById.get(campaignId)
      const advertiser = campaign ? advertiserById.get(campaign.advertiserId) : undefined
      return { campaignId, campaign: campaign?.name ?? '', advertiserId: campaign?.advertiserId ?? '', advertiser: advertiser?.name ?? '', kind: campaign?.kind ?? 'house', ...ctrOf(sums) }
    }),
    creatives: [...perCreative].map(([creativeId, sums]) => {
      const creative = creativeById.get(creativeId)
      return { creativeId, creative: creative?.name ?? '', campaignId: creative?.campaignId ?? '', size: creative ? sizeOf(creative) : '', ...ctrOf(sums) }
    }),
    days: [...perDay.values()].sort((a, b) => a.day.localeCompare(b.day) || a.campaignId.localeCompare(b.campaignId) || a.creativeId.localeCompare(b.creativeId)).map((d) => ({ ...d, ...ctrOf(d) })),
  }
}

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One line per day, campaign and creative, with a header; CRLF line ends as RFC 4180 asks. */
export function reportCsv(report: AdReport): string {
  const campaigns = new Map(report.campaigns.map((c) => [c.campaignId, c]))
  const creatives = new Map(report.creatives.map((c) => [c.creativeId, c]))
  const header = ['day', 'advertiser', 'campaign', 'campaign_id', 'creative', 'creative_id', 'size', 'impressions', 'viewable', 'clicks', 'ctr_percent']
  const lines = report.days.map((d) => {
    const campaign = campaigns.get(d.campaignId)
    const creative = creatives.get(d.creativeId)
    return [d.day, campaign?.advertiser ?? '', campaign?.campaign ?? '', d.campaignId, creative?.creative ?? '', d.creativeId, creative?.size ?? '', d.impressions, d.viewable, d.clicks, d.ctr.toFixed(2)].map(cell).join(',')
  })
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`
}
