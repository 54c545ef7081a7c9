// Audience benchmark (SQLite, N seeded articles, 90 days of views with most reads on the newest):
//  - beacons ingested per second by POST /collect, against a bare node:http server that reads
//    the same body and answers 204, with the server's memory before and after;
//  - the cost of one flush;
//  - mostRead latency for each window.
// Usage: npm run bench:audience [-- --articles 100000 --seconds 10]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { buildOrExit, newsdesk, printTable, root, rssMb, start, stop } from './lib.mjs'

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, seconds: { type: 'string', default: '10' } } })
const articleCount = Number(values.articles)
const seconds = Number(values.seconds)
const day = 86_400_000
const hour = 3_600_000

buildOrExit()

/** 90 days of views: each day a few thousand articles read, most views on the newest. */
function seedViews(file, now) {
  const db = new Database(file)
  const ids = db.prepare("select id from articles where type = 'article' and status = 'published' order by published_at desc, id desc").all().map((r) => r.id)
  let seed = 7
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const insertDaily = db.prepare('insert into audience_daily (article_id, day, views, uniques) values (?, ?, ?, ?) on conflict do nothing')
  const insertHourly = db.prepare('insert into audience_hourly (article_id, hour, views, uniques) values (?, ?, ?, ?) on conflict do nothing')
  let rows = 0
  db.transaction(() => {
    for (let d = 0; d < 90; d += 1) {
      const dayStart = Math.floor((now - d * day) / day) * day
      const read = new Set()
      // Today's news (the newest few hundred, shifted back with the days) and a long tail.
      for (let i = 0; i < 3000; i += 1) read.add(ids[Math.min(ids.length - 1, Math.floor(d * 30 + (i < 2000 ? i / 4 : random() * ids.length)))])
      let rank = 1
      for (const id of read) {
        const views = Math.max(1, Math.round(20000 / rank ** 0.9))
        insertDaily.run(id, dayStart, views, Math.round(views * 0.8))
        if (d < 7 && rank <= 600) for (let h = 0; h < 24; h += 2) insertHourly.run(id, dayStart + h * hour, Math.ceil(views / 12), Math.ceil(views / 15))
        rank += 1
        rows += 1
      }
    }
  })()
  db.close()
  return { ids, rows }
}

const rows = []
const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-audience-'))
const env = { DATA_DIR: dataDir, TRUST_PROXY: '1' }
try {
  newsdesk(['migrate'], env)
  newsdesk(['seed', '--articles', String(articleCount)], env)
  const now = Date.now()
  const { ids, rows: viewRows } = seedViews(join(dataDir, 'newsdesk.db'), now)
  console.error(`seeded ${articleCount} articles and ${viewRows} daily view rows over 90 days`)

  // Beacons: many readers (addresses) reading the newest 500 articles.
  let n = 0
  const beaconRequest = (base) => ({
    url: `${base}/collect`,
    method: 'POST',
    connections: 64,
    duration: seconds,
    headers: { 'content-type': 'text/plain;charset=UTF-8', origin: base, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36' },
    requests: [{
      setupRequest: (req) => {
        n += 1
        const id = ids[n % 500]
        return { ...req, headers: { ...req.headers, 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` }, body: JSON.stringify({ a: id, p: `/x/`, r: n % 5 === 0 ? 'www.google.com' : '' }) }
      },
    }],
  })

  const bare = await start(['-e', `
    require('node:http').createServer((req, res) => {
      if (req.url === '/healthz') return res.end('ok');
      let body = ''; req.on('data', (c) => body += c); req.on('end', () => { JSON.parse(body); res.writeHead(204).end() })
    }).listen(Number(process.env.PORT), '127.0.0.1')`], {})
  const baseline = await autocannon(beaconRequest(bare.base))
  await stop(bare.child)

  // Memory after one full run and after two more: flat means the later runs add (almost) nothing.
  const server = await start(['dist/main.js', 'serve'], env)
  await autocannon({ ...beaconRequest(server.base), duration: 2 })
  const result = await autocannon(beaconRequest(server.base))
  const rssBefore = rssMb(server.child.pid)
  await autocannon(beaconRequest(server.base))
  await autocannon(beaconRequest(server.base))
  const rssAfter = rssMb(server.child.pid)
  await stop(server.child)
  if (result.non2xx > 0) throw new Error(`${result.non2xx} beacons were refused`)
  rows.push(['beacons ingested per second (64 connections)', result.requests.average.toFixed(0), `${baseline.requests.average.toFixed(0)} bare node:http reading the body`, `${((result.requests.average / baseline.requests.average) * 100).toFixed(0)}%`, '≥ 20,000/s'])
  rows.push(['server memory after one run → after three (every beacon a new reader)', `${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MB`, 'unique pairs: at most 1M, 16 MB', `${(rssAfter / rssBefore).toFixed(2)}x`, 'flat'])

  // The same without unique counting: what the counters themselves cost in memory.
  const plain = await start(['dist/main.js', 'serve'], { ...env, AUDIENCE_UNIQUES: 'off' })
  await autocannon({ ...beaconRequest(plain.base), duration: 2 })
  const plainRun = await autocannon(beaconRequest(plain.base))
  const plainBefore = rssMb(plain.child.pid)
  await autocannon(beaconRequest(plain.base))
  await autocannon(beaconRequest(plain.base))
  const plainAfter = rssMb(plain.child.pid)
  await stop(plain.child)
  rows.push(['… with AUDIENCE_UNIQUES=off: beacons/s and memory', `${plainRun.requests.average.toFixed(0)}/s, ${plainBefore.toFixed(0)} → ${plainAfter.toFixed(0)} MB`, '', `${(plainAfter / plainBefore).toFixed(2)}x`, 'flat'])
} catch (error) {
  rmSync(dataDir, { recursive: true, force: true })
  throw error
}

const measure = spawnSync(process.execPath, ['--import', 'tsx', 'bench/audience-inprocess.ts', join(dataDir, 'newsdesk.db')], { cwd: root, encoding: 'utf8' })
if (measure.status !== 0) throw new Error(measure.stderr)
for (const line of measure.stdout.trim().split('\n')) rows.push(JSON.parse(line))
rmSync(dataDir, { recursive: true, force: true })

printTable(`Newsdesk audience benchmark — ${articleCount} articles, 90 days of views, SQLite, node ${process.version}, ${cpus().length} cores, ${seconds} s per run`, rows)
