// Content API benchmark (SQLite, N seeded articles, one process, load generator on the same cores):
//  - posts/?limit=15&include=tags,authors from the response cache, against a bare node:http
//    server returning the same bytes;
//  - the same request uncached (PAGE_CACHE=off switches the response cache off; remembered
//    pagination totals stay on), and two more uncached requests: a tag filter and a read by slug.
// Usage: npm run bench:content-api [-- --articles 100000 --seconds 10]
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
 * req/s and p99 for `url`, from bench/http-load.mjs: autocannon decodes every 70 KB body to a
 * string, which on the same 2 cores took CPU from the server it was measuring. The warm-up lets
 * V8 finish compiling the hot paths (on 2 shared cores that takes a few seconds), so the figure
 * is the steady state of a server that has been running a while.
 */
async function load(url) {
  await httpLoad({ url, connections, seconds: 5 }) // warm-up
  const result = await httpLoad({ url, connections, seconds })
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers`)
  return { rps: result.rps, p99: result.p99, errors: 0 }
}

const rows = []
const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-content-'))
const env = { DATA_DIR: dataDir }
try {
  newsdesk(['migrate'], env)
  const seedStarted = performance.now()
  newsdesk(['seed', '--articles', String(articleCount)], env)
  console.error(`seeded ${articleCount} articles in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s`)
  const key = newsdesk(['apikey', 'create', '--name', 'bench'], env).stdout.trim().split('\n').at(-1)

  const db = new Database(join(dataDir, 'newsdesk.db'), { readonly: true })
  const middle = db.prepare("select slug from articles where status = 'published' and type = 'article' order by published_at desc, id desc limit 1 offset ?").get(Math.floor(articleCount / 2))
  db.close()
  const listPath = `/ghost/api/content/posts/?key=${key}&limit=15&include=tags,authors`
  const filterPath = `/ghost/api/content/posts/?key=${key}&limit=15&include=tags,authors&filter=${encodeURIComponent('tag:bitcoin+featured:false')}`
  const readPath = `/ghost/api/content/posts/slug/${middle.slug}/?key=${key}&include=tags,authors`

  const cached = await start(['dist/main.js', 'serve'], env)
  const answer = await fetch(`${cached.base}${listPath}`)
  if (answer.status !== 200) throw new Error(`posts answered ${answer.status}: ${await answer.text()}`)
  const bytes = Buffer.from(await answer.arrayBuffer())
  const bare = await start(['-e', `
    const http = require('node:http');
    const body = Buffer.from(${JSON.stringify(bytes.toString('base64'))}, 'base64');
    http.createServer((req, res) => {
      if (req.url === '/healthz') return res.end('ok');
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=0', etag: 'W/"x"', 'access-control-allow-origin': '*', 'content-length': body.length });
      res.end(body);
    }).listen(Number(process.env.PORT), '127.0.0.1');
  `], {})
  const baseline = await load(`${bare.base}/`)
  await stop(bare.child)
  const hit = await load(`${cached.base}${listPath}`)
  await stop(cached.child)
  rows.push([`posts/?limit=15&include=tags,authors, cached (${(bytes.length / 1024).toFixed(1)} KB), req/s`, hit.rps.toFixed(0), `${baseline.rps.toFixed(0)} bare node:http, same bytes`, `${((hit.rps / baseline.rps) * 100).toFixed(0)}%`, '≥ 40%'])
  rows.push([`  cached p99 at ${connections} connections`, `${hit.p99} ms`, `${baseline.p99} ms bare node:http`, `${(hit.p99 / Math.max(1, baseline.p99)).toFixed(1)}x`, ''])

  const uncached = await start(['dist/main.js', 'serve'], { ...env, PAGE_CACHE: 'off' })
  const list = await load(`${uncached.base}${listPath}`)
  const filtered = await load(`${uncached.base}${filterPath}`)
  const read = await load(`${uncached.base}${readPath}`)
  await stop(uncached.child)
  rows.push([`posts/?limit=15&include=tags,authors, uncached, req/s${list.errors ? ` (${list.errors} timeouts)` : ''}`, list.rps.toFixed(0), `${hit.rps.toFixed(0)} cached`, `${((list.rps / hit.rps) * 100).toFixed(0)}%`, '≥ 1,500/s'])
  rows.push(['  uncached p99', `${list.p99} ms`, `${hit.p99} ms cached`, `${(list.p99 / Math.max(1, hit.p99)).toFixed(1)}x`, ''])
  rows.push(["  + filter=tag:bitcoin+featured:false, uncached, req/s", filtered.rps.toFixed(0), `${list.rps.toFixed(0)} unfiltered`, `${((filtered.rps / list.rps) * 100).toFixed(0)}%`, ''])
  rows.push(['posts/slug/:slug/?include=tags,authors, uncached, req/s', read.rps.toFixed(0), `${list.rps.toFixed(0)} list of 15`, `${((read.rps / list.rps) * 100).toFixed(0)}%`, ''])
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}

printTable(`Newsdesk Content API benchmark — ${articleCount} articles on SQLite, node ${process.version}, ${cpus().length} cores, ${connections} connections, ${seconds} s per run (Ghost 5 answers the list request at ~270 req/s on this kind of machine)`, rows)
