// The in-process half of bench/search.mjs: the work `GET /api/search` does (searchPublished, then
// the result cards by id), called directly on the same database, no HTTP. Prints one JSON line:
// per query class, every latency in ms. Usage (env as for `newsdesk serve`):
//   node --import tsx bench/search-inprocess.ts '{"rare":["MiCA"],"common":["bitcoin"]}' 20
import { loadConfig } from '../src/server/config/index.js'
import { openDatabase } from '../src/server/db/index.js'
import { createArticlesService } from '../src/server/modules/articles/index.js'
import { createSearchService } from '../src/server/modules/search/index.js'

const queries = JSON.parse(process.argv[2] ?? '{}') as Record<string, string[]>
const rounds = Number(process.argv[3] ?? 20)
const config = loadConfig()
const database = openDatabase(config.database)
const ctx = { db: database.db, dialect: database.dialect, now: Date.now, locale: config.locale }
const search = createSearchService(ctx)
const articles = createArticlesService(ctx)

async function run(q: string): Promise<void> {
  const result = await search.searchPublished(q, 1, 10)
  await articles.listPublishedByIds(result.hits.map((h) => h.articleId))
}

const out: Record<string, number[]> = {}
for (const [kind, terms] of Object.entries(queries)) {
  for (const term of terms) await run(term)
  const times: number[] = []
  for (let r = 0; r < rounds; r += 1) {
    for (const term of terms) {
      const started = performance.now()
      await run(term)
      times.push(performance.now() - started)
    }
  }
  out[kind] = times
}
await database.destroy()
process.stdout.write(`${JSON.stringify(out)}\n`)
