/**
 * Feeds: RSS 2.0 at /feed/ (where WordPress readers already look), Atom at /feed/atom/ and
 * JSON Feed 1.1 at /feed/json/, the same under /tag/:slug/ and /auteur/:slug/ (the word from
 * the locale). Served through the page cache with the 'feed' key (plus tag:/author:), so a
 * publish, edit or unpublish purges them.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../../config/index.js'
import { AppError } from '../../errors.js'
import type { FeedEntry } from '../../modules/syndication/index.js'
import type { Services } from '../../services.js'
import { messages } from '../../../shared/i18n/index.js'
import { isValidSlug } from '../../../shared/slug.js'
import { authorPath, tagPath } from './chrome.js'
import { feedContentTypes, renderFeed, type FeedFormat } from './feed-render.js'
import type { PageCache } from './page-cache.js'
import { sendCached, type Rendered } from './respond.js'

export interface FeedDeps {
  config: Config
  services: Services
  now: () => number
  cache: PageCache
}

type Scope = 'site' | 'tag' | 'author'

/** Where each format lives below a scope's page. */
const formatPaths: Record<FeedFormat, string> = { rss: 'feed/', atom: 'feed/atom/', json: 'feed/json/' }

/** What one feed shows: its title and page, its entries, and the surrogate keys that purge it. */
interface FeedSource {
  title: string
  description: string
  path: string
  entries: FeedEntry[]
  keys: string[]
}

/** The URL without its query: a feed does not depend on one, so `?utm_…` shares the cached entry. */
export function pathOf(request: FastifyRequest): string {
  const at = request.url.indexOf('?')
  return at === -1 ? request.url : request.url.slice(0, at)
}

/** The same URL with a trailing slash, query kept. */
function withSlash(request: FastifyRequest): string {
  const at = request.url.indexOf('?')
  const path = at === -1 ? request.url : request.url.slice(0, at)
  return `${path}/${at === -1 ? '' : request.url.slice(at)}`
}

export function registerFeedRoutes(app: FastifyInstance, deps: FeedDeps): void {
  const { config, services, now, cache } = deps
  const prefixes: Record<Scope, string> = { site: '', tag: '/tag/:slug', author: `/${messages(config.locale).routes.author}/:slug` }

  async function source(scope: Scope, slug: string, siteName: string, siteDescription: string): Promise<FeedSource> {
    if (scope === 'site') return { title: siteName, description: siteDescription || siteName, path: '/', entries: await services.syndication.latest(), keys: ['feed'] }
    if (scope === 'tag') {
      const found = await services.syndication.tagFeed(slug)
      if (!found) throw new AppError('NOT_FOUND')
      const { tag, entries } = found
      return { title: `${tag.name} – ${siteName}`, description: tag.description ?? tag.name, path: tagPath(tag), entries, keys: ['feed', `tag:${tag.slug}`] }
    }
    const found = await services.syndication.authorFeed(slug)
    if (!found) throw new AppError('NOT_FOUND')
    const { author, entries } = found
    return { title: `${author.name} – ${siteName}`, description: author.bio ?? author.name, path: authorPath(config.locale, author), entries, keys: ['feed', `author:${author.slug}`] }
  }

  async function render(scope: Scope, format: FeedFormat, slug: string): Promise<Rendered> {
    const settings = await services.settings.getSettings()
    const siteName = settings.siteName ?? config.siteName
    const t = messages(settings.locale ?? config.locale)
    const feed = await source(scope, slug, siteName, settings.description)
    const homeUrl = `${config.siteUrl}${feed.path}`
    const channel = {
      title: feed.title,
      description: feed.description,
      homeUrl,
      feedUrls: { rss: `${homeUrl}${formatPaths.rss}`, atom: `${homeUrl}${formatPaths.atom}`, json: `${homeUrl}${formatPaths.json}` },
      language: t.lang,
      siteName,
      siteUrl: config.siteUrl,
      now: now(),
      t,
      tagUrl: (tag: { slug: string }) => `${config.siteUrl}${tagPath(tag)}`,
      authorUrl: (author: { slug: string }) => `${config.siteUrl}${authorPath(config.locale, author)}`,
    }
    return { body: renderFeed(format, channel, feed.entries), contentType: feedContentTypes[format], keys: feed.keys }
  }

  const slugOf = (request: FastifyRequest, scope: Scope): string => {
    const slug = scope === 'site' ? '' : ((request.params as { slug?: string }).slug ?? '')
    if (scope !== 'site' && !isValidSlug(slug)) throw new AppError('NOT_FOUND')
    return slug
  }

  for (const scope of ['site', 'tag', 'author'] as const) {
    const prefix = prefixes[scope]
    for (const format of ['rss', 'atom', 'json'] as const) {
      const path = `${prefix}/${formatPaths[format]}`
      app.get(path, async (request: FastifyRequest, reply: FastifyReply) => {
        const slug = slugOf(request, scope)
        return sendCached(cache, request, reply, () => render(scope, format, slug), pathOf(request))
      })
      // Without the trailing slash: 301 to the canonical URL (the root's /feed is /:slug's).
      if (scope !== 'site' || format !== 'rss') {
        app.get(path.slice(0, -1), async (request: FastifyRequest, reply: FastifyReply) => {
          slugOf(request, scope)
          return reply.redirect(withSlash(request), 301)
        })
      }
    }
    // WordPress's own name for its RSS 2.0 feed.
    app.get(`${prefix}/feed/rss2/`, async (request: FastifyRequest, reply: FastifyReply) => {
      slugOf(request, scope)
      return reply.redirect(request.url.replace('/feed/rss2/', '/feed/'), 301)
    })
  }
}
