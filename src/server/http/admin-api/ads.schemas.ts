/** TypeBox schemas of the ads admin routes, and the presenters that fill them. */
import { Type } from '@sinclair/typebox'
import { adSizes, breakpoints, campaignKinds, pageTypes, placements, sizeOf, type Advertiser, type Campaign, type Creative, type Slot } from '../../modules/ads/index.js'
import { Id, iso, Nullable, Time } from './schemas.js'

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)))
const Size = literals(adSizes)

const TargetingFields = {
  pageTypes: Type.Array(literals(pageTypes), { maxItems: 4 }),
  tags: Type.Array(Type.String({ maxLength: 80 }), { maxItems: 100, description: 'Tag slugs: the page carries at least one' }),
  excludeTags: Type.Array(Type.String({ maxLength: 80 }), { maxItems: 100, description: 'Tag slugs: never on a page carrying one' }),
  devices: Type.Array(literals(breakpoints), { maxItems: 2, description: 'The site’s breakpoints: mobile below 760 px, desktop from 760 px' }),
  weekdays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { maxItems: 7, description: '1 = Monday … 7 = Sunday, Europe/Amsterdam' }),
  hours: Type.Array(Type.Integer({ minimum: 0, maximum: 23 }), { maxItems: 24, description: 'Hours in Europe/Amsterdam' }),
  slots: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20, description: 'Slot keys; empty: every slot the creatives fit' }),
}
const Targeting = Type.Object(TargetingFields)
const TargetingInput = Type.Partial(Type.Object(TargetingFields, { additionalProperties: false }), { additionalProperties: false })

export const AdvertiserSchema = Type.Object({
  id: Id,
  name: Type.String(),
  website: Nullable(Type.String()),
  category: Nullable(Type.String()),
  contactEmail: Nullable(Type.String()),
  createdAt: Time,
  updatedAt: Time,
})
const advertiserFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  website: Nullable(Type.String({ maxLength: 2000 })),
  category: Nullable(Type.String({ maxLength: 60, description: 'Advertisers in one category are competitors: none shows beside another’s sponsored article' })),
  contactEmail: Nullable(Type.String({ maxLength: 254 })),
}
export const AdvertiserCreate = Type.Object({ name: advertiserFields.name, website: Type.Optional(advertiserFields.website), category: Type.Optional(advertiserFields.category), contactEmail: Type.Optional(advertiserFields.contactEmail) }, { additionalProperties: false })
export const AdvertiserUpdate = Type.Partial(Type.Object(advertiserFields), { additionalProperties: false })

export const CampaignSchema = Type.Object({
  id: Id,
  advertiserId: Id,
  name: Type.String(),
  kind: literals(campaignKinds),
  status: literals(['active', 'paused', 'archived'] as const),
  startsAt: Time,
  endsAt: Nullable(Time),
  goalImpressions: Nullable(Type.Integer()),
  dailyCap: Nullable(Type.Integer()),
  weight: Type.Integer(),
  targeting: Targeting,
  createdAt: Time,
  updatedAt: Time,
})
const campaignFields = {
  advertiserId: Id,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Union([Type.Literal('sponsorship'), Type.Literal('contract'), Type.Literal('house')], { description: 'sponsorship before contract (paced to its goal) before house ads' }),
  status: literals(['active', 'paused', 'archived'] as const),
  startsAt: Time,
  endsAt: Nullable(Time),
  goalImpressions: Nullable(Type.Integer({ minimum: 1 })),
  dailyCap: Nullable(Type.Integer({ minimum: 1 })),
  weight: Type.Integer({ minimum: 1, maximum: 1000 }),
  targeting: TargetingInput,
}
export const CampaignCreate = Type.Object(
  {
    advertiserId: campaignFields.advertiserId,
    name: campaignFields.name,
    kind: campaignFields.kind,
    startsAt: campaignFields.startsAt,
    status: Type.Optional(campaignFields.status),
    endsAt: Type.Optional(campaignFields.endsAt),
    goalImpressions: Type.Optional(campaignFields.goalImpressions),
    dailyCap: Type.Optional(campaignFields.dailyCap),
    weight: Type.Optional(campaignFields.weight),
    targeting: Type.Optional(campaignFields.targeting),
  },
  { additionalProperties: false },
)
export const CampaignUpdate = Type.Partial(Type.Object(campaignFields), { additionalProperties: false })

