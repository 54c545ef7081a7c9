// The in-process half of bench/audience.mjs: flush cost and mostRead latency on the seeded file.
import { openDatabase } from '../src/server/db/index.js'
import { createAudienceService, mostReadWindows } from '../src/server/modules/audience/index.js'

const file = process.argv[2] ?? ''
const database = openDatabase({ dialect: 'sqlite', file })
const ctx = { db: database.db, dialect: database.dialect, now: Date.now, locale: 'nl' as const }
const ids = (await database.db.selectFrom('articles').select('id').where('status', '=', 'published').orderBy('publishedAt', 'desc').limit(2000).execute()).map((r) => r.id)
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0

// One second of a busy site: 20,000 views over 2,000 articles.
const flushes: number[] = []
for (let run = 0; run < 10; run += 1) {
  const audience = createAudienceService(ctx)
  for (let i = 0; i < 20_000; i += 1) await audience.record({ articleId: ids[i % ids.length] ?? '', referrerHost: i % 5 === 0 ? 'www.google.com' : null, visitor: `10.0.${i >> 8}.${i & 255}` })
  const started = performance.now()
  await audience.flush()
  flushes.push(performance.now() - started)
}
console.log(JSON.stringify(['flush of 20,000 views over 2,000 articles (p50 / p95)', `${percentile(flushes, 50).toFixed(1)} / ${percentile(flushes, 95).toFixed(1)} ms`, 'once a second per process', `${((percentile(flushes, 50) / 1000) * 100).toFixed(1)}% of a second`, '']))

for (const window of mostReadWindows) {
  const times: number[] = []
  for (let run = 0; run < 30; run += 1) {
    const audience = createAudienceService(ctx)
    const started = performance.now()
    await audience.mostRead({ window, limit: 10 })
    times.push(performance.now() - started)
  }
  const cached = createAudienceService(ctx)
  await cached.mostRead({ window, limit: 10 })
  const s = performance.now()
  for (let i = 0; i < 1000; i += 1) await cached.mostRead({ window, limit: 10 })
  const hit = (performance.now() - s) / 1000
  console.log(JSON.stringify([`mostRead ${window} uncached (p50 / p95)`, `${percentile(times, 50).toFixed(1)} / ${percentile(times, 95).toFixed(1)} ms`, `${(hit * 1000).toFixed(1)} µs cached`, `${(percentile(times, 50) / hit).toFixed(0)}x`, '']))
}
await database.destroy()
