/**
 * Ads: the desk's CRUD over advertisers, campaigns, creatives and slots; the live delivery
 * (a snapshot of what may show, reloaded every few seconds and at once after a change here);
 * counting; and delivery reports. No change here purges the page cache: cached pages carry
 * placement markers, and slots, campaigns and creatives are resolved per response.
 */
import { AppError, validationError } from '../../errors.js'
import { isId, newId } from '../../../shared/ids.js'
import { startOfDay } from '../../../shared/dates.js'
import type { ModuleContext } from '../context.js'
import { sniffImage, type MediaService } from '../media/index.js'
import type { Actor } from '../people/index.js'
import { createAdCounters, type AdEvent } from './ads.counters.js'
import { createDelivery, type Snapshot } from './ads.delivery.js'
import { cleanAdvertiser, cleanCampaign, cleanCreative, cleanSlot, type AdvertiserInput, type CampaignInput, type CreativeInput, type SlotInput } from './ads.input.js'
import { toAdvertiser, toCampaign, toCreative, toSlot, type Advertiser, type Campaign, type Creative, type PageContext, type Slot } from './ads.model.js'
import * as repo from './ads.repository.js'
import { buildReport, type AdReport } from './ads.report.js'

export interface AdsServiceOptions {
  media: MediaService
  /** Randomness for the weighted choices; injected so tests are deterministic. */
  random?: () => number
  /** How long the live snapshot is used before it is read again (other processes' changes). */
  refreshMs?: number
  /** Largest creative image accepted, in bytes (default 200 KB). */
  maxImageBytes?: number
}

