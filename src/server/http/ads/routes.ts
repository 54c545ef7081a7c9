/**
 * The ads' public endpoints: the ad script (/a/<hash>.js), impressions (POST /a/i) and viewable
 * impressions (POST /a/v) as signed tokens from that script, and clicks through the signed
 * redirect GET /a/c/<token>. Like /collect: same-site only, bots and prefetches not counted, a
 * per-address limit in fixed memory, no cookies, nothing about the reader stored. A malformed or
 * tampered token answers 4xx and counts nothing; the redirect goes only to the creative's stored
 * URL.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../../errors.js'
import type { AdEvent } from '../../modules/ads/index.js'
import type { Services } from '../../services.js'
import { isBot, isPrefetch } from '../collect/collect.js'
import { createRateLimit } from '../collect/rate-limit.js'
import { loadBrowserScript, serveBrowserScript, type TrackerScript } from '../site/tracker.js'
import type { AdLinks } from './links.js'

/** One page shows a handful of slots; a batch holds at most this many tokens. */
const maxTokens = 24
const perMinute = 600

export interface AdRoutesDeps {
  services: Services
  links: AdLinks
  siteUrl: string
  now: () => number
}

/** The ad script, loaded once per process (dist/ads.js, or built from src/tracker/ads.ts). */
let script: TrackerScript | null | undefined

export function adScriptPath(): string | null {
  return script?.path ?? null
}

export function registerAdRoutes(app: FastifyInstance, deps: AdRoutesDeps): void {
  const { services, links } = deps
  if (script === undefined) script = loadBrowserScript(app.log, { built: 'ads.js', source: 'ads.ts', prefix: '/a/' })
  serveBrowserScript(app, script)
  const siteOrigin = new URL(deps.siteUrl).origin
  const limit = createRateLimit({ perWindow: perMinute, windowMs: 60_000, now: deps.now })

  function sameSite(request: FastifyRequest): boolean {
    const origin = request.headers.origin
    const fetchSite = request.headers['sec-fetch-site']
    const host = request.headers.host
    const sameOrigin = origin === undefined || origin === siteOrigin || (host !== undefined && URL.canParse(origin) && new URL(origin).host === host)
    return sameOrigin && (fetchSite === undefined || fetchSite === 'same-origin')
  }

  function tokensOf(body: unknown): { creativeId: string; slotId: string }[] {
    if (typeof body !== 'string') throw new AppError('BAD_REQUEST', 'Send the tokens as text, one a line.')
    const lines = body.split('\n').map((line) => line.trim()).filter(Boolean)
    if (lines.length === 0 || lines.length > maxTokens) throw new AppError('BAD_REQUEST', `Send 1 to ${maxTokens} tokens.`)
    // All or nothing: one bad token and nothing in the batch counts.
    return lines.map((line) => {
      const pair = links.verify(line)
      if (!pair) throw new AppError('BAD_REQUEST', 'That is not a token this site signed.')
      return pair
    })
  }

  const counter = (event: AdEvent) => async (request: FastifyRequest, reply: FastifyReply) => {
    if (!sameSite(request)) throw new AppError('FORBIDDEN', 'Ads are counted from this site’s own pages only.')
    const pairs = tokensOf(request.body)
    if (isBot(request.headers['user-agent'] ?? '') || isPrefetch(request)) return reply.code(204).send()
    if (!limit.allow(request.ip)) throw new AppError('RATE_LIMITED')
    for (const { creativeId, slotId } of pairs) services.ads.count(event, creativeId, slotId)
    return reply.code(204).header('cache-control', 'no-store').send()
  }

  app.post('/a/i', { bodyLimit: 4096 }, counter('impressions'))
  app.post('/a/v', { bodyLimit: 4096 }, counter('viewable'))

  app.get<{ Params: { token: string } }>('/a/c/:token', async (request, reply) => {
    const pair = links.verify(request.params.token)
    if (!pair) throw new AppError('NOT_FOUND', 'This ad link is not valid.')
    const target = await services.ads.clickTarget(pair.creativeId)
    if (!target) throw new AppError('NOT_FOUND', 'This ad link is not valid.')
    const counts = !isBot(request.headers['user-agent'] ?? '') && !isPrefetch(request) && limit.allow(request.ip)
    if (counts) services.ads.count('clicks', pair.creativeId, pair.slotId)
    return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow').redirect(target, 302)
  })
}
