/** Rule checks on what the desk sends about advertisers, campaigns, creatives and slots (422 listing every problem). */
import { validationError } from '../../errors.js'
import { adSizes, breakpoints, campaignKinds, pageTypes, placements, type AdSize, type Advertiser, type Breakpoint, type Campaign, type CampaignKind, type Creative, type PageType, type Placement, type Slot, type Targeting } from './ads.model.js'

type Problem = { field: string; message: string }

export interface AdvertiserInput {
  name?: string
  website?: string | null
  category?: string | null
  contactEmail?: string | null
}

export interface CampaignInput {
  advertiserId?: string
  name?: string
  kind?: CampaignKind
  status?: Campaign['status']
  startsAt?: number
  endsAt?: number | null
  goalImpressions?: number | null
  dailyCap?: number | null
  weight?: number
  targeting?: Partial<Targeting>
}

export interface CreativeInput {
  campaignId?: string
  name?: string
  format?: Creative['format']
  status?: Creative['status']
  /** "728x90" */
  size?: string
  alt?: string
  clickUrl?: string | null
  html?: string | null
  disclaimer?: string | null
  weight?: number
}

export interface SlotInput {
  key?: string
  name?: string
  placement?: Placement
  afterParagraph?: number | null
  sizes?: Partial<Record<Breakpoint, string[]>>
  status?: Slot['status']
}

const controlChars = /[\u0000-\u0008\u000b-\u001f\u007f]/

function text(problems: Problem[], field: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const cleaned = (value ?? '').trim()
  if (controlChars.test(cleaned)) problems.push({ field, message: 'contains control characters' })
  else if (cleaned.length > max) problems.push({ field, message: `at most ${max} characters` })
  else if (required && cleaned === '') problems.push({ field, message: 'is required' })
  return cleaned === '' ? null : cleaned
}

/** http(s) only: a creative's link must never be javascript: or data:. */
export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false
  const url = new URL(value)
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
}

function webUrl(problems: Problem[], field: string, value: string | null | undefined, required: boolean): string | null {
  const cleaned = text(problems, field, value, 2000, required)
  if (cleaned !== null && !isWebUrl(cleaned)) problems.push({ field, message: 'must be an http or https address' })
  return cleaned
}

function positive(problems: Problem[], field: string, value: number | null | undefined, max: number): number | null {
  if (value === null || value === undefined) return null
  if (!Number.isInteger(value) || value < 1 || value > max) problems.push({ field, message: `a whole number from 1 to ${max}` })
  return value
}

function fail(problems: Problem[]): void {
  if (problems.length > 0) throw validationError(problems)
}

export function cleanAdvertiser(input: AdvertiserInput, current: Advertiser | null): Omit<Advertiser, 'id' | 'createdAt' | 'updatedAt'> {
  const problems: Problem[] = []
  const name = text(problems, 'name', input.name ?? current?.name, 200, true) ?? ''
  const website = webUrl(problems, 'website', input.website !== undefined ? input.website : current?.website, false)
  const category = text(problems, 'category', input.category !== undefined ? input.category : current?.category, 60, false)
  const contactEmail = text(problems, 'contactEmail', input.contactEmail !== undefined ? input.contactEmail : current?.contactEmail, 254, false)
  if (contactEmail !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail)) problems.push({ field: 'contactEmail', message: 'is not an email address' })
  fail(problems)
  return { name, website, category: category?.toLowerCase() ?? null, contactEmail }
}

function subset<T extends string>(problems: Problem[], field: string, values: readonly unknown[] | undefined, allowed: readonly T[]): T[] {
  const list = values ?? []
  const bad = list.find((v) => !allowed.includes(v as T))
  if (bad !== undefined) problems.push({ field, message: `${String(bad)} is not one of ${allowed.join(', ')}` })
  return [...new Set(list as T[])]
}

function numbers(problems: Problem[], field: string, values: readonly number[] | undefined, min: number, max: number): number[] {
  const list = values ?? []
  if (list.some((n) => !Number.isInteger(n) || n < min || n > max)) problems.push({ field, message: `whole numbers from ${min} to ${max}` })
  return [...new Set(list)].sort((a, b) => a - b)
}

function slugs(problems: Problem[], field: string, values: readonly string[] | undefined): string[] {
  const list = (values ?? []).map((v) => v.trim().toLowerCase())
  if (list.some((v) => !/^[a-z0-9][a-z0-9-]{0,79}$/.test(v))) problems.push({ field, message: 'tag slugs (lowercase letters, digits and hyphens)' })
  return [...new Set(list)]
}

export function cleanTargeting(input: Partial<Targeting>, problems: Problem[]): Targeting {
  return {
    pageTypes: subset<PageType>(problems, 'targeting.pageTypes', input.pageTypes, pageTypes),
    tags: slugs(problems, 'targeting.tags', input.tags),
    excludeTags: slugs(problems, 'targeting.excludeTags', input.excludeTags),
    devices: subset<Breakpoint>(problems, 'targeting.devices', input.devices, breakpoints),
    weekdays: numbers(problems, 'targeting.weekdays', input.weekdays, 1, 7),
    hours: numbers(problems, 'targeting.hours', input.hours, 0, 23),
    slots: slugs(problems, 'targeting.slots', input.slots),
  }
}

