/** Row types of the ads tables (camelCase; snake_case in SQL). */
export interface AdAdvertiserTable {
  id: string
  name: string
  website: string | null
  /** Advertisers sharing a category are competitors (exclusions beside sponsored articles). */
  category: string | null
  contactEmail: string | null
  createdAt: number
  updatedAt: number
}

export interface AdCampaignTable {
  id: string
  advertiserId: string
  name: string
  kind: 'sponsorship' | 'contract' | 'house'
  status: 'active' | 'paused' | 'archived'
  startsAt: number
  endsAt: number | null
  goalImpressions: number | null
  dailyCap: number | null
  weight: number
  /** Targeting as JSON. */
  targeting: string
  createdAt: number
  updatedAt: number
}

export interface AdCreativeTable {
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

export interface AdSlotTable {
  id: string
  key: string
  name: string
  placement: 'top' | 'in-article' | 'sidebar'
  afterParagraph: number | null
  /** Sizes per breakpoint as JSON. */
  sizes: string
  status: 'active' | 'paused'
  createdAt: number
  updatedAt: number
}

export interface AdHourlyTable {
  creativeId: string
  slotId: string
  /** Start of the hour, epoch ms. */
  hour: number
  impressions: number
  viewable: number
  clicks: number
}
