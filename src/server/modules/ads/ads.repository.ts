/** Queries on advertisers, campaigns, creatives, slots and the hourly delivery figures. */
import type { Executor } from '../../db/index.js'
import type { AdAdvertiserTable, AdCampaignTable, AdCreativeTable, AdHourlyTable, AdSlotTable } from './ads.table.js'

export const findAdvertiser = (db: Executor, id: string) => db.selectFrom('adAdvertisers').selectAll().where('id', '=', id).executeTakeFirst()
export const listAdvertisers = (db: Executor) => db.selectFrom('adAdvertisers').selectAll().orderBy('name').orderBy('id').execute()
export async function insertAdvertiser(db: Executor, row: AdAdvertiserTable): Promise<void> {
  await db.insertInto('adAdvertisers').values(row).execute()
}
export async function updateAdvertiser(db: Executor, id: string, patch: Partial<AdAdvertiserTable>): Promise<void> {
  await db.updateTable('adAdvertisers').set(patch).where('id', '=', id).execute()
}
export async function deleteAdvertiser(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('adAdvertisers').where('id', '=', id).execute()
}

export const findCampaign = (db: Executor, id: string) => db.selectFrom('adCampaigns').selectAll().where('id', '=', id).executeTakeFirst()
export function listCampaigns(db: Executor, filter: { advertiserId?: string } = {}) {
  let query = db.selectFrom('adCampaigns').selectAll()
  if (filter.advertiserId) query = query.where('advertiserId', '=', filter.advertiserId)
  return query.orderBy('startsAt', 'desc').orderBy('id').execute()
}
/** Campaigns that may deliver now or later: active and not ended. */
export const listLiveCampaigns = (db: Executor, now: number) =>
  db
    .selectFrom('adCampaigns')
    .selectAll()
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('endsAt', 'is', null), eb('endsAt', '>', now)]))
    .orderBy('id')
    .execute()
export async function insertCampaign(db: Executor, row: AdCampaignTable): Promise<void> {
  await db.insertInto('adCampaigns').values(row).execute()
}
export async function updateCampaign(db: Executor, id: string, patch: Partial<AdCampaignTable>): Promise<void> {
  await db.updateTable('adCampaigns').set(patch).where('id', '=', id).execute()
}
export async function deleteCampaign(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('adCampaigns').where('id', '=', id).execute()
}
export async function countCampaignsOf(db: Executor, advertiserId: string): Promise<number> {
  const row = await db.selectFrom('adCampaigns').select((eb) => eb.fn.countAll<number>().as('n')).where('advertiserId', '=', advertiserId).executeTakeFirst()
  return Number(row?.n ?? 0)
}

export const findCreative = (db: Executor, id: string) => db.selectFrom('adCreatives').selectAll().where('id', '=', id).executeTakeFirst()
export function listCreatives(db: Executor, filter: { campaignId?: string; campaignIds?: string[] } = {}) {
  let query = db.selectFrom('adCreatives').selectAll()
  if (filter.campaignId) query = query.where('campaignId', '=', filter.campaignId)
  if (filter.campaignIds) query = query.where('campaignId', 'in', filter.campaignIds.length > 0 ? filter.campaignIds : [''])
  return query.orderBy('campaignId').orderBy('createdAt').orderBy('id').execute()
}
export async function insertCreative(db: Executor, row: AdCreativeTable): Promise<void> {
  await db.insertInto('adCreatives').values(row).execute()
}
export async function updateCreative(db: Executor, id: string, patch: Partial<AdCreativeTable>): Promise<void> {
  await db.updateTable('adCreatives').set(patch).where('id', '=', id).execute()
}
export async function deleteCreative(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('adCreatives').where('id', '=', id).execute()
}
export async function countCreativesOf(db: Executor, campaignId: string): Promise<number> {
  const row = await db.selectFrom('adCreatives').select((eb) => eb.fn.countAll<number>().as('n')).where('campaignId', '=', campaignId).executeTakeFirst()
  return Number(row?.n ?? 0)
}

