// Foundation benchmark: boot time to first response, memory after boot and with 100k articles,
// and seed throughput — each beside a baseline measured in the same run on the same machine.
// Usage: npm run bench [-- --articles 100000]
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildOrExit, freePort, median, newsdesk, printTable, root, rssMb, stop } from './lib.mjs'

const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' }, runs: { type: 'string', default: '5' } } })
const articleCount = Number(values.articles)
const runs = Number(values.runs)

buildOrExit()

/** Starts a process and waits for its first 200 on `path`; returns ms to first response and the child. */
async function bootToFirstResponse(args, env, path) {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  for (;;) {
    const res = await fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined)
    if (res?.status === 200) {
      await res.arrayBuffer()
      return { ms: performance.now() - started, child, port }
    }
    if (child.exitCode !== null) throw new Error(`process exited: ${stderr}`)
    if (performance.now() - started > 60_000) throw new Error(`no response in 60 s: ${stderr}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

const bareServer = `
  const http = require('node:http');
  const body = Buffer.from('<!doctype html><title>ok</title>');
  http.createServer((req, res) => { res.writeHead(200, {'content-type': 'text/html'}); res.end(body) }).listen(Number(process.env.PORT), '127.0.0.1');
`

const rows = []
const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'))
const env = { DATA_DIR: dataDir }
try {
  // A demo newsroom, seeded once, so boots measure a normal start (not the first-start seed).
  newsdesk(['seed', '--demo'], env)

  const bare = []
  const boots = []
  const rssBoot = []
  const rssBare = []
  for (let i = 0; i < runs; i += 1) {
    const b = await bootToFirstResponse(['-e', bareServer], {}, '/')
    bare.push(b.ms)
    rssBare.push(rssMb(b.child.pid))
    await stop(b.child)
    const n = await bootToFirstResponse(['dist/main.js', 'serve'], env, '/')
    boots.push(n.ms)
    rssBoot.push(rssMb(n.child.pid))
    await stop(n.child)
  }
  rows.push(['boot to first response (home page, demo on SQLite)', `${median(boots).toFixed(0)} ms`, `${median(bare).toFixed(0)} ms bare node:http`, `${(median(boots) / median(bare)).toFixed(1)}x`, '< 1000 ms'])
  rows.push(['RSS after boot', `${median(rssBoot).toFixed(0)} MB`, `${median(rssBare).toFixed(0)} MB bare node:http`, `${(median(rssBoot) / median(rssBare)).toFixed(1)}x`, '< 150 MB'])

  // Seed throughput: the CLI through the article importer, against raw better-sqlite3 inserts.
  const seedDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-seed-'))
  const seedEnv = { DATA_DIR: seedDir }
  newsdesk(['migrate'], seedEnv)
  const seeded = newsdesk(['seed', '--articles', String(articleCount)], seedEnv)
  const baseline = spawnSync(process.execPath, ['bench/raw-insert.mjs', String(articleCount)], { cwd: root, encoding: 'utf8' })
  if (baseline.status !== 0) throw new Error(baseline.stderr)
  const rawMs = Number(baseline.stdout.trim())
  const perSecond = (ms) => Math.round(articleCount / (ms / 1000))
  rows.push([`seed --articles ${articleCount} (SQLite, whole command)`, `${(seeded.ms / 1000).toFixed(1)} s = ${perSecond(seeded.ms)}/s`, `${(rawMs / 1000).toFixed(1)} s = ${perSecond(rawMs)}/s raw better-sqlite3 rows`, `${(seeded.ms / rawMs).toFixed(1)}x`, '< 120 s'])

  const big = await bootToFirstResponse(['dist/main.js', 'serve'], seedEnv, '/')
  // Read a spread of pages so the process holds what serving a large archive needs.
  const html = await (await fetch(`http://127.0.0.1:${big.port}/`)).text()
  const links = [...html.matchAll(/href="(\/s-[a-z0-9-]+\/)"/g)].map((m) => m[1]).slice(0, 30)
  for (const link of links) await (await fetch(`http://127.0.0.1:${big.port}${link}`)).arrayBuffer()
  const rssBig = rssMb(big.child.pid)
  rows.push([`boot to first response with ${articleCount} articles`, `${big.ms.toFixed(0)} ms`, `${median(boots).toFixed(0)} ms with the demo`, `${(big.ms / median(boots)).toFixed(1)}x`, '< 1000 ms'])
  rows.push([`RSS with ${articleCount} articles (after home + ${links.length} articles)`, `${rssBig.toFixed(0)} MB`, `${median(rssBoot).toFixed(0)} MB with the demo`, `${(rssBig / median(rssBoot)).toFixed(1)}x`, '< 150 MB'])
  await stop(big.child)
  rmSync(seedDir, { recursive: true, force: true })
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}

printTable(`Newsdesk foundation benchmark — node ${process.version}, ${(await import('node:os')).cpus().length} cores`, rows)
