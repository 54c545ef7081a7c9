/**
 * What the ads API sends (GET /admin/api/openapi.json, tag "ads"), the delivery of each campaign
 * from the report, and the API's refusals turned into words per form field.
 */
import { isoWithOffset } from '../../shared/dates.js'
import { api, ApiError, query } from '../api.js'
import { errorText } from '../format.js'
import { locale } from '../i18n/index.js'
import { w } from './words.js'

import type { CampaignKind, Placement, Targeting } from '../../shared/ads.js'

export { adSizes, breakpoints, pageTypes, campaignKinds as kinds } from '../../shared/ads.js'
export type { Breakpoint, CampaignKind, PageType, Targeting } from '../../shared/ads.js'

export interface Advertiser {
  id: string
  name: string
  website: string | null
  category: string | null
  contactEmail: string | null
}

export interface Campaign {
  id: string
  advertiserId: string
  name: string
  kind: CampaignKind
  status: 'active' | 'paused' | 'archived'
  startsAt: string
  endsAt: string | null
  goalImpressions: number | null
  dailyCap: number | null
  weight: number
  targeting: Targeting
}

export interface Creative {
  id: string
  campaignId: string
  name: string
  format: 'image' | 'html'
  status: 'active' | 'paused'
  size: string
  imageUrl: string | null
  alt: string
  clickUrl: string | null
  html: string | null
  disclaimer: string | null
  weight: number
}

export interface Slot {
  id: string
  key: string
  name: string
  placement: Placement
  afterParagraph: number | null
  sizes: { mobile: string[]; desktop: string[] }
  status: 'active' | 'paused'
}

export interface Figures {
  impressions: number
  viewable: number
  clicks: number
  ctr: number
}

export interface Report {
  from: string
  to: string
  totals: Figures
  campaigns: (Figures & { campaignId: string; campaign: string; advertiserId: string; advertiser: string; kind: string })[]
  creatives: (Figures & { creativeId: string; creative: string; campaignId: string; size: string })[]
  days: (Figures & { day: string; campaignId: string; creativeId: string })[]
}

export const number = (n: number) => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB')
export const ctr = (n: number) => `${n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`
/** YYYY-MM-DD of a moment in Amsterdam. */
export const amsterdamDay = (ms: number) => isoWithOffset(ms).slice(0, 10)
export const dayLabel = (iso: string) => new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'short', year: 'numeric' }).format(Date.parse(iso))

/** Where a campaign is in its life: its own status, or not started / ended by its dates. */
export function phase(campaign: Campaign, now = Date.now()): 'active' | 'paused' | 'archived' | 'scheduled' | 'ended' {
  if (campaign.status !== 'active') return campaign.status
  if (Date.parse(campaign.startsAt) > now) return 'scheduled'
  if (campaign.endsAt && Date.parse(campaign.endsAt) <= now) return 'ended'
  return 'active'
}

export interface Delivery {
  /** Impressions since the campaign started (up to 400 days back). */
  total: number
  today: { impressions: number; clicks: number }
}

/** Each campaign's impressions so far and today, from one report reaching back to the earliest start. */
export async function loadDelivery(campaigns: Campaign[], now = Date.now()): Promise<Map<string, Delivery>> {
  const delivery = new Map<string, Delivery>()
  if (campaigns.length === 0) return delivery
  const today = amsterdamDay(now)
  const earliest = Math.min(...campaigns.map((c) => Date.parse(c.startsAt)))
  const from = amsterdamDay(Math.max(Math.min(earliest, now), now - 399 * 86_400_000))
  const report = await api<Report>('GET', `/ads/reports${query({ from, to: today })}`)
  for (const c of report.campaigns) delivery.set(c.campaignId, { total: c.impressions, today: { impressions: 0, clicks: 0 } })
  for (const d of report.days) {
    if (d.day !== today) continue
    const entry = delivery.get(d.campaignId) ?? { total: 0, today: { impressions: 0, clicks: 0 } }
    entry.today.impressions += d.impressions
    entry.today.clicks += d.clicks
    delivery.set(d.campaignId, entry)
  }
  return delivery
}

/** A refusal from the API in words, for the whole form. */
export function say(message: string): string {
  for (const [pattern, words] of w.messages) {
    const match = pattern.exec(message)
    if (match) return words(match)
  }
  return message
}

export function adErrorText(error: unknown): string {
  if (error instanceof ApiError) {
    const known = w.errors[error.code]
    if (known) return known
    if (error.status === 409 || error.status === 422 || error.status === 413 || error.status === 415) return say(error.message.replace(/^[\w.]+: /, ''))
  }
  return errorText(error)
}

export type FieldErrors = Record<string, string>

/**
 * The refusal split per field ("targeting.hours.0" belongs to the field "targeting.hours"), so
 * each message stands at its field; `general` holds what no field of this form shows.
 */
export function fieldErrors(error: unknown, fields: string[]): { fields: FieldErrors; general: string | null } {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 422 && error.status !== 409)) return { fields: {}, general: adErrorText(error) }
  const problems = error.details.length > 0 ? error.details : [{ field: error.field, message: error.message }]
  const found: FieldErrors = {}
  const rest: string[] = []
  for (const problem of problems) {
    const message = say(problem.message.replace(/^[\w.]+: /, ''))
    const field = problem.field ? fields.find((f) => problem.field === f || problem.field?.startsWith(`${f}.`)) : undefined
    if (field) found[field] ??= message
    else rest.push(problem.field ? `${problem.field}: ${message}` : message)
  }
  return { fields: found, general: rest.length > 0 ? `${w.problem} ${rest.join(' ')}` : null }
}
