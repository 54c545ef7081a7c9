/**
 * POST /collect: one page view from the beacon. Strict: a small JSON body (sent as text/plain,
 * as sendBeacon does) with an article id, a path and a referrer host; same-site requests only.
 * Bots (isbot), prefetches and prerenders are answered 204 and not counted; so are views of
 * anything that is not a published article. A per-address rate limit lives in memory. The
 * address and user agent are used for this request only and never stored.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { isbot } from 'isbot'
import { AppError } from '../../errors.js'
import type { Services } from '../../services.js'
import { createRateLimit } from './rate-limit.js'

const maxBody = 512
const perMinute = 120

interface Beacon {
  a: string
  p: string
  r: string
}

function parseBeacon(body: unknown): Beacon {
  let value: unknown = body
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body)
    } catch {
      throw new AppError('BAD_REQUEST', 'The body is not JSON.')
    }
  }
  const beacon = value as Partial<Beacon> | null
  if (!beacon || typeof beacon !== 'object' || Array.isArray(beacon)) throw new AppError('BAD_REQUEST', 'Send {"a", "p", "r"}.')
  const unknown = Object.keys(beacon).filter((k) => !['a', 'p', 'r'].includes(k))
  if (unknown.length > 0) throw new AppError('INVALID_INPUT', `${unknown[0]}: is not a known field`, unknown[0])
  if (typeof beacon.a !== 'string' || !/^[0-9a-f]{24}$/.test(beacon.a)) throw new AppError('INVALID_INPUT', 'a: must be an article id', 'a')
  if (typeof beacon.p !== 'string' || !beacon.p.startsWith('/') || beacon.p.length > 300) throw new AppError('INVALID_INPUT', 'p: must be a path', 'p')
  if (beacon.r !== undefined && (typeof beacon.r !== 'string' || !/^([a-z0-9-]+\.)*[a-z0-9-]+(:\d+)?$/i.test(beacon.r) || beacon.r.length > 253)) {
    if (beacon.r !== '') throw new AppError('INVALID_INPUT', 'r: must be a host name', 'r')
  }
  return { a: beacon.a, p: beacon.p, r: beacon.r ?? '' }
}

/** isbot runs a long pattern; a site sees the same few hundred user agents over and over. */
const botVerdicts = new Map<string, boolean>()
export function isBot(userAgent: string): boolean {
  let verdict = botVerdicts.get(userAgent)
  if (verdict === undefined) {
    verdict = isbot(userAgent)
    if (botVerdicts.size > 5000) botVerdicts.clear()
    botVerdicts.set(userAgent, verdict)
  }
  return verdict
}

export function isPrefetch(request: Pick<FastifyRequest, 'headers'>): boolean {
  const purpose = String(request.headers['sec-purpose'] ?? request.headers.purpose ?? request.headers['x-moz'] ?? '')
  return /prefetch|prerender/i.test(purpose)
}

export function registerCollect(app: FastifyInstance, deps: { services: Services; siteUrl: string; now: () => number }): void {
  const siteOrigin = new URL(deps.siteUrl).origin
  const siteHost = new URL(deps.siteUrl).host
  const limit = createRateLimit({ perWindow: perMinute, windowMs: 60_000, now: deps.now })

  // Only the beacon's POST: a GET or HEAD is not a view (and must not fall through to a 301).
  app.get('/collect', async () => {
    throw new AppError('NOT_FOUND')
  })

  app.post('/collect', { bodyLimit: maxBody }, async (request, reply) => {
    // Cross-site requests are refused: the beacon only runs on our own pages.
    const origin = request.headers.origin
    const fetchSite = request.headers['sec-fetch-site']
    const host = request.headers.host
    const sameOrigin = origin === undefined || origin === siteOrigin || (host !== undefined && URL.canParse(origin) && new URL(origin).host === host)
    if (!sameOrigin || (fetchSite !== undefined && fetchSite !== 'same-origin')) throw new AppError('FORBIDDEN', 'Views are counted from this site’s own pages only.')
    const beacon = parseBeacon(request.body)
    const userAgent = request.headers['user-agent'] ?? ''
    if (isBot(userAgent) || isPrefetch(request)) return reply.code(204).send()
    if (!limit.allow(request.ip)) throw new AppError('RATE_LIMITED')
    const referrer = beacon.r.toLowerCase()
    const referrerHost = referrer && referrer !== siteHost ? referrer : null
    await deps.services.audience.record({ articleId: beacon.a, referrerHost, visitor: `${request.ip}\n${userAgent}` })
    return reply.code(204).header('cache-control', 'no-store').send()
  })
}
