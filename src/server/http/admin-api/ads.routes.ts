/**
 * Ads in the desk (editors and admins, policy manageAds): advertisers, campaigns, creatives
 * (with the image upload), slots, and delivery reports as JSON or CSV.
 */
import fastifyMultipart from '@fastify/multipart'
import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { AppError } from '../../errors.js'
import { reportCsv } from '../../modules/ads/index.js'
import type { Services } from '../../services.js'
import { startOfDay } from '../../../shared/dates.js'
import {
  AdvertiserCreate,
  AdvertiserSchema,
  AdvertiserUpdate,
  CampaignCreate,
  CampaignSchema,
  CampaignUpdate,
  CreativeCreate,
  CreativeSchema,
  CreativeUpdate,
  presentAdvertiser,
  presentCampaign,
  presentCreative,
  presentSlot,
  ReportQuery,
  ReportSchema,
  SlotCreate,
  SlotSchema,
  SlotUpdate,
} from './ads.schemas.js'
import { maxUploadBytes } from './media.routes.js'
import { callerOf } from './policy.js'
import { Id, IdParams, iso } from './schemas.js'

const policy = 'manageAds' as const
const tags = ['ads']
const idOf = (request: { params: unknown }) => (request.params as { id: string }).id
const ms = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : Date.parse(value))

/** [from, to] as Amsterdam days, `to` included; today when not given. */
function reportRange(query: Static<typeof ReportQuery>, now: number): { from: number; to: number } {
  const dayOf = (value: string) => startOfDay(Date.parse(`${value}T12:00:00Z`))
  const from = dayOf(query.from)
  const to = startOfDay((query.to ? dayOf(query.to) : startOfDay(now)) + 36 * 3_600_000)
  if (!(from < to)) throw new AppError('INVALID_INPUT', 'from: must not be after to', 'from')
  return { from, to }
}

function crud(app: FastifyInstance, path: string, summaries: { list: string; create: string; one: string; update: string; remove: string }, schemas: { item: object; name: string; create: object; update: object; listQuery?: object }, handlers: {
  list: (query: Record<string, string | undefined>) => Promise<unknown[]>
  create: (request: Parameters<typeof callerOf>[0]) => Promise<unknown>
  one: (id: string) => Promise<unknown>
  update: (request: Parameters<typeof callerOf>[0]) => Promise<unknown>
  remove: (request: Parameters<typeof callerOf>[0]) => Promise<void>
}): void {
  const one = Type.Object({ [schemas.name]: schemas.item as never })
  const many = Type.Object({ [`${schemas.name}s`]: Type.Array(schemas.item as never) })
  app.get(path, { config: { policy }, schema: { summary: summaries.list, tags, ...(schemas.listQuery ? { querystring: schemas.listQuery } : {}), response: { 200: many } }, handler: async (request) => ({ [`${schemas.name}s`]: await handlers.list(request.query as Record<string, string | undefined>) }) })
  app.post(path, { config: { policy }, schema: { summary: summaries.create, tags, body: schemas.create, response: { 201: one } }, handler: async (request, reply) => reply.code(201).send({ [schemas.name]: await handlers.create(request) }) })
  app.get(`${path}/:id`, { config: { policy }, schema: { summary: summaries.one, tags, params: IdParams, response: { 200: one } }, handler: async (request) => ({ [schemas.name]: await handlers.one(idOf(request)) }) })
  app.patch(`${path}/:id`, { config: { policy }, schema: { summary: summaries.update, tags, params: IdParams, body: schemas.update, response: { 200: one } }, handler: async (request) => ({ [schemas.name]: await handlers.update(request) }) })
  app.delete(`${path}/:id`, {
    config: { policy },
    schema: { summary: summaries.remove, tags, params: IdParams, response: { 204: Type.Null() } },
    handler: async (request, reply) => {
      await handlers.remove(request)
      return reply.code(204).send()
    },
  })
}

