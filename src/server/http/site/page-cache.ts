/**
 * Rendered public responses (pages, feeds, sitemaps) kept in memory, so a busy article is
 * rendered once and not per reader. Each entry carries surrogate keys (`article:<id>`,
 * `tag:<slug>`, `home`, `feed` …); content events purge the keys they touch in every process.
 * Compressed forms are made once, on the first request that asks for them.
 */
import type { IncomingHttpHeaders } from 'node:http'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { utf8Bytes } from '../bytes.js'

export interface CachedResponse {
  body: Buffer
  contentType: string
  etag: string
  keys: readonly string[]
  storedAt: number
  /** Shorter than the cache's own lifetime for pages whose figures move (most read). */
  ttlMs?: number
  gzip?: Buffer
  br?: Buffer
  /** Set when the body has parts filled per response (ad slots): the response to send for one request. */
  perResponse?: (request: { headers: IncomingHttpHeaders }) => CachedResponse
}

/** Finds the parts of a stored body that are filled per response (the ads' slot markers). */
export interface ResponseFill {
  prepare(entry: CachedResponse): CachedResponse['perResponse']
}

export interface PageCache {
  get(key: string): CachedResponse | undefined
  set(key: string, entry: { body: string | Buffer; contentType: string; keys: readonly string[]; ttlMs?: number }): CachedResponse
  /** Drops every entry carrying any of these surrogate keys. */
  purge(keys: readonly string[]): number
  purgeAll(): void
  readonly size: number
  /** Goes up on every purge: whatever is derived from content (the page chrome) is stale then. */
  readonly generation: number
}

/** The compressed body for `encoding`, made on first use and kept with the entry. */
export function encoded(entry: CachedResponse, encoding: 'br' | 'gzip'): Buffer {
  if (encoding === 'br') {
    entry.br ??= brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
    return entry.br
  }
  entry.gzip ??= gzipSync(entry.body, { level: 6 })
  return entry.gzip
}

export function createPageCache(options: { maxEntries?: number; ttlMs?: number; now?: () => number; enabled?: boolean; fill?: ResponseFill } = {}): PageCache {
  const maxEntries = options.maxEntries ?? 5000
  const ttlMs = options.ttlMs ?? 10 * 60 * 1000
  const now = options.now ?? Date.now
  const enabled = options.enabled ?? true
  const entries = new Map<string, CachedResponse>()
  let generation = 0
  let purges = 0

  return {
    get(key) {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (now() - entry.storedAt > (entry.ttlMs ?? ttlMs)) {
        entries.delete(key)
        return undefined
      }
      // Map order doubles as recency: re-insert on a hit.
      entries.delete(key)
      entries.set(key, entry)
      return entry
    },
    set(key, { body, contentType, keys, ttlMs: entryTtl }) {
      const bytes = typeof body === 'string' ? utf8Bytes(body) : body
      generation += 1
      const entry: CachedResponse = { body: bytes, contentType, keys, etag: `W/"${now().toString(36)}-${generation.toString(36)}-${bytes.length.toString(36)}"`, storedAt: now(), ttlMs: entryTtl }
      entry.perResponse = options.fill?.prepare(entry)
      if (!enabled) return entry
      entries.set(key, entry)
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
      return entry
    },
    purge(keys) {
      purges += 1
      const wanted = new Set(keys)
      let purged = 0
      for (const [key, entry] of entries) {
        if (entry.keys.some((k) => wanted.has(k))) {
          entries.delete(key)
          purged += 1
        }
      }
      return purged
    },
    purgeAll() {
      purges += 1
      entries.clear()
    },
    get size() {
      return entries.size
    },
    get generation() {
      return purges
    },
  }
}