export const CreativeSchema = Type.Object({
  id: Id,
  campaignId: Id,
  name: Type.String(),
  format: literals(['image', 'html'] as const),
  status: literals(['active', 'paused'] as const),
  size: Type.String(),
  imageUrl: Nullable(Type.String()),
  alt: Type.String(),
  clickUrl: Nullable(Type.String()),
  html: Nullable(Type.String()),
  disclaimer: Nullable(Type.String()),
  weight: Type.Integer(),
  createdAt: Time,
  updatedAt: Time,
})
const creativeFields = {
  campaignId: Id,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  format: Type.Union([Type.Literal('image'), Type.Literal('html')], { description: 'html: HTML or a third-party tag, shown in a sandboxed iframe; %%CLICK_URL%% becomes the signed click link' }),
  status: literals(['active', 'paused'] as const),
  size: Size,
  alt: Type.String({ maxLength: 300 }),
  clickUrl: Nullable(Type.String({ maxLength: 2000 })),
  html: Nullable(Type.String({ maxLength: 20_000 })),
  disclaimer: Nullable(Type.String({ maxLength: 500, description: 'Shown with the creative, e.g. the MiCA statement for crypto marketing' })),
  weight: Type.Integer({ minimum: 1, maximum: 1000 }),
}
export const CreativeCreate = Type.Object(
  {
    campaignId: creativeFields.campaignId,
    name: creativeFields.name,
    format: creativeFields.format,
    size: creativeFields.size,
    status: Type.Optional(creativeFields.status),
    alt: Type.Optional(creativeFields.alt),
    clickUrl: Type.Optional(creativeFields.clickUrl),
    html: Type.Optional(creativeFields.html),
    disclaimer: Type.Optional(creativeFields.disclaimer),
    weight: Type.Optional(creativeFields.weight),
  },
  { additionalProperties: false },
)
export const CreativeUpdate = Type.Partial(Type.Object(creativeFields), { additionalProperties: false })

export const SlotSchema = Type.Object({
  id: Id,
  key: Type.String(),
  name: Type.String(),
  placement: literals(placements),
  afterParagraph: Nullable(Type.Integer()),
  sizes: Type.Object({ mobile: Type.Array(Type.String()), desktop: Type.Array(Type.String()) }),
  status: literals(['active', 'paused'] as const),
  createdAt: Time,
  updatedAt: Time,
})
const slotFields = {
  key: Type.String({ minLength: 1, maxLength: 40 }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  placement: literals(placements),
  afterParagraph: Nullable(Type.Integer({ minimum: 1, maximum: 20, description: 'in-article slots: after this top-level paragraph' })),
  sizes: Type.Object({ mobile: Type.Optional(Type.Array(Size, { maxItems: 8 })), desktop: Type.Optional(Type.Array(Size, { maxItems: 8 })) }, { additionalProperties: false }),
  status: literals(['active', 'paused'] as const),
}
export const SlotCreate = Type.Object(
  { key: slotFields.key, name: slotFields.name, placement: slotFields.placement, sizes: slotFields.sizes, afterParagraph: Type.Optional(slotFields.afterParagraph), status: Type.Optional(slotFields.status) },
  { additionalProperties: false },
)
export const SlotUpdate = Type.Partial(Type.Object(slotFields), { additionalProperties: false })

const FiguresFields = { impressions: Type.Integer(), viewable: Type.Integer(), clicks: Type.Integer(), ctr: Type.Number({ description: 'Clicks per 100 impressions' }) }
export const ReportSchema = Type.Object({
  from: Time,
  to: Time,
  totals: Type.Object(FiguresFields),
  campaigns: Type.Array(Type.Object({ campaignId: Type.String(), campaign: Type.String(), advertiserId: Type.String(), advertiser: Type.String(), kind: Type.String(), ...FiguresFields })),
  creatives: Type.Array(Type.Object({ creativeId: Type.String(), creative: Type.String(), campaignId: Type.String(), size: Type.String(), ...FiguresFields })),
  days: Type.Array(Type.Object({ day: Type.String(), campaignId: Type.String(), creativeId: Type.String(), ...FiguresFields })),
})
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A day in Europe/Amsterdam, YYYY-MM-DD' })
export const ReportQuery = Type.Object(
  { from: Day, to: Type.Optional(Day), campaignId: Type.Optional(Id), advertiserId: Type.Optional(Id) },
  { additionalProperties: false },
)

const times = <T extends { createdAt: number; updatedAt: number }>(row: T) => ({ createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) })
export const presentAdvertiser = (a: Advertiser) => ({ ...a, ...times(a) })
export const presentCampaign = (c: Campaign) => ({ ...c, startsAt: iso(c.startsAt), endsAt: c.endsAt === null ? null : iso(c.endsAt), ...times(c) })
export const presentCreative = (c: Creative) => ({ ...c, size: sizeOf(c), ...times(c) })
export const presentSlot = (s: Slot) => ({ ...s, ...times(s) })
