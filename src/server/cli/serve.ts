/** `newsdesk serve`: migrate, seed the demo on an empty database, listen, drain on SIGTERM. */
import { buildApp } from '../app.js'
import type { Config } from '../config/index.js'
import { migrateToLatest, openDatabase, withExclusiveLock } from '../db/index.js'
import { createLocalStorage } from '../modules/media/index.js'
import { countIndexedArticles, rebuildSearchIndex } from '../modules/search/index.js'
import { createServices } from '../services.js'
import { isEmptyNewsroom, seedDemo } from '../seed/demo.js'

/** Advisory lock key for the first-start demo seed. */
const demoSeedLock = 7_146_011
/** Advisory lock key for building an empty search index at start. */
const searchIndexLock = 7_146_031

export async function serve(config: Config): Promise<void> {
  const database = openDatabase(config.database)
  await migrateToLatest(database.db)
  const services = createServices({ db: database.db, dialect: database.dialect, now: Date.now, locale: config.locale }, { mediaStorage: createLocalStorage(config.mediaDir) })
  // Several processes may start at once on an empty PostgreSQL: one seeds, the others then see content.
  await withExclusiveLock(database.db, database.dialect, demoSeedLock, async () => {
    if (!(await isEmptyNewsroom(services))) return
    process.stderr.write('newsdesk: empty database, adding the demo newsroom…\n')
    const report = await seedDemo({ config, database, services })
    process.stderr.write(`newsdesk: added ${report.articles} demo articles and ${report.pages} pages.\n`)
  })
  // The first start after the search migration: build the index of what is already there.
  await withExclusiveLock(database.db, database.dialect, searchIndexLock, async () => {
    if ((await countIndexedArticles(database.db)) > 0 || (await services.articles.countAll('article')) + (await services.articles.countAll('page')) === 0) return
    process.stderr.write('newsdesk: the search index is empty, building it…\n')
    const report = await rebuildSearchIndex(database.db)
    process.stderr.write(`newsdesk: indexed ${report.articles} articles for search in ${(report.ms / 1000).toFixed(1)} s.\n`)
  })
  if (config.database.dialect === 'postgres' && config.secretSource === 'file') {
    process.stderr.write('newsdesk: SECRET is not set; using the one kept in DATA_DIR. Set SECRET explicitly when several processes share this database.\n')
  }

  const app = await buildApp(config, { database })
  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'draining requests and closing')
    try {
      await app.close()
      await database.destroy()
      process.exit(0)
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed')
      process.exit(1)
    }
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  process.once('SIGINT', () => void shutdown('SIGINT'))

  const address = await app.listen({ port: config.port, host: config.host })
  process.stderr.write(`newsdesk: ${config.siteName} is serving at ${config.siteUrl} (listening on ${address}, ${database.dialect.name})\n`)
  // The schemas not used yet are compiled now, one per turn of the event loop, between requests.
  const compileNext = () => {
    if (!closing && app.schemas.compileNext()) setImmediate(compileNext)
  }
  setImmediate(compileNext)
}