export function createAdsService(ctx: ModuleContext, options: AdsServiceOptions) {
  const delivery = createDelivery({ now: ctx.now, random: options.random ?? Math.random })
  const counters = createAdCounters(ctx.db, ctx.now)
  const refreshMs = options.refreshMs ?? 5000
  const maxImageBytes = options.maxImageBytes ?? 200 * 1024
  let loadedAt = Number.NEGATIVE_INFINITY
  let loading: Promise<void> | null = null

  async function readLive(): Promise<void> {
    const now = ctx.now()
    const dayStart = startOfDay(now)
    const [advertisers, campaigns, slots] = await Promise.all([repo.listAdvertisers(ctx.db), repo.listLiveCampaigns(ctx.db, now), repo.listSlots(ctx.db)])
    const ids = campaigns.map((c) => c.id)
    const [creatives, delivered] = await Promise.all([repo.listCreatives(ctx.db, { campaignIds: ids }), repo.deliveredPerCampaign(ctx.db, ids, dayStart)])
    delivery.load({ advertisers: advertisers.map(toAdvertiser), campaigns: campaigns.map(toCampaign), creatives: creatives.map(toCreative), slots: slots.map(toSlot), delivered, dayStart })
    loadedAt = now
  }

  function refresh(): Promise<void> {
    loading ??= readLive().finally(() => {
      loading = null
    })
    return loading
  }

  /** The snapshot in use; a stale one is read again in the background (and kept if that fails). */
  function live(): Snapshot {
    const now = ctx.now()
    if ((now - loadedAt > refreshMs || now < loadedAt) && !loading) refresh().catch(() => undefined)
    return delivery.snapshot
  }

  const changed = () => {
    loadedAt = Number.NEGATIVE_INFINITY
  }

  async function requireAdvertiser(id: string): Promise<Advertiser> {
    const row = isId(id) ? await repo.findAdvertiser(ctx.db, id) : undefined
    if (!row) throw new AppError('ADVERTISER_NOT_FOUND')
    return toAdvertiser(row)
  }
  async function requireCampaign(id: string): Promise<Campaign> {
    const row = isId(id) ? await repo.findCampaign(ctx.db, id) : undefined
    if (!row) throw new AppError('CAMPAIGN_NOT_FOUND')
    return toCampaign(row)
  }
  async function requireCreative(id: string): Promise<Creative> {
    const row = isId(id) ? await repo.findCreative(ctx.db, id) : undefined
    if (!row) throw new AppError('CREATIVE_NOT_FOUND')
    return toCreative(row)
  }
  async function requireSlot(id: string): Promise<Slot> {
    const row = isId(id) ? await repo.findSlot(ctx.db, id) : undefined
    if (!row) throw new AppError('SLOT_NOT_FOUND')
    return toSlot(row)
  }
  async function advertiserMustExist(id: string): Promise<void> {
    if (!isId(id) || !(await repo.findAdvertiser(ctx.db, id))) throw validationError([{ field: 'advertiserId', message: 'no such advertiser' }])
  }
  async function campaignMustExist(id: string): Promise<void> {
    if (!isId(id) || !(await repo.findCampaign(ctx.db, id))) throw validationError([{ field: 'campaignId', message: 'no such campaign' }])
  }
  function imageMustBePresent(creative: Pick<Creative, 'format' | 'status' | 'imageUrl'>): void {
    if (creative.format === 'image' && creative.status === 'active' && !creative.imageUrl) throw validationError([{ field: 'status', message: 'an image creative goes live once its image is uploaded' }])
  }
  async function slotKeyFree(key: string, id: string | null): Promise<void> {
    const other = await repo.findSlotByKey(ctx.db, key)
    if (other && other.id !== id) throw new AppError('CONFLICT', 'Another slot has that key.', 'key')
  }

  return {
    /** Reads the live snapshot now (at start, and in tests after a change). */
    refresh,
    live,
    /** The creative per breakpoint for one slot on a page; `record` false for bots (not counted for pacing). */
    chooseForSlot(slotId: string, page: PageContext, record: boolean) {
      live()
      return delivery.chooseForSlot(slotId, page, record)
    },
    /** One decision, for the benchmark and tests. */
    decide: delivery.decide,

    count(event: AdEvent, creativeId: string, slotId: string): void {
      counters.count(event, creativeId, slotId)
    },
    get pending(): number {
      return counters.pending
    },
    flush: () => counters.flush(),

    /** Where a click on this creative goes: from the snapshot, else the database (a paused creative's link still works). */
    async clickTarget(creativeId: string): Promise<string | null> {
      const live = delivery.snapshot.creatives.get(creativeId)
      if (live) return live.clickUrl
      const row = isId(creativeId) ? await repo.findCreative(ctx.db, creativeId) : undefined
      return row?.clickUrl ?? null
    },

    // Advertisers
    listAdvertisers: async (): Promise<Advertiser[]> => (await repo.listAdvertisers(ctx.db)).map(toAdvertiser),
    getAdvertiser: requireAdvertiser,
    async createAdvertiser(_actor: Actor, input: AdvertiserInput): Promise<Advertiser> {
      const now = ctx.now()
      const row = { id: newId(now), ...cleanAdvertiser(input, null), createdAt: now, updatedAt: now }
      await repo.insertAdvertiser(ctx.db, row)
      changed()
      return row
    },
    async updateAdvertiser(_actor: Actor, id: string, input: AdvertiserInput): Promise<Advertiser> {
      const current = await requireAdvertiser(id)
      const next = { ...current, ...cleanAdvertiser(input, current), updatedAt: ctx.now() }
      await repo.updateAdvertiser(ctx.db, id, next)
      changed()
      return next
    },
    async deleteAdvertiser(_actor: Actor, id: string): Promise<void> {
      await requireAdvertiser(id)
      if ((await repo.countCampaignsOf(ctx.db, id)) > 0) throw new AppError('CONFLICT', 'This advertiser has campaigns; delete or keep them first.')
      await repo.deleteAdvertiser(ctx.db, id)
      changed()
    },

    // Campaigns
    listCampaigns: async (filter: { advertiserId?: string } = {}): Promise<Campaign[]> => (await repo.listCampaigns(ctx.db, filter)).map(toCampaign),
    getCampaign: requireCampaign,
    async createCampaign(_actor: Actor, input: CampaignInput): Promise<Campaign> {
      const clean = cleanCampaign(input, null)
      await advertiserMustExist(clean.advertiserId)
      const now = ctx.now()
      const campaign: Campaign = { id: newId(now), ...clean, createdAt: now, updatedAt: now }
      await repo.insertCampaign(ctx.db, { ...campaign, targeting: JSON.stringify(campaign.targeting) })
      changed()
      return campaign
    },
    async updateCampaign(_actor: Actor, id: string, input: CampaignInput): Promise<Campaign> {
      const current = await requireCampaign(id)
      const clean = cleanCampaign(input, current)
      if (clean.advertiserId !== current.advertiserId) await advertiserMustExist(clean.advertiserId)
      const next: Campaign = { ...current, ...clean, updatedAt: ctx.now() }
      await repo.updateCampaign(ctx.db, id, { ...next, targeting: JSON.stringify(next.targeting) })
      changed()
      return next
    },
    /** Only a campaign without creatives; one that delivered is archived instead (its figures are proof). */
    async deleteCampaign(_actor: Actor, id: string): Promise<void> {
      await requireCampaign(id)
      if ((await repo.countCreativesOf(ctx.db, id)) > 0) throw new AppError('CONFLICT', 'This campaign has creatives; archive it instead.')
      await repo.deleteCampaign(ctx.db, id)
      changed()
    },

    // Creatives
    listCreatives: async (filter: { campaignId?: string } = {}): Promise<Creative[]> => (await repo.listCreatives(ctx.db, filter)).map(toCreative),
    getCreative: requireCreative,
    async createCreative(_actor: Actor, input: CreativeInput): Promise<Creative> {
      const clean = cleanCreative(input, null)
      await campaignMustExist(clean.campaignId)
      const now = ctx.now()
      // An image creative waits (paused) for its image unless told otherwise.
      const creative: Creative = { id: newId(now), ...clean, status: clean.format === 'image' && input.status === undefined ? 'paused' : clean.status, imageUrl: null, createdAt: now, updatedAt: now }
      imageMustBePresent(creative)
      await repo.insertCreative(ctx.db, creative)
      changed()
      return creative
    },
    async updateCreative(_actor: Actor, id: string, input: CreativeInput): Promise<Creative> {
      const current = await requireCreative(id)
      const clean = cleanCreative(input, current)
      if (clean.campaignId !== current.campaignId) await campaignMustExist(clean.campaignId)
      // A new size or format needs a new image.
      const keepsImage = clean.format === current.format && clean.width === current.width && clean.height === current.height
      const next: Creative = { ...current, ...clean, imageUrl: keepsImage ? current.imageUrl : null, updatedAt: ctx.now() }
      imageMustBePresent(next)
      await repo.updateCreative(ctx.db, id, next)
      changed()
      return next
    },
    /**
     * The creative's image: the bytes decide the type (JPEG, PNG, WebP, AVIF, GIF), it must be the
     * creative's size in pixels (or exactly twice, for sharp screens) and at most `maxImageBytes`.
     * Stored through the media library (re-encoded, metadata stripped).
     */
    async uploadCreativeImage(actor: Actor, id: string, file: { bytes: Buffer; filename: string }): Promise<Creative> {
      const creative = await requireCreative(id)
      if (creative.format !== 'image') throw validationError([{ field: 'file', message: 'only image creatives take an image' }])
      if (file.bytes.length === 0) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The file is empty.', 'file')
      if (file.bytes.length > maxImageBytes) throw new AppError('MEDIA_TOO_LARGE', `Ad images may be at most ${Math.round(maxImageBytes / 1024)} KB.`, 'file')
      const image = await sniffImage(file.bytes, { maxSide: 4000, maxPixels: 4_000_000 })
      const fits = [1, 2].some((scale) => image.width === creative.width * scale && image.height === creative.height * scale)
      if (!fits) {
        throw validationError([{ field: 'file', message: `the image is ${image.width}x${image.height} pixels; this creative needs ${creative.width}x${creative.height} (or ${creative.width * 2}x${creative.height * 2})` }])
      }
      const media = await options.media.uploadImage(actor, { bytes: file.bytes, filename: file.filename, alt: creative.alt })
      const next: Creative = { ...creative, imageUrl: media.url, updatedAt: ctx.now() }
      await repo.updateCreative(ctx.db, id, { imageUrl: next.imageUrl, updatedAt: next.updatedAt })
      changed()
      return next
    },
    async deleteCreative(_actor: Actor, id: string): Promise<void> {
      await requireCreative(id)
      if (await repo.hasFigures(ctx.db, { creativeIds: [id] })) throw new AppError('CONFLICT', 'This creative has delivery figures; pause it instead.')
      await repo.deleteCreative(ctx.db, id)
      changed()
    },

    // Slots
    listSlots: async (): Promise<Slot[]> => (await repo.listSlots(ctx.db)).map(toSlot),
    getSlot: requireSlot,
    async createSlot(_actor: Actor, input: SlotInput): Promise<Slot> {
      const clean = cleanSlot(input, null)
      await slotKeyFree(clean.key, null)
      const now = ctx.now()
      const slot: Slot = { id: newId(now), ...clean, createdAt: now, updatedAt: now }
      await repo.insertSlot(ctx.db, { ...slot, sizes: JSON.stringify(slot.sizes) })
      changed()
      return slot
    },
    async updateSlot(_actor: Actor, id: string, input: SlotInput): Promise<Slot> {
      const current = await requireSlot(id)
      const clean = cleanSlot(input, current)
      await slotKeyFree(clean.key, id)
      const next: Slot = { ...current, ...clean, updatedAt: ctx.now() }
      await repo.updateSlot(ctx.db, id, { ...next, sizes: JSON.stringify(next.sizes) })
      changed()
      return next
    },
    async deleteSlot(_actor: Actor, id: string): Promise<void> {
      await requireSlot(id)
      if (await repo.hasFigures(ctx.db, { slotId: id })) throw new AppError('CONFLICT', 'This slot has delivery figures; pause it instead.')
      await repo.deleteSlot(ctx.db, id)
      changed()
    },

    /** Impressions, viewable impressions, clicks and CTR per campaign, creative and day (Europe/Amsterdam) in [from, to). */
    async report(range: { from: number; to: number; campaignId?: string; advertiserId?: string }): Promise<AdReport> {
      if (!(range.to > range.from)) throw validationError([{ field: 'to', message: 'must be after from' }])
      if (range.to - range.from > 400 * 86_400_000) throw validationError([{ field: 'to', message: 'a report covers at most 400 days' }])
      const [figures, advertisers, campaigns, creatives] = await Promise.all([
        repo.figuresPerCreativeHour(ctx.db, range),
        repo.listAdvertisers(ctx.db),
        repo.listCampaigns(ctx.db, range.advertiserId ? { advertiserId: range.advertiserId } : {}),
        repo.listCreatives(ctx.db, range.campaignId ? { campaignId: range.campaignId } : {}),
      ])
      return buildReport(range, figures, advertisers.map(toAdvertiser), campaigns.map(toCampaign), creatives.map(toCreative))
    },
  }
}

export type AdsService = ReturnType<typeof createAdsService>
