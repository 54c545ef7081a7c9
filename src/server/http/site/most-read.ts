/** "Meest gelezen": the box on home and article pages, and the page with its window switch. */
import type { FastifyInstance } from 'fastify'
import { AppError } from '../../errors.js'
import { mostReadWindows, type MostReadWindow } from '../../modules/audience/index.js'
import type { Services } from '../../services.js'
import { messages } from '../../../shared/i18n/index.js'
import { MostReadPage, renderDocument, type MostReadBox, type SiteChrome } from '../../views/index.js'
import { cardsFor } from './chrome.js'
import { sendCached } from './respond.js'
import type { SiteDeps } from './routes.js'

/** Pages showing most-read figures are kept this long in the page cache (the counts keep moving). */
export const mostReadTtlMs = 60_000

export function mostReadPath(locale: 'nl' | 'en'): string {
  return `/${messages(locale).routes.mostRead}/`
}

/** The box, or null before any views were counted (never invented figures). */
export async function mostReadBox(services: Services, site: SiteChrome, locale: 'nl' | 'en', limit = 5): Promise<MostReadBox | null> {
  const ranked = await services.audience.mostRead({ window: '24h', limit })
  if (ranked.length === 0) return null
  const articles = await services.articles.listPublishedByIds(ranked.map((r) => r.articleId))
  return { title: site.t.site.mostRead, href: mostReadPath(locale), cards: await cardsFor(services, articles) }
}

export function registerMostRead(app: FastifyInstance, deps: SiteDeps): void {
  const { config, services } = deps
  const t = messages(config.locale)
  const path = mostReadPath(config.locale)
  app.get(path, async (request, reply) => {
    const raw = (request.query as Record<string, string | undefined>)[t.routes.period] ?? '24h'
    if (!(mostReadWindows as readonly string[]).includes(raw)) throw new AppError('NOT_FOUND')
    const window = raw as MostReadWindow
    const href = (w: MostReadWindow) => (w === '24h' ? path : `${path}?${t.routes.period}=${w}`)
    return sendCached(
      deps.cache,
      request,
      reply,
      async () => {
        const [site, ranked] = await Promise.all([deps.chrome.load(), services.audience.mostRead({ window, limit: 20 })])
        const articles = await services.articles.listPublishedByIds(ranked.map((r) => r.articleId))
        const cards = await cardsFor(services, articles)
        const views = new Map(ranked.map((r) => [r.articleId, r.views]))
        const body = renderDocument(
          MostReadPage({
            site,
            canonical: `${config.siteUrl}${href(window)}`,
            windows: mostReadWindows.map((w) => ({ label: site.t.site.mostReadWindows[w], href: href(w), current: w === window })),
            items: articles.map((a, i) => ({ card: cards[i]!, views: views.get(a.id) ?? 0 })),
            ads: deps.ads?.markers({ type: 'list', tags: [], sponsor: null }),
          }),
        )
        return { body, keys: ['most-read'], ttlMs: mostReadTtlMs }
      },
      href(window),
    )
  })
}
