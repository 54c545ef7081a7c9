/**
 * Tag, author and archive pages. The first pages are numbered (`?pagina=2` … 10, by offset);
 * deeper ones go by cursor (`?voor=<publishedAt>_<id>`), a keyset query that costs what page 1
 * costs however deep a reader (or a crawler) goes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../../errors.js'
import type { ListOptions } from '../../modules/articles/index.js'
import { isValidSlug } from '../../../shared/slug.js'
import { messages } from '../../../shared/i18n/index.js'
import { ListPage, renderDocument, type PaginationView } from '../../views/index.js'
import { archivePath, authorPath, cardsFor, tagPath } from './chrome.js'
import { sendCached } from './respond.js'
import type { SiteDeps } from './routes.js'
import { breadcrumbLd } from './seo.js'

export const pageSize = 20
/** Pages reachable by number; beyond them, the cursor. */
export const numberedPages = 10

type Position = { page: number } | { before: { publishedAt: number; id: string } }

function parsePosition(request: FastifyRequest, words: { page: string; before: string }): Position {
  const query = request.query as Record<string, string | undefined>
  const cursor = query[words.before]
  const page = query[words.page]
  if (cursor !== undefined) {
    const match = /^(\d{1,15})_([0-9a-f]{24})$/.exec(cursor)
    if (!match || page !== undefined) throw new AppError('NOT_FOUND')
    return { before: { publishedAt: Number(match[1]), id: match[2] ?? '' } }
  }
  if (page === undefined) return { page: 1 }
  const n = /^\d{1,2}$/.test(page) ? Number(page) : NaN
  if (!(n >= 2 && n <= numberedPages)) throw new AppError('NOT_FOUND')
  return { page: n }
}

/** The cache key: the path and the paging parameters only, so tracking parameters share one entry. */
function listKey(path: string, position: Position, words: { page: string; before: string }): string {
  if ('before' in position) return `${path}?${words.before}=${position.before.publishedAt}_${position.before.id}`
  return position.page > 1 ? `${path}?${words.page}=${position.page}` : path
}

interface ListSpec {
  heading: string
  intro: string | null
  description: string
  filter: Pick<ListOptions, 'tagId' | 'authorId'>
  keys: string[]
  crumb: string | null
}

/** What a list URL shows: a list, or a move (a renamed tag) answered with a 301. */
type Resolved = ListSpec | { redirect: string }