export async function registerAdRoutes(app: FastifyInstance, services: Services, now: () => number): Promise<void> {
  const ads = services.ads
  // Only the image upload takes multipart; the limit here is the media one, the ads service applies its own smaller one.
  await app.register(fastifyMultipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 0, parts: 1 } })

  crud(
    app,
    '/ads/advertisers',
    { list: 'Advertisers', create: 'Add an advertiser', one: 'One advertiser', update: 'Change an advertiser', remove: 'Delete an advertiser without campaigns' },
    { item: AdvertiserSchema, name: 'advertiser', create: AdvertiserCreate, update: AdvertiserUpdate },
    {
      list: async () => (await ads.listAdvertisers()).map(presentAdvertiser),
      create: async (request) => presentAdvertiser(await ads.createAdvertiser(callerOf(request).actor, request.body as Static<typeof AdvertiserCreate>)),
      one: async (id) => presentAdvertiser(await ads.getAdvertiser(id)),
      update: async (request) => presentAdvertiser(await ads.updateAdvertiser(callerOf(request).actor, idOf(request), request.body as Static<typeof AdvertiserUpdate>)),
      remove: (request) => ads.deleteAdvertiser(callerOf(request).actor, idOf(request)),
    },
  )

  const campaignInput = (body: Static<typeof CampaignUpdate>) => ({ ...body, startsAt: ms(body.startsAt) ?? undefined, endsAt: ms(body.endsAt) })
  crud(
    app,
    '/ads/campaigns',
    { list: 'Campaigns, newest start first', create: 'Add a campaign', one: 'One campaign', update: 'Change a campaign (pause, archive, re-target …)', remove: 'Delete a campaign without creatives (archive one that delivered)' },
    { item: CampaignSchema, name: 'campaign', create: CampaignCreate, update: CampaignUpdate, listQuery: Type.Object({ advertiserId: Type.Optional(Id) }, { additionalProperties: false }) },
    {
      list: async (query) => (await ads.listCampaigns({ advertiserId: query.advertiserId })).map(presentCampaign),
      create: async (request) => presentCampaign(await ads.createCampaign(callerOf(request).actor, campaignInput(request.body as Static<typeof CampaignCreate>))),
      one: async (id) => presentCampaign(await ads.getCampaign(id)),
      update: async (request) => presentCampaign(await ads.updateCampaign(callerOf(request).actor, idOf(request), campaignInput(request.body as Static<typeof CampaignUpdate>))),
      remove: (request) => ads.deleteCampaign(callerOf(request).actor, idOf(request)),
    },
  )

  crud(
    app,
    '/ads/creatives',
    { list: 'Creatives', create: 'Add a creative (an image creative goes live once its image is uploaded)', one: 'One creative', update: 'Change a creative', remove: 'Delete a creative that never delivered' },
    { item: CreativeSchema, name: 'creative', create: CreativeCreate, update: CreativeUpdate, listQuery: Type.Object({ campaignId: Type.Optional(Id) }, { additionalProperties: false }) },
    {
      list: async (query) => (await ads.listCreatives({ campaignId: query.campaignId })).map(presentCreative),
      create: async (request) => presentCreative(await ads.createCreative(callerOf(request).actor, request.body as Static<typeof CreativeCreate>)),
      one: async (id) => presentCreative(await ads.getCreative(id)),
      update: async (request) => presentCreative(await ads.updateCreative(callerOf(request).actor, idOf(request), request.body as Static<typeof CreativeUpdate>)),
      remove: (request) => ads.deleteCreative(callerOf(request).actor, idOf(request)),
    },
  )

  app.put('/ads/creatives/:id/image', {
    config: { policy },
    schema: {
      summary: 'Upload a creative’s image (multipart `file`): JPEG, PNG, WebP, AVIF or GIF by its bytes, exactly the creative’s size in pixels (or twice it), at most 200 KB',
      tags,
      params: IdParams,
      consumes: ['multipart/form-data'],
      response: { 200: Type.Object({ creative: CreativeSchema }) },
    },
    handler: async (request) => {
      const { actor } = callerOf(request)
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the image as multipart/form-data with a field named file.')
      const part = await request.file()
      if (!part || part.fieldname !== 'file') throw new AppError('INVALID_INPUT', 'file: is required', 'file')
      const bytes = await part.toBuffer()
      return { creative: presentCreative(await ads.uploadCreativeImage(actor, idOf(request), { bytes, filename: part.filename })) }
    },
  })

  crud(
    app,
    '/ads/slots',
    { list: 'Ad slots', create: 'Add a slot', one: 'One slot', update: 'Change a slot (sizes per breakpoint, paragraph, pause)', remove: 'Delete a slot that never delivered' },
    { item: SlotSchema, name: 'slot', create: SlotCreate, update: SlotUpdate },
    {
      list: async () => (await ads.listSlots()).map(presentSlot),
      create: async (request) => presentSlot(await ads.createSlot(callerOf(request).actor, request.body as Static<typeof SlotCreate>)),
      one: async (id) => presentSlot(await ads.getSlot(id)),
      update: async (request) => presentSlot(await ads.updateSlot(callerOf(request).actor, idOf(request), request.body as Static<typeof SlotUpdate>)),
      remove: (request) => ads.deleteSlot(callerOf(request).actor, idOf(request)),
    },
  )

  const report = async (query: Static<typeof ReportQuery>) => ads.report({ ...reportRange(query, now()), campaignId: query.campaignId, advertiserId: query.advertiserId })
  app.get('/ads/reports', {
    config: { policy },
    schema: { summary: 'Impressions, viewable impressions, clicks and CTR per campaign, creative and day (Europe/Amsterdam), `from` to `to` inclusive', tags, querystring: ReportQuery, response: { 200: ReportSchema } },
    handler: async (request) => {
      const result = await report(request.query as Static<typeof ReportQuery>)
      return { ...result, from: iso(result.from), to: iso(result.to) }
    },
  })
  app.get('/ads/reports.csv', {
    config: { policy },
    schema: { summary: 'The report as CSV: one line per day, campaign and creative', tags, querystring: ReportQuery, produces: ['text/csv'] },
    handler: async (request, reply) => {
      const query = request.query as Static<typeof ReportQuery>
      const csv = reportCsv(await report(query))
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="advertenties-${query.from}.csv"`).send(csv)
    },
  })
}
