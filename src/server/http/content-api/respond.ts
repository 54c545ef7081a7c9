/**
 * Sending Content API answers through the in-process response cache: one entry per URL (the
 * key parameter left out, the key's limit cap put in), ETag with 304 on revalidation, br/gzip
 * when asked for, Cache-Control for browsers and CDNs, Surrogate-Key `content-api` for a CDN
 * purge. Entries are dropped on every visible content event (see index.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { CachedResponse, PageCache } from '../site/page-cache.js'
import { sendBody } from '../site/respond.js'
import { jsonBytes } from '../bytes.js'

/** Clients revalidate (a 304 is cheap); a CDN may keep an answer a minute and serve it stale while refetching. */
export const apiCacheControl = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300'
export const surrogateKey = 'content-api'

function send(request: FastifyRequest, reply: FastifyReply, entry: CachedResponse, status: 'HIT' | 'MISS'): FastifyReply {
  void reply
    .header('content-type', entry.contentType)
    .header('cache-control', apiCacheControl)
    .header('etag', entry.etag)
    .header('surrogate-key', surrogateKey)
    .header('x-cache', status)
  return sendBody(request, reply, entry)
}

/** The cache key: path and query without `key=…`, plus the key's cap (it changes `limit`). */
export function cacheKeyOf(url: string, limitCap: number | null): string {
  const query = url.indexOf('?')
  if (query === -1) return `${limitCap ?? ''}|${url}`
  const params = url
    .slice(query + 1)
    .split('&')
    .filter((p) => p !== '' && !p.startsWith('key='))
  return `${limitCap ?? ''}|${url.slice(0, query)}?${params.join('&')}`
}

/** Serves the cached answer or builds, stores and serves it. */
export async function sendJson(cache: PageCache, request: FastifyRequest, reply: FastifyReply, key: string, build: () => Promise<unknown>): Promise<FastifyReply> {
  const hit = cache.get(key)
  if (hit) return send(request, reply, hit, 'HIT')
  const generation = cache.generation
  const body = jsonBytes(await build())
  const entry = cache.set(key, { body, contentType: 'application/json; charset=utf-8', keys: [surrogateKey, `url:${key}`] })
  // Content changed while this answer was being read: serve it, but do not keep it.
  if (cache.generation !== generation) cache.purge([`url:${key}`])
  return send(request, reply, entry, 'MISS')
}
