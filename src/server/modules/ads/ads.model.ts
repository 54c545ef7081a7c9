/** The ads domain as the rest of the code sees it, and the mapping from rows. */
import type { AdSize, Breakpoint, CampaignKind, PageType, Placement, Targeting } from '../../../shared/ads.js'
import type { AdAdvertiserTable, AdCampaignTable, AdCreativeTable, AdSlotTable } from './ads.table.js'

export { adSizes, breakpoints, campaignKinds, desktopMinWidth, pageTypes, placements } from '../../../shared/ads.js'
export type { AdSize, Breakpoint, CampaignKind, PageType, Placement, Targeting } from '../../../shared/ads.js'

export const emptyTargeting: Targeting = Object.freeze({ pageTypes: [], tags: [], excludeTags: [], devices: [], weekdays: [], hours: [], slots: [] }) as Targeting

export interface Advertiser {
  id: string
  name: string
  website: string | null
  category: string | null
  contactEmail: string | null
  createdAt: number
  updatedAt: number
}

export interface Campaign {
  id: string
  advertiserId: string
  name: string
  kind: CampaignKind
  status: 'active' | 'paused' | 'archived'
  startsAt: number
  endsAt: number | null
  goalImpressions: number | null
  dailyCap: number | null
  weight: number
  targeting: Targeting
  createdAt: number
  updatedAt: number
}

export interface Creative {
  id: string
  campaignId: string
  name: string
  format: 'image' | 'html'
  status: 'active' | 'paused'
  width: number
  height: number
  imageUrl: string | null
  alt: string
  clickUrl: string | null
  html: string | null
  disclaimer: string | null
  weight: number
  createdAt: number
  updatedAt: number
}

export interface Slot {
  id: string
  key: string
  name: string
  placement: Placement
  afterParagraph: number | null
  sizes: Record<Breakpoint, AdSize[]>
  status: 'active' | 'paused'
  createdAt: number
  updatedAt: number
}

export const toAdvertiser = (row: AdAdvertiserTable): Advertiser => ({ ...row })

export function toCampaign(row: AdCampaignTable): Campaign {
  return { ...row, targeting: { ...emptyTargeting, ...(JSON.parse(row.targeting) as Partial<Targeting>) } }
}

export const toCreative = (row: AdCreativeTable): Creative => ({ ...row })

export function toSlot(row: AdSlotTable): Slot {
  const sizes = JSON.parse(row.sizes) as Partial<Record<Breakpoint, AdSize[]>>
  return { ...row, sizes: { mobile: sizes.mobile ?? [], desktop: sizes.desktop ?? [] } }
}

export const sizeOf = (creative: Pick<Creative, 'width' | 'height'>): string => `${creative.width}x${creative.height}`

/** What a page tells the delivery about itself; the same for every reader of the page. */
export interface PageContext {
  type: PageType
  /** Tag slugs of the page (an article's tags, a tag page's tag). */
  tags: string[]
  /** The sponsor of a sponsored article, as the article names it. */
  sponsor: string | null
}
