// Public site benchmark (SQLite, N seeded articles, one process, load generator on the same cores):
//  - a cached article page against a bare node:http server returning the same bytes;
//  - uncached renders (PAGE_CACHE=off; related news precomputed at seed time);
//  - p99 latency at 64 connections;
//  - the archive's first page against 5,000 pages deep (by cursor), uncached.
// Usage: npm run bench:site [-- --articles 100000 --seconds 10]
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { httpLoad } from './http-load.mjs'
import { buildOrExit, newsdesk, printTable, start, stop } from './lib.mjs'

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, seconds: { type: 'string', default: '10' } } })
const articleCount = Number(values.articles)
const seconds = Number(values.seconds)
const connections = 64

buildOrExit()

/**
 * Load for `seconds` at `connections`: requests per second and p99, from bench/http-load.mjs
 * (autocannon decodes every body to a string, on the cores the server needs). The warm-up lets
 * V8 finish compiling the hot paths first.
 */
async function load(url, headers = {}) {
  await httpLoad({ url, connections, seconds: 5, headers }) // warm-up
  const result = await httpLoad({ url, connections, seconds, headers })
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers`)
  return { rps: result.rps, p99: result.p99 }
}

const rows = []
const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-site-'))
const env = { DATA_DIR: dataDir }
try {
  newsdesk(['migrate'], env)
  const seedStarted = performance.now()
  newsdesk(['seed', '--articles', String(articleCount)], env)
  console.error(`seeded ${articleCount} articles (with related news) in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`)

  const db = new Database(join(dataDir, 'newsdesk.db'), { readonly: true })
  const middle = db.prepare("select slug from articles where status = 'published' and type = 'article' order by published_at desc, id desc limit 1 offset ?").get(Math.floor(articleCount / 2))
  const deep = db.prepare("select published_at as publishedAt, id from articles where status = 'published' and type = 'article' order by published_at desc, id desc limit 1 offset ?").get(Math.min(5000 * 20, articleCount - 21))
  db.close()
  const articlePath = `/${middle.slug}/`
  const deepPath = `/nieuws/?voor=${deep.publishedAt}_${deep.id}`

  // Cached: Newsdesk against node:http serving the very same bytes.
  const cached = await start(['dist/main.js', 'serve'], env)
  const page = await fetch(`${cached.base}${articlePath}`)
  const bytes = Buffer.from(await page.arrayBuffer())
  const bare = await start(['-e', `
    const http = require('node:http');
    const body = Buffer.from(${JSON.stringify(bytes.toString('base64'))}, 'base64');
    http.createServer((req, res) => {
      if (req.url === '/healthz') return res.end('ok');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60', etag: 'W/"x"', 'content-length': body.length });
      res.end(body);
    }).listen(Number(process.env.PORT), '127.0.0.1');
  `], {})
  const baseline = await load(`${bare.base}/`)
  await stop(bare.child)
  const hit = await load(`${cached.base}${articlePath}`)
  const hitBr = await load(`${cached.base}${articlePath}`, { 'accept-encoding': 'br' })
  await stop(cached.child)

  rows.push([`cached article page (${(bytes.length / 1024).toFixed(1)} KB), req/s`, hit.rps.toFixed(0), `${baseline.rps.toFixed(0)} bare node:http, same bytes`, `${((hit.rps / baseline.rps) * 100).toFixed(0)}%`, '≥ 50%'])
  rows.push([`cached article p99 at ${connections} connections`, `${hit.p99} ms`, `${baseline.p99} ms bare node:http`, `${(hit.p99 / Math.max(1, baseline.p99)).toFixed(1)}x`, '< 20 ms'])
  rows.push(['cached article, brotli, req/s', hitBr.rps.toFixed(0), `${hit.rps.toFixed(0)} uncompressed`, `${((hitBr.rps / hit.rps) * 100).toFixed(0)}%`, ''])

  // Uncached: every request renders (database, related news, chrome, Preact).
  const uncached = await start(['dist/main.js', 'serve'], { ...env, PAGE_CACHE: 'off' })
  const render = await load(`${uncached.base}${articlePath}`)
  const home = await load(`${uncached.base}/`)
  const archiveFirst = await load(`${uncached.base}/nieuws/`)
  const archiveDeep = await load(`${uncached.base}${deepPath}`)
  await stop(uncached.child)
  rows.push(['uncached article render, pages/s', render.rps.toFixed(0), `${hit.rps.toFixed(0)} cached`, `${((render.rps / hit.rps) * 100).toFixed(0)}%`, '≥ 1,500/s'])
  rows.push(['uncached home render, pages/s', home.rps.toFixed(0), `${render.rps.toFixed(0)} article`, `${((home.rps / render.rps) * 100).toFixed(0)}%`, ''])
  rows.push(['archive 5,000 pages deep (cursor), uncached, pages/s', archiveDeep.rps.toFixed(0), `${archiveFirst.rps.toFixed(0)} first page`, `${((archiveDeep.rps / archiveFirst.rps) * 100).toFixed(0)}%`, '≈ 100%'])
  rows.push(['archive 5,000 pages deep, p99', `${archiveDeep.p99} ms`, `${archiveFirst.p99} ms first page`, `${(archiveDeep.p99 / Math.max(1, archiveFirst.p99)).toFixed(1)}x`, ''])
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}

printTable(`Newsdesk public site benchmark — ${articleCount} articles on SQLite, node ${process.version}, ${cpus().length} cores, ${connections} connections, ${seconds} s per run`, rows)
