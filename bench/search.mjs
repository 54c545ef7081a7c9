// Search benchmark: p50/p95 latency of GET /api/search for rare and common Dutch terms, on
// SQLite and PostgreSQL with N synthetic articles (plus the demo newsroom, whose real text holds
// the rare terms), and how long `newsdesk search reindex` takes. Baseline, same run, same
// database: a WordPress-style `LIKE '%term%'` over title and body for the same terms, without
// HTTP. Queries run one at a time (latency, not throughput).
// Usage: npm run bench:search [-- --articles 100000 --rounds 20 --million --no-postgres]
//   --million adds a SQLite run at 1,000,000 articles (seeding alone takes well over 20 minutes).
import { execFileSync, spawnSync } from 'node:child_process'
import { get } from 'node:http'
import { chownSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import pg from 'pg'
import { buildOrExit, freePort, newsdesk, printTable, root, start, stop } from './lib.mjs'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '20' },
    million: { type: 'boolean', default: false },
    'no-postgres': { type: 'boolean', default: false },
  },
})
const articleCount = Number(values.articles)
const rounds = Number(values.rounds)

/** Rare terms come from the demo newsroom's text; common ones are in most synthetic articles. */
const queries = {
  rare: ['MiCA', 'Lightning', 'chipfabriek', 'datacenters', 'spot-ETF'],
  common: ['bitcoin', 'investeringen', 'koers markt', '"europese commissie"', 'invest', 'blockchain technologie'],
}

buildOrExit()

const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]
}
const ms = (x) => `${x.toFixed(1)} ms`

/** Latencies of `run(term)` over every term of a class, `rounds` times, after one warm-up round. */
async function measure(terms, run) {
  for (const term of terms) await run(term)
  const times = []
  for (let r = 0; r < rounds; r += 1) {
    for (const term of terms) {
      const started = performance.now()
      await run(term)
      times.push(performance.now() - started)
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) }
}

/** The words of a query as a LIKE pattern each (quotes dropped), for the baseline. */
const likeWords = (q) => q.replace(/"/g, '').toLowerCase().split(/\s+/).filter(Boolean)

function findPgBin() {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/local/bin']) {
    try {
      execFileSync(join(dir, 'initdb'), ['--version'], { stdio: 'pipe' })
      return dir
    } catch {
      // not here
    }
  }
  return null
}

async function startPostgres(bin) {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-pg-'))
  const asRoot = process.getuid?.() === 0
  const run = (cmd, args) => (asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' }) : execFileSync(join(bin, cmd), args, { stdio: 'pipe' }))
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()))
  const port = await freePort()
  run('initdb', ['-D', join(dir, 'data'), '-E', 'UTF8', '--locale=C.UTF-8', '-A', 'trust', '-U', 'postgres', '--no-sync'])
  run('pg_ctl', ['-D', join(dir, 'data'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`, '-l', join(dir, 'log'), '-w', 'start'])
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop'])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function benchDialect(label, env, count, like) {
  newsdesk(['migrate'], env)
  newsdesk(['seed', '--demo'], env)
  const seeded = newsdesk(['seed', '--articles', String(count)], env)
  console.error(`${label}: seeded ${count} articles (search index written in each import batch) in ${(seeded.ms / 1000).toFixed(0)} s`)
  const reindex = newsdesk(['search', 'reindex'], env)
  console.error(`${label}: ${reindex.stdout.trim()}`)
  const server = await start(['dist/main.js', 'serve'], { ...env, PAGE_CACHE: 'off' })
  const rows = []
  try {
    // A new connection per request: the baseline's long pauses would otherwise meet the
    // server's keep-alive timeout on a reused socket ("other side closed").
    const api = (q) =>
      new Promise((resolve, reject) => {
        get(`${server.base}/api/search?q=${encodeURIComponent(q)}`, { agent: false }, (response) => {
          let body = ''
          response.on('data', (chunk) => (body += chunk))
          response.on('end', () => (response.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(`${q}: ${response.statusCode}`))))
        }).on('error', reject)
      })
    for (const [kind, terms] of Object.entries(queries)) {
      const totals = await Promise.all(terms.map(async (q) => `${q} ${(await api(q)).total}`))
      console.error(`${label} ${kind}: ${totals.join(', ')}`)
      const ours = await measure(terms, api)
      const base = await measure(terms, like)
      rows.push([`${label} ${kind} terms p50`, ms(ours.p50), ms(base.p50), (ours.p50 / base.p50).toFixed(2), ''])
      rows.push([`${label} ${kind} terms p95`, ms(ours.p95), ms(base.p95), (ours.p95 / base.p95).toFixed(2), count >= 1_000_000 ? '< 150 ms' : '< 50 ms'])
    }
    // The same calls in process on the same database (no HTTP), run while the server is up.
    const inProcess = spawnSync(process.execPath, ['--import', 'tsx', 'bench/search-inprocess.ts', JSON.stringify(queries), String(rounds)], { cwd: root, env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, encoding: 'utf8' })
    if (inProcess.status !== 0) throw new Error(`search-inprocess failed: ${inProcess.stderr}`)
    for (const [kind, times] of Object.entries(JSON.parse(inProcess.stdout))) {
      const http = rows.find((r) => r[0] === `${label} ${kind} terms p95`)?.[1] ?? ''
      rows.push([`${label} ${kind} terms p50/p95 in process (no HTTP)`, `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))}`, `HTTP p95 ${http}`, '', ''])
    }
  } finally {
    await stop(server.child)
  }
  rows.push([`${label} index build (search reindex)`, reindex.stdout.match(/in ([\d.]+ s)/)?.[1] ?? '?', '', '', ''])
  return rows
}

async function sqliteRun(count) {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-search-'))
  try {
    const env = { DATA_DIR: dataDir }
    let db
    const like = async (q) => {
      db ??= new Database(join(dataDir, 'newsdesk.db'), { readonly: true })
      const words = likeWords(q)
      const where = words.map(() => "(lower(title) like ? or lower(body_text) like ?)").join(' and ')
      return db.prepare(`select id from articles where status = 'published' and ${where} order by published_at desc limit 10`).all(...words.flatMap((w) => [`%${w}%`, `%${w}%`]))
    }
    const rows = await benchDialect(`SQLite ${count.toLocaleString('en')}`, env, count, like)
    db?.close()
    return rows
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function postgresRun(count) {
  const bin = findPgBin()
  if (!bin) {
    console.error('PostgreSQL: no initdb found, skipping the PostgreSQL run')
    return []
  }
  const server = await startPostgres(bin)
  const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-search-'))
  const client = new pg.Client({ connectionString: server.url })
  try {
    await client.connect()
    const like = async (q) => {
      const words = likeWords(q)
      const where = words.map((_, i) => `(lower(title) like $${i + 1} or lower(body_text) like $${i + 1})`).join(' and ')
      return client.query(`select id from articles where status = 'published' and ${where} order by published_at desc limit 10`, words.map((w) => `%${w}%`))
    }
    return await benchDialect(`PostgreSQL ${count.toLocaleString('en')}`, { DATA_DIR: dataDir, DATABASE_URL: server.url, SECRET: 'b'.repeat(40) }, count, like)
  } finally {
    await client.end().catch(() => undefined)
    server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const rows = [...(await sqliteRun(articleCount))]
if (!values['no-postgres']) rows.push(...(await postgresRun(articleCount)))
if (values.million) rows.push(...(await sqliteRun(1_000_000)))
printTable(`Search: GET /api/search one request at a time (HTTP included), ${rounds} rounds of each term; baseline: LIKE '%term%' over title and body, newest 10, same database, no HTTP`, rows)
