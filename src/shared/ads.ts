/**
 * The ads vocabulary the server and the desk share: campaign kinds, page types, breakpoints,
 * placements, sizes and a campaign's targeting, as the admin API sends them.
 */

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
