/**
 * Sending a public response through the page cache: conditional requests (ETag → 304),
 * br/gzip negotiation, HEAD, and the headers CDNs read (Cache-Control with s-maxage and
 * stale-while-revalidate, Surrogate-Key).
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { encoded, type CachedResponse, type PageCache } from './page-cache.js'

export interface Rendered {
  body: string
  /** Defaults to HTML. */
  contentType?: string
  /** Surrogate keys: what content this response shows (purged together). */
  keys: readonly string[]
  /** Keep it in the page cache for at most this long (figures that move: most read). */
  ttlMs?: number
}

/** Browsers revalidate after a minute; CDNs keep it five and may serve it stale while refetching. */
export const publicCacheControl = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400'

// Compiled once: these run on every cached response.
const acceptsBr = /(^|,)\s*br\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i
const acceptsGzip = /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*(,|$))[\d.]+)?\s*(,|$)/i

function pickEncoding(header: string | undefined): 'br' | 'gzip' | null {
  if (!header) return null
  if (acceptsBr.test(header)) return 'br'
  if (acceptsGzip.test(header)) return 'gzip'
  return null
}

/**
 * The end of every cached response, once its headers are set: 304 when the ETag matches, else
 * the body, br or gzip as the client accepts (small bodies are not worth compressing).
 */
export function sendBody(request: FastifyRequest, reply: FastifyReply, entry: CachedResponse): FastifyReply {
  const ifNoneMatch = request.headers['if-none-match']
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === entry.etag)) return reply.code(304).send()
  const encoding = entry.body.length > 1024 ? pickEncoding(request.headers['accept-encoding']) : null
  if (encoding) return reply.header('content-encoding', encoding).send(encoded(entry, encoding))
  return reply.send(entry.body)
}

export function sendEntry(request: FastifyRequest, reply: FastifyReply, stored: CachedResponse, cacheStatus: 'HIT' | 'MISS'): FastifyReply {
  // Ad slots are filled per response; the filled body has its own ETag and compressed forms.
  const entry = stored.perResponse ? stored.perResponse(request) : stored
  void reply
    .header('content-type', entry.contentType)
    .header('cache-control', publicCacheControl)
    .header('etag', entry.etag)
    .header('vary', 'Accept-Encoding')
    .header('surrogate-key', entry.keys.join(' '))
    .header('x-cache', cacheStatus)
  return sendBody(request, reply, entry)
}

/**
 * Serves `key` (by default the URL) from the cache, or renders it, stores it and serves it.
 * `render` returns null when it answered differently (a redirect): nothing is cached then.
 */
export async function sendCached(cache: PageCache, request: FastifyRequest, reply: FastifyReply, render: () => Promise<Rendered | null>, key = request.url): Promise<FastifyReply> {
  const hit = cache.get(key)
  if (hit) return sendEntry(request, reply, hit, 'HIT')
  const rendered = await render()
  if (rendered === null) return reply
  const entry = cache.set(key, { body: rendered.body, contentType: rendered.contentType ?? 'text/html; charset=utf-8', keys: rendered.keys, ttlMs: rendered.ttlMs })
  return sendEntry(request, reply, entry, 'MISS')
}
