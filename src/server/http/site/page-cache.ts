/**
 * Rendered public pages kept in memory, so a busy article is rendered once and not per reader.
 * Every change readers can see purges it (the events feed tells every process), so a cached page
 * is never more than a moment behind the database.
 */
export interface CachedPage {
  body: string
  etag: string
  storedAt: number
}

export interface PageCache {
  get(key: string): CachedPage | undefined
  set(key: string, body: string): CachedPage
  purgeAll(): void
  readonly size: number
}

export function createPageCache(options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {}): PageCache {
  const maxEntries = options.maxEntries ?? 2000
  const ttlMs = options.ttlMs ?? 10 * 60 * 1000
  const now = options.now ?? Date.now
  const pages = new Map<string, CachedPage>()
  let generation = 0

  return {
    get(key) {
      const page = pages.get(key)
      if (!page) return undefined
      if (now() - page.storedAt > ttlMs) {
        pages.delete(key)
        return undefined
      }
      // Map order doubles as recency: re-insert on a hit.
      pages.delete(key)
      pages.set(key, page)
      return page
    },
    set(key, body) {
      const page = { body, etag: `W/"${(generation += 1).toString(36)}-${body.length.toString(36)}"`, storedAt: now() }
      pages.set(key, page)
      if (pages.size > maxEntries) pages.delete(pages.keys().next().value as string)
      return page
    },
    purgeAll() {
      pages.clear()
    },
    get size() {
      return pages.size
    },
  }
}