export function cleanCampaign(input: CampaignInput, current: Campaign | null): Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'> {
  const problems: Problem[] = []
  const pick = <K extends keyof CampaignInput & keyof Campaign>(key: K) => (input[key] !== undefined ? input[key] : current?.[key])
  const name = text(problems, 'name', pick('name') as string | undefined, 200, true) ?? ''
  const kind = (pick('kind') ?? 'house') as CampaignKind
  if (!campaignKinds.includes(kind)) problems.push({ field: 'kind', message: `one of ${campaignKinds.join(', ')}` })
  const status = (pick('status') ?? 'active') as Campaign['status']
  const startsAt = pick('startsAt') as number | undefined
  if (startsAt === undefined || !Number.isFinite(startsAt)) problems.push({ field: 'startsAt', message: 'is required' })
  const endsAt = (pick('endsAt') ?? null) as number | null
  if (endsAt !== null && startsAt !== undefined && endsAt <= startsAt) problems.push({ field: 'endsAt', message: 'must be after startsAt' })
  const goalImpressions = positive(problems, 'goalImpressions', pick('goalImpressions') as number | null | undefined, 1_000_000_000)
  const dailyCap = positive(problems, 'dailyCap', pick('dailyCap') as number | null | undefined, 1_000_000_000)
  const weight = positive(problems, 'weight', (pick('weight') ?? 1) as number, 1000) ?? 1
  // Pacing spreads a goal over the run: a contract needs both.
  if (kind === 'contract' && (goalImpressions === null || endsAt === null)) problems.push({ field: goalImpressions === null ? 'goalImpressions' : 'endsAt', message: 'a contract campaign needs an impression goal and an end' })
  const targeting = cleanTargeting(input.targeting ?? current?.targeting ?? {}, problems)
  fail(problems)
  return { advertiserId: (pick('advertiserId') ?? '') as string, name, kind, status, startsAt: startsAt ?? 0, endsAt, goalImpressions, dailyCap, weight, targeting }
}

export function parseSize(size: string): { width: number; height: number } | null {
  if (!adSizes.includes(size as AdSize)) return null
  const [width, height] = size.split('x').map(Number)
  return { width: width ?? 0, height: height ?? 0 }
}

export function cleanCreative(input: CreativeInput, current: Creative | null): Omit<Creative, 'id' | 'createdAt' | 'updatedAt' | 'imageUrl'> {
  const problems: Problem[] = []
  const pick = <K extends keyof CreativeInput & keyof Creative>(key: K) => (input[key] !== undefined ? input[key] : current?.[key])
  const name = text(problems, 'name', pick('name') as string | undefined, 200, true) ?? ''
  const format = (pick('format') ?? 'image') as Creative['format']
  const size = input.size !== undefined ? parseSize(input.size) : current ? { width: current.width, height: current.height } : null
  if (!size) problems.push({ field: 'size', message: `one of ${adSizes.join(', ')}` })
  const alt = text(problems, 'alt', pick('alt') as string | undefined, 300, format === 'image') ?? ''
  const clickUrl = webUrl(problems, 'clickUrl', pick('clickUrl') as string | null | undefined, format === 'image')
  const html = format === 'html' ? text(problems, 'html', pick('html') as string | null | undefined, 20_000, true) : null
  const disclaimer = text(problems, 'disclaimer', pick('disclaimer') as string | null | undefined, 500, false)
  const weight = positive(problems, 'weight', (pick('weight') ?? 1) as number, 1000) ?? 1
  fail(problems)
  return {
    campaignId: (pick('campaignId') ?? '') as string,
    name,
    format,
    status: (pick('status') ?? 'active') as Creative['status'],
    width: size?.width ?? 0,
    height: size?.height ?? 0,
    alt,
    clickUrl,
    html,
    disclaimer,
    weight,
  }
}

export function cleanSlot(input: SlotInput, current: Slot | null): Omit<Slot, 'id' | 'createdAt' | 'updatedAt'> {
  const problems: Problem[] = []
  const key = (input.key ?? current?.key ?? '').trim()
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(key)) problems.push({ field: 'key', message: 'lowercase letters, digits and hyphens, up to 40' })
  const name = text(problems, 'name', input.name ?? current?.name, 200, true) ?? ''
  const placement = (input.placement ?? current?.placement ?? 'top') as Placement
  if (!placements.includes(placement)) problems.push({ field: 'placement', message: `one of ${placements.join(', ')}` })
  const afterParagraph = input.afterParagraph !== undefined ? input.afterParagraph : (current?.afterParagraph ?? null)
  if (placement === 'in-article' && (afterParagraph === null || !Number.isInteger(afterParagraph) || afterParagraph < 1 || afterParagraph > 20)) {
    problems.push({ field: 'afterParagraph', message: 'an in-article slot goes after paragraph 1 to 20' })
  }
  const given = input.sizes ?? current?.sizes ?? {}
  const sizes = {
    mobile: subset<AdSize>(problems, 'sizes.mobile', given.mobile, adSizes),
    desktop: subset<AdSize>(problems, 'sizes.desktop', given.desktop, adSizes),
  }
  if (sizes.mobile.length + sizes.desktop.length === 0) problems.push({ field: 'sizes', message: 'a slot takes at least one size' })
  fail(problems)
  return { key, name, placement, afterParagraph: placement === 'in-article' ? afterParagraph : null, sizes, status: input.status ?? current?.status ?? 'active' }
}