export function registerListRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { config, services, chrome } = deps
  const t = messages(config.locale)
  const words = { page: t.routes.page, before: t.routes.before }

  async function countPages(filter: ListSpec['filter']): Promise<number> {
    const count = await services.articles.countPublishedUpTo(filter, numberedPages * pageSize)
    return Math.ceil(count / pageSize)
  }

  async function renderList(position: Position, path: string, list: ListSpec) {
    const site = await chrome.load()
    const base = { limit: pageSize + 1, ...list.filter }
    const rows = await services.articles.listPublished('before' in position ? { ...base, before: position.before } : { ...base, offset: (position.page - 1) * pageSize })
    const more = rows.length > pageSize
    const articles = rows.slice(0, pageSize)
    const current = 'page' in position ? position.page : null
    if (articles.length === 0 && current !== 1) throw new AppError('NOT_FOUND')
    const last = articles.at(-1)
    const pageHref = (n: number) => (n === 1 ? path : `${path}?${words.page}=${n}`)
    // Numbered pages that exist, counted cheaply: at most numberedPages × pageSize + 1 rows.
    const known = current === null ? numberedPages : more ? Math.max(current + 1, await countPages(list.filter)) : current
    const older = !more || !last ? null : current !== null && current < numberedPages ? pageHref(current + 1) : `${path}?${words.before}=${last.publishedAt ?? 0}_${last.id}`
    const pagination: PaginationView = {
      pages: Array.from({ length: Math.min(known, numberedPages) }, (_, i) => ({ n: i + 1, href: pageHref(i + 1), current: current === i + 1 })),
      newer: current === null ? path : current > 1 ? pageHref(current - 1) : null,
      older,
    }
    const suffix = current !== null && current > 1 ? ` — ${site.t.site.page(current)}` : ''
    const crumbs = list.crumb ? [breadcrumbLd([{ name: site.t.site.home, url: `${config.siteUrl}/` }, { name: list.crumb, url: `${config.siteUrl}${path}` }])] : []
    const body = renderDocument(
      ListPage({
        site,
        heading: list.heading,
        documentTitle: `${list.heading}${suffix} - ${site.name}`,
        intro: current === 1 ? list.intro : null,
        description: list.description,
        canonical: `${config.siteUrl}${listKey(path, position, words)}`,
        cards: await cardsFor(services, articles),
        pagination,
        meta: { type: 'website' },
        jsonLd: crumbs,
        ads: deps.ads?.markers({ type: 'list', tags: list.keys.flatMap((k) => (k.startsWith('tag:') ? [k.slice(4)] : [])), sponsor: null }),
      }),
    )
    return { body, keys: list.keys }
  }

  async function serveList(request: FastifyRequest, reply: FastifyReply, path: string, resolve: () => Promise<Resolved>) {
    const position = parsePosition(request, words)
    return sendCached(
      deps.cache,
      request,
      reply,
      async () => {
        const spec = await resolve()
        if ('redirect' in spec) {
          void reply.redirect(spec.redirect, 301)
          return null
        }
        return renderList(position, path, spec)
      },
      listKey(path, position, words),
    )
  }

  /** A slug that is not there: a 301 when it moved, else 404. */
  async function movedOr404(path: string): Promise<{ redirect: string }> {
    const moved = await services.redirects.find(path)
    if (moved) return { redirect: moved.toPath }
    throw new AppError('NOT_FOUND')
  }

  app.get<{ Params: { slug: string } }>('/tag/:slug/', async (request, reply) => {
    const { slug } = request.params
    if (!isValidSlug(slug)) throw new AppError('NOT_FOUND')
    const path = tagPath({ slug })
    return serveList(request, reply, path, async () => {
      const tag = await services.tags.findTagBySlug(slug)
      if (!tag || tag.visibility !== 'public') return movedOr404(path)
      return {
        heading: tag.name,
        intro: tag.description,
        description: tag.seoDescription ?? tag.description ?? t.site.allNewsAbout(tag.name),
        filter: { tagId: tag.id },
        keys: [`tag:${tag.slug}`],
        crumb: tag.name,
      }
    })
  })

  app.get<{ Params: { slug: string } }>(`/${t.routes.author}/:slug/`, async (request, reply) => {
    const { slug } = request.params
    if (!isValidSlug(slug)) throw new AppError('NOT_FOUND')
    const path = authorPath(config.locale, { slug })
    return serveList(request, reply, path, async () => {
      const author = await services.people.findAuthorBySlug(slug)
      if (!author) return movedOr404(path)
      return {
        heading: author.name,
        intro: author.bio,
        description: author.bio ?? t.site.articlesBy(author.name),
        filter: { authorId: author.id },
        keys: [`author:${author.slug}`],
        crumb: author.name,
      }
    })
  })

  const archive = archivePath(config.locale)
  app.get(archive, async (request, reply) =>
    serveList(request, reply, archive, async () => ({
      heading: t.site.newsArchive,
      intro: null,
      description: t.site.newsArchive,
      filter: {},
      keys: ['archive'],
      crumb: t.site.newsArchive,
    })),
  )

  // Without the trailing slash: the canonical URL.
  for (const prefix of ['/tag', `/${t.routes.author}`]) {
    app.get<{ Params: { slug: string } }>(`${prefix}/:slug`, async (request, reply) => {
      if (!isValidSlug(request.params.slug)) throw new AppError('NOT_FOUND')
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : ''
      return reply.redirect(`${prefix}/${request.params.slug}/${query}`, 301)
    })
  }
}
