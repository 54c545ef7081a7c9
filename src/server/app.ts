/**
 * buildApp(config): the only composition root. Opens (or takes) the database, builds the
 * module services and registers the HTTP routes on one Fastify instance.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import type { Config } from './config/index.js'
import { migrateToLatest, openDatabase, type DatabaseHandle } from './db/index.js'
import { createAdLinks } from './http/ads/links.js'
import { adScriptPath, registerAdRoutes } from './http/ads/routes.js'
import { createAdSlots } from './http/ads/slots.js'
import { registerAdminApi } from './http/admin-api/index.js'
import { findDeskDir, registerAdminUi } from './http/admin-ui.js'
import { registerCollect } from './http/collect/collect.js'
import { createContentApiCache, emulatedGhostVersion, purgeContentApi, registerContentApi } from './http/content-api/index.js'
import { registerHealth } from './http/health.js'
import { registerErrorHandling } from './http/plugins/errors.js'
import { registerValidation, type SchemaCompilers } from './http/plugins/validation.js'
import { createChromeLoader, fallbackChrome } from './http/site/chrome.js'
import { registerFeedRoutes } from './http/site/feeds.js'
import { createPageCache, type PageCache } from './http/site/page-cache.js'
import { movedLookup } from './http/site/old-urls.js'
import { purgeKeysFor } from './http/site/purge.js'
import { registerSiteRoutes } from './http/site/routes.js'
import { registerSitemapRoutes } from './http/site/sitemaps.js'
import { startJobs, type Jobs } from './jobs/scheduler.js'
import { createPreviewLinks } from './modules/auth/index.js'
import type { ModuleContext } from './modules/context.js'
import { createLocalStorage } from './modules/media/index.js'
import { startEventFeed, type EventFeed } from './modules/events/index.js'
import { createServices, type Services } from './services.js'
import { ErrorPage, renderDocument } from './views/index.js'
import { messages } from '../shared/i18n/index.js'

export interface AppOverrides {
  /** A database opened and migrated by the caller, who also closes it. */
  database?: DatabaseHandle
  /** The clock, for tests. */
  now?: () => number
  /** Background jobs (scheduled publishing); on by default, tests switch them off to drive them. */
  jobs?: boolean
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services
    pageCache: PageCache
    eventFeed: EventFeed
    jobs: Jobs | null
    /** Request and response schemas, compiled on first use (see http/plugins/validation.ts). */
    schemas: SchemaCompilers
  }
}

export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<FastifyInstance> {
  const ownsDatabase = !overrides.database
  const database = overrides.database ?? openDatabase(config.database)
  if (ownsDatabase) await migrateToLatest(database.db)
  const now = overrides.now ?? Date.now
  const ctx: ModuleContext = { db: database.db, dialect: database.dialect, now, locale: config.locale }
  const services = createServices(ctx, { mediaStorage: createLocalStorage(config.mediaDir), audienceUniques: config.audienceUniques, importsDir: join(config.dataDir, 'imports') })

  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: 2 * 1024 * 1024,
    return503OnClosing: true,
    // Per-request lines only at debug level: at news-site traffic they would drown the rest.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
  })
  app.decorate('services', services)
  app.decorate('schemas', registerValidation(app))

  // Ads are chosen per response inside cached pages (docs/decisions/010-ads-in-cached-pages.md).
  const adLinks = createAdLinks(config.secret)
  const adSlots = createAdSlots({ services, links: adLinks, siteUrl: config.siteUrl, label: messages(config.locale).site.advertisement, scriptPath: adScriptPath })
  await services.ads.refresh().catch((error: unknown) => app.log.error({ err: error }, 'reading the ads failed; pages show none until the next try'))

  // Every process purges its page cache when any process changes what readers see.
  const pageCache = createPageCache({ now, enabled: config.pageCache, fill: adSlots })
  // The Content API's response cache follows PAGE_CACHE (off only for measuring).
  const contentApiCache = createContentApiCache({ now, enabled: config.pageCache })
  const eventFeed = await startEventFeed(ctx, {
    listen: database.listen,
    onEvents: (events) => {
      purgeContentApi(contentApiCache, services, events)
      const keys = new Set<string>()
      for (const event of events) {
        const purge = purgeKeysFor(event)
        if (purge === 'all') return pageCache.purgeAll()
        for (const key of purge) keys.add(key)
      }
      if (keys.size > 0) pageCache.purge([...keys])
    },
    onError: (error) => app.log.error({ err: error }, 'reading the events outbox failed'),
  })
  const jobs = overrides.jobs === false ? null : startJobs(services, app.log)
  app.decorate('pageCache', pageCache)
  app.decorate('eventFeed', eventFeed)
  app.decorate('jobs', jobs)
  app.addHook('onClose', async () => {
    await jobs?.stop()
    // Views counted since the last flush are written before the database closes.
    await services.audience.flush().catch((error: unknown) => app.log.error({ err: error }, 'flushing view counts at shutdown failed'))
    await services.ads.flush().catch((error: unknown) => app.log.error({ err: error }, 'flushing ad counts at shutdown failed'))
    await eventFeed.stop()
    if (ownsDatabase) await database.destroy()
  })

  const chrome = createChromeLoader(config, services, now, pageCache)
  registerErrorHandling(
    app,
    async (_request, status) => {
      // The error page must render even when the database is what failed.
      const site = await chrome.load().catch(() => fallbackChrome(config))
      return renderDocument(ErrorPage({ site, status }))
    },
    { movedTo: movedLookup(services) },
  )
  registerHealth(app, async () => {
    await sql`select 1`.execute(database.db)
  })

  mkdirSync(config.mediaDir, { recursive: true })
  await app.register(fastifyStatic, { root: config.mediaDir, prefix: '/media/', maxAge: '30d', index: false, decorateReply: false })

  const previews = createPreviewLinks(config.secret, now)
  await registerAdminApi(app, { services, siteUrl: config.siteUrl, siteName: config.siteName, previews, now })
  await registerAdminUi(app, { dir: findDeskDir(), locale: config.locale })
  registerCollect(app, { services, siteUrl: config.siteUrl, now })
  await registerContentApi(app, { services, config, cache: contentApiCache, version: emulatedGhostVersion })
  registerAdRoutes(app, { services, links: adLinks, siteUrl: config.siteUrl, now })
  registerSiteRoutes(app, { config, services, now, cache: pageCache, chrome, previews, ads: adSlots })
  registerFeedRoutes(app, { config, services, now, cache: pageCache })
  registerSitemapRoutes(app, { config, services, now, cache: pageCache })
  return app
}

/** Fastify takes CIDR lists as they are; a hop count becomes "trust the nearest N hops". */
function trustProxyOption(trust: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false
  if (typeof trust === 'number') return (_address, hop) => hop < trust
  return [...trust]
}
