/**
 * Ads: first-party, direct-sold. Advertisers → campaigns (sponsorship > contract > house) →
 * creatives, shown in slots chosen per response without per-reader state; counting into hourly
 * buckets; delivery reports.
 */
export { createAdsService, type AdsService, type AdsServiceOptions } from './ads.service.js'
export { createDelivery, paceStepMs, type Delivery, type DeliveryData, type SlotChoice, type Snapshot } from './ads.delivery.js'
export { reportCsv, type AdReport, type Figures } from './ads.report.js'
export type { AdEvent } from './ads.counters.js'
export type { AdvertiserInput, CampaignInput, CreativeInput, SlotInput } from './ads.input.js'
export {
  adSizes,
  breakpoints,
  campaignKinds,
  desktopMinWidth,
  emptyTargeting,
  pageTypes,
  placements,
  sizeOf,
  type AdSize,
  type Advertiser,
  type Breakpoint,
  type Campaign,
  type CampaignKind,
  type Creative,
  type PageContext,
  type PageType,
  type Placement,
  type Slot,
  type Targeting,
} from './ads.model.js'
export type { AdAdvertiserTable, AdCampaignTable, AdCreativeTable, AdHourlyTable, AdSlotTable } from './ads.table.js'
