/** The ads domain as the rest of the code sees it, and the mapping from rows. */
import type { AdAdvertiserTable, AdCampaignTable, AdCreativeTable, AdSlotTable } from './ads.table.js'

export const campaignKinds = ['sponsorship', 'contract', 'house'] as const
export type CampaignKind = (typeof campaignKinds)[number]
/** Device classes are the site's two breakpoints: the slot shows the creative fitting the reader's width. */
export const breakpoints = ['mobile', 'desktop'] as const
export type Breakpoint = (typeof breakpoints)[number]
export const pageTypes = ['home', 'article', 'page', 'list'] as const
export type PageType = (typeof pageTypes)[number]
export const placements = ['top', 'in-article', 'sidebar'] as const
export type Placement = (typeof placements)[number]
/** The IAB sizes the slots and creatives speak. */
export const adSizes = ['728x90', '970x250', '970x90', '320x100', '320x50', '300x250', '300x600', '336x280'] as const
export type AdSize = (typeof adSizes)[number]
/** Below this width the mobile sizes apply (a 728x90 needs 760 px with the page's margins). */
export const desktopMinWidth = 760

export interface Targeting {
  /** Empty: every page type. */
  pageTypes: PageType[]
  /** The page carries at least one of these tags (slugs); empty: any page. */
  tags: string[]
  /** Never on a page carrying one of these tags. */
  excludeTags: string[]
  /** Empty: both breakpoints. */
  devices: Breakpoint[]
  /** ISO weekdays in Europe/Amsterdam, 1 = Monday … 7 = Sunday; empty: every day. */
  weekdays: number[]
  /** Hours in Europe/Amsterdam, 0–23; empty: all day. */
  hours: number[]
  /** Slot keys; empty: every slot its creatives fit. */
  slots: string[]
}

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