export const findSlot = (db: Executor, id: string) => db.selectFrom('adSlots').selectAll().where('id', '=', id).executeTakeFirst()
export const findSlotByKey = (db: Executor, key: string) => db.selectFrom('adSlots').selectAll().where('key', '=', key).executeTakeFirst()
export const listSlots = (db: Executor) => db.selectFrom('adSlots').selectAll().orderBy('createdAt').orderBy('id').execute()
export async function insertSlot(db: Executor, row: AdSlotTable): Promise<void> {
  await db.insertInto('adSlots').values(row).execute()
}
export async function updateSlot(db: Executor, id: string, patch: Partial<AdSlotTable>): Promise<void> {
  await db.updateTable('adSlots').set(patch).where('id', '=', id).execute()
}
export async function deleteSlot(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('adSlots').where('id', '=', id).execute()
}

/** Adds this process's counts to the hourly buckets: several processes each add their own. */
export async function addHourly(db: Executor, rows: AdHourlyTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('adHourly')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) =>
        oc.columns(['creativeId', 'slotId', 'hour']).doUpdateSet((eb) => ({
          impressions: eb('adHourly.impressions', '+', eb.ref('excluded.impressions')),
          viewable: eb('adHourly.viewable', '+', eb.ref('excluded.viewable')),
          clicks: eb('adHourly.clicks', '+', eb.ref('excluded.clicks')),
        })),
      )
      .execute()
  }
}

/** Whether any figures were counted for creatives of this campaign or for this creative / slot. */
export async function hasFigures(db: Executor, filter: { creativeIds?: string[]; slotId?: string }): Promise<boolean> {
  let query = db.selectFrom('adHourly').select('hour').limit(1)
  if (filter.creativeIds) query = query.where('creativeId', 'in', filter.creativeIds.length > 0 ? filter.creativeIds : [''])
  if (filter.slotId) query = query.where('slotId', '=', filter.slotId)
  return (await query.executeTakeFirst()) !== undefined
}

/** Impressions per campaign: in all, and since `dayStart`. */
export async function deliveredPerCampaign(db: Executor, campaignIds: string[], dayStart: number): Promise<Map<string, { total: number; today: number }>> {
  if (campaignIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('adHourly')
    .innerJoin('adCreatives', 'adCreatives.id', 'adHourly.creativeId')
    .select((eb) => [
      'adCreatives.campaignId as campaignId',
      eb.fn.sum<number>('adHourly.impressions').as('total'),
      eb.fn.sum<number>(eb.case().when('adHourly.hour', '>=', dayStart).then(eb.ref('adHourly.impressions')).else(0).end()).as('today'),
    ])
    .where('adCreatives.campaignId', 'in', campaignIds)
    .groupBy('adCreatives.campaignId')
    .execute()
  return new Map(rows.map((r) => [r.campaignId, { total: Number(r.total), today: Number(r.today) }]))
}

export interface HourlyFigures {
  creativeId: string
  campaignId: string
  hour: number
  impressions: number
  viewable: number
  clicks: number
}

/** Figures per creative and hour in [from, to), optionally for one campaign or advertiser. */
export async function figuresPerCreativeHour(db: Executor, range: { from: number; to: number; campaignId?: string; advertiserId?: string }): Promise<HourlyFigures[]> {
  let query = db
    .selectFrom('adHourly')
    .innerJoin('adCreatives', 'adCreatives.id', 'adHourly.creativeId')
    .innerJoin('adCampaigns', 'adCampaigns.id', 'adCreatives.campaignId')
    .select((eb) => [
      'adHourly.creativeId as creativeId',
      'adCreatives.campaignId as campaignId',
      'adHourly.hour as hour',
      eb.fn.sum<number>('adHourly.impressions').as('impressions'),
      eb.fn.sum<number>('adHourly.viewable').as('viewable'),
      eb.fn.sum<number>('adHourly.clicks').as('clicks'),
    ])
    .where('adHourly.hour', '>=', range.from)
    .where('adHourly.hour', '<', range.to)
  if (range.campaignId) query = query.where('adCampaigns.id', '=', range.campaignId)
  if (range.advertiserId) query = query.where('adCampaigns.advertiserId', '=', range.advertiserId)
  const rows = await query.groupBy(['adHourly.creativeId', 'adCreatives.campaignId', 'adHourly.hour']).orderBy('adHourly.hour').orderBy('adHourly.creativeId').execute()
  return rows.map((r) => ({ creativeId: r.creativeId, campaignId: r.campaignId, hour: Number(r.hour), impressions: Number(r.impressions), viewable: Number(r.viewable), clicks: Number(r.clicks) }))
}
