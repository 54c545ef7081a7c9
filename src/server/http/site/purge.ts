/**
 * Which cached responses a content event makes stale, as surrogate keys. Article changes purge
 * the article, the lists it is (or was) on, home, archive, feeds and sitemaps; a breaking story
 * or a page changes the chrome of every page, and tags, people, settings and imports are rare
 * enough to purge everything.
 */
import type { DomainEvent } from '../../modules/events/index.js'

export function purgeKeysFor(event: Pick<DomainEvent, 'type' | 'payload'>): string[] | 'all' {
  if (!event.type.startsWith('article.')) return 'all'
  const payload = event.payload as { id?: string; type?: string; visible?: boolean; breaking?: boolean; tags?: string[]; authors?: string[] }
  if (payload.visible !== true) return []
  if (payload.type === 'page' || payload.breaking === true) return 'all'
  return [
    'home',
    'archive',
    'feed',
    'sitemap',
    `article:${payload.id ?? ''}`,
    ...(payload.tags ?? []).map((slug) => `tag:${slug}`),
    ...(payload.authors ?? []).map((slug) => `author:${slug}`),
  ]
}
