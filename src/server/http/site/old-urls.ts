/**
 * Old URLs keep working: any page path no route knows is looked up in the redirects table (written
 * by imports and by moved slugs) by the not-found handler, and answers 301 when found — WordPress
 * date permalinks, nested page paths, /category/…, /author/…, old feeds and uploads. WordPress's
 * `/?p=ID`, `/?page_id=ID` and `/?feed=rss2` arrive at the home page and are looked up there.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { MovedLookup } from '../plugins/errors.js'
import { AppError } from '../../errors.js'
import { redirectKey } from '../../modules/redirects/index.js'
import type { Services } from '../../services.js'

/** `/?p=12` or `/?page_id=12` when the home page was asked for a WordPress post id. */
export function wordPressQuery(query: unknown): string | null {
  const q = query as Record<string, unknown>
  for (const name of ['p', 'page_id']) {
    const value = q[name]
    if (typeof value === 'string' && /^\d{1,12}$/.test(value)) return `/?${name}=${value}`
  }
  if (typeof q.feed === 'string' && /^[a-z0-9]{1,10}$/.test(q.feed)) return `/?feed=${q.feed}`
  return null
}

export async function redirectOr404(services: Services, reply: FastifyReply, key: string | null): Promise<FastifyReply> {
  const moved = key ? await services.redirects.find(key) : null
  if (!moved) throw new AppError('NOT_FOUND')
  return reply.redirect(moved.toPath, moved.statusCode === 302 ? 302 : 301)
}

/** For the not-found handler: where an unknown path moved, from the redirects table. */
export function movedLookup(services: Services): MovedLookup {
  return async (request: FastifyRequest) => {
    const key = redirectKey(request.url.split('?')[0] ?? '/')
    const moved = key ? await services.redirects.find(key) : null
    return moved ? { location: moved.toPath, status: moved.statusCode === 302 ? 302 : 301 } : null
  }
}
