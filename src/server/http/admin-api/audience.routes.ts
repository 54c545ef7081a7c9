/** Desk figures: views per article per day, site totals per day, top articles and referrer hosts for a date range. */
import { Type, type Static } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { AppError } from '../../errors.js'
import type { Services } from '../../services.js'
import { isoWithOffset, startOfDay } from '../../../shared/dates.js'
import { Id, IdParams } from './schemas.js'

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A day in Europe/Amsterdam, YYYY-MM-DD' })
const Range = Type.Object(
  { from: Type.Optional(Day), to: Type.Optional(Day), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })) },
  { additionalProperties: false },
)
const maxDays = 400

/** [from, to) as epoch ms: Amsterdam midnights; by default the last 7 days including today. */
function range(query: Static<typeof Range>, now: number): { from: number; to: number } {
  // Noon UTC of the date lies inside that Amsterdam day whatever the offset.
  const dayOf = (value: string) => startOfDay(Date.parse(`${value}T12:00:00Z`))
  const nextMidnight = (ms: number) => startOfDay(startOfDay(ms) + 36 * 3_600_000)
  const to = nextMidnight(query.to ? dayOf(query.to) : now)
  const from = query.from ? dayOf(query.from) : startOfDay(to - 7 * 86_400_000 + 3_600_000)
  if (!(from < to)) throw new AppError('INVALID_INPUT', 'from: must be before to', 'from')
  if (to - from > maxDays * 86_400_000) throw new AppError('INVALID_INPUT', `to: at most ${maxDays} days at once`, 'to')
  return { from, to }
}

const dayString = (ms: number) => isoWithOffset(ms).slice(0, 10)

export function registerAudienceRoutes(app: FastifyInstance, services: Services, now: () => number): void {
  const tags = ['audience']
  app.get('/audience/articles/:id', {
    config: { policy: 'desk' },
    schema: {
      summary: 'Views of one article per day (Europe/Amsterdam days)',
      tags,
      params: IdParams,
      querystring: Range,
      response: { 200: Type.Object({ days: Type.Array(Type.Object({ day: Type.String(), views: Type.Integer(), uniques: Type.Integer() })) }) },
    },
    handler: async (request) => {
      const { from, to } = range(request.query as Static<typeof Range>, now())
      const rows = await services.audience.viewsPerDay((request.params as { id: string }).id, from, to)
      return { days: rows.map((r) => ({ day: dayString(r.day), views: r.views, uniques: r.uniques })) }
    },
  })

  app.get('/audience/totals', {
    config: { policy: 'desk' },
    schema: {
      summary: 'Views of the whole site per day and in all (Europe/Amsterdam days; by default the last 7 including today)',
      tags,
      querystring: Range,
      response: { 200: Type.Object({ views: Type.Integer(), days: Type.Array(Type.Object({ day: Type.String(), views: Type.Integer() })) }) },
    },
    handler: async (request) => {
      const { from, to } = range(request.query as Static<typeof Range>, now())
      const days = await services.audience.siteViewsPerDay(from, to)
      return { views: days.reduce((sum, d) => sum + d.views, 0), days: days.map((d) => ({ day: dayString(d.day), views: d.views })) }
    },
  })

  app.get('/audience/top', {
    config: { policy: 'desk' },
    schema: {
      summary: 'Most-viewed articles for a date range',
      tags,
      querystring: Range,
      response: { 200: Type.Object({ articles: Type.Array(Type.Object({ id: Id, title: Type.String(), slug: Type.String(), views: Type.Integer(), uniques: Type.Integer() })) }) },
    },
    handler: async (request) => {
      const query = request.query as Static<typeof Range>
      const { from, to } = range(query, now())
      const top = await services.audience.topArticles(from, to, query.limit ?? 20)
      const articles = new Map((await services.articles.listPublishedByIds(top.map((t) => t.articleId))).map((a) => [a.id, a]))
      return { articles: top.flatMap((t) => { const a = articles.get(t.articleId); return a ? [{ id: a.id, title: a.title, slug: a.slug, views: t.views, uniques: t.uniques }] : [] }) }
    },
  })

  app.get('/audience/referrers', {
    config: { policy: 'desk' },
    schema: {
      summary: 'Sites that sent readers, for a date range',
      tags,
      querystring: Range,
      response: { 200: Type.Object({ referrers: Type.Array(Type.Object({ host: Type.String(), views: Type.Integer() })) }) },
    },
    handler: async (request) => {
      const query = request.query as Static<typeof Range>
      const { from, to } = range(query, now())
      return { referrers: await services.audience.referrerHosts(from, to, query.limit ?? 20) }
    },
  })
}
