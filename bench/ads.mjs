// Ads benchmark (SQLite, N seeded articles, one process, load generator on the same cores):
//  - ad decisions per second in process (bench/ads-inprocess.ts);
//  - a cached article page with ads (leaderboard, in-article banner, sidebar: filled per
//    response) against an article page no campaign targets (its placements come out empty),
//    same server, PAGE_CACHE on, measured alternately five times each so load from other
//    processes on the machine hits both alike.
// Usage: npm run bench:ads [-- --articles 10000 --seconds 10]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { httpLoad } from './http-load.mjs'
import { buildOrExit, median, newsdesk, printTable, root, start, stop } from './lib.mjs'

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, seconds: { type: 'string', default: '10' } } })
const articleCount = Number(values.articles)
const seconds = Number(values.seconds)
const connections = 64
// Rounds alternate the two pages, so load from other processes on the machine hits both alike.
const rounds = 5
const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

buildOrExit()

/** CPU time the server process has used, in ms (user + system, from /proc). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

/**
 * Load for `seconds`: requests per second, p99, and the server's CPU time per request — the
 * last does not depend on how fast the load generator (same cores) reads the bytes. The load
 * generator is bench/http-load.mjs, not autocannon: autocannon decodes every body to a string,
 * and for brotli bodies that cost depended on the bytes (see there).
 */
async function load(url, pid, headers = {}) {
  const options = { url, connections, headers: { 'user-agent': userAgent, ...headers } }
  await httpLoad({ ...options, seconds: 2 }) // warm-up
  const cpu = cpuMs(pid)
  const result = await httpLoad({ ...options, seconds })
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx`)
  return { rps: result.rps, p99: result.p99, cpuUs: ((cpuMs(pid) - cpu) * 1000) / result.requests }
}

/** Campaigns written straight into the file, as the desk API would: a sponsorship on the leaderboard and in-article, house ads elsewhere; none on pages with `excludeTags`. */
function addCampaigns(file, excludeTags) {
  const db = new Database(file)
  const now = Date.now()
  const id = (n) => `${Math.floor(now / 1000).toString(16)}${String(n).padStart(16, '0')}`
  const targeting = (extra = {}) => JSON.stringify({ pageTypes: [], tags: [], excludeTags, devices: [], weekdays: [], hours: [], slots: [], ...extra })
  db.prepare('insert into ad_advertisers (id, name, website, category, contact_email, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)').run(id(1), 'Koinzicht', 'https://koinzicht.example/', 'exchange', null, now, now)
  db.prepare('insert into ad_advertisers (id, name, website, category, contact_email, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)').run(id(2), 'Redactie', null, null, null, now, now)
  const campaign = db.prepare('insert into ad_campaigns (id, advertiser_id, name, kind, status, starts_at, ends_at, goal_impressions, daily_cap, weight, targeting, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  campaign.run(id(3), id(1), 'Sponsor', 'sponsorship', 'active', now - 86_400_000, now + 30 * 86_400_000, null, null, 1, targeting({ slots: ['leaderboard', 'in-artikel'] }), now, now)
  campaign.run(id(4), id(2), 'Huis', 'house', 'active', now - 86_400_000, null, null, null, 1, targeting(), now, now)
  const creative = db.prepare("insert into ad_creatives (id, campaign_id, name, format, status, width, height, image_url, alt, click_url, html, disclaimer, weight, created_at, updated_at) values (?, ?, ?, 'image', 'active', ?, ?, ?, ?, ?, null, ?, 1, ?, ?)")
  const mica = 'Cryptomarketing: deze mededeling is niet beoordeeld of goedgekeurd door een bevoegde autoriteit.'
  let n = 10
  for (const [w, h] of [[970, 250], [728, 90], [320, 100], [300, 250]]) creative.run(id((n += 1)), id(3), `Sponsor ${w}x${h}`, w, h, `/media/bench/sponsor-${w}.png`, 'Koinzicht', 'https://koinzicht.example/', mica, now, now)
  for (const [w, h] of [[300, 250], [320, 100]]) creative.run(id((n += 1)), id(4), `Huis ${w}x${h}`, w, h, `/media/bench/huis-${w}.png`, 'Bekijk de app', 'https://nieuws.example/', null, now, now)
  db.close()
}

const rows = []
const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-ads-'))
const env = { DATA_DIR: dataDir }
try {
  const inProcess = spawnSync(process.execPath, ['--import', 'tsx', 'bench/ads-inprocess.ts'], { cwd: root, encoding: 'utf8' })
  if (inProcess.status !== 0) throw new Error(inProcess.stderr)
  for (const line of inProcess.stdout.trim().split('\n')) rows.push(JSON.parse(line))

  newsdesk(['migrate'], env)
  newsdesk(['seed', '--articles', String(articleCount)], env)
  const file = join(dataDir, 'newsdesk.db')
  const db = new Database(file, { readonly: true })
  const articleTags = db.prepare('select g.slug from article_tags t join tags g on g.id = t.tag_id where t.article_id = ?')
  // The page without ads and its tags (no campaign goes there); the page with ads shares none of them.
  const plainRow = db.prepare("select id, slug from articles where status = 'published' and type = 'article' order by published_at desc limit 1 offset ?").get(Math.floor(articleCount / 2))
  const excluded = articleTags.all(plainRow.id).map((r) => r.slug)
  const adsRow = db
    .prepare(`select id, slug from articles a where status = 'published' and type = 'article' and not exists (select 1 from article_tags t join tags g on g.id = t.tag_id where t.article_id = a.id and g.slug in (${excluded.map(() => '?').join(', ')})) order by published_at desc limit 1 offset ?`)
    .get(...excluded, Math.floor(articleCount / 4))
  db.close()
  addCampaigns(file, excluded)
  const paths = { plain: `/${plainRow.slug}/`, ads: `/${adsRow.slug}/` }

  const server = await start(['dist/main.js', 'serve'], env)
  const fetchText = async (path) => (await fetch(`${server.base}${path}`, { headers: { 'user-agent': userAgent } })).text()
  const [html, plainHtml] = [await fetchText(paths.ads), await fetchText(paths.plain)]
  const slots = (html.match(/data-ad-slot="/g) ?? []).length
  if (slots < 3 || plainHtml.includes('data-ad-slot=')) throw new Error(`expected 3 filled slots and none on the other page, found ${slots}`)
  const runs = { ads: [], plain: [], adsBr: [], plainBr: [] }
  for (let round = 0; round < rounds; round += 1) {
    const pid = server.child.pid
    runs.plain.push(await load(`${server.base}${paths.plain}`, pid))
    runs.ads.push(await load(`${server.base}${paths.ads}`, pid))
    runs.plainBr.push(await load(`${server.base}${paths.plain}`, pid, { 'accept-encoding': 'br' }))
    runs.adsBr.push(await load(`${server.base}${paths.ads}`, pid, { 'accept-encoding': 'br' }))
  }
  await stop(server.child)
  const mid = (list, key) => median(list.map((r) => r[key]))
  const [ads, plain, adsBr, plainBr] = ['ads', 'plain', 'adsBr', 'plainBr'].map((k) => ({ rps: mid(runs[k], 'rps'), p99: mid(runs[k], 'p99'), cpuUs: mid(runs[k], 'cpuUs') }))

  const pct = (a, b) => `${((a / b) * 100).toFixed(0)}%`
  rows.push([`cached article with ${slots} ads (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB), req/s, median of ${rounds}`, ads.rps.toFixed(0), `${plain.rps.toFixed(0)} article without ads (${(Buffer.byteLength(plainHtml) / 1024).toFixed(1)} KB)`, pct(ads.rps, plain.rps), '≥ 90%'])
  rows.push(['the same, brotli, req/s', adsBr.rps.toFixed(0), `${plainBr.rps.toFixed(0)} without ads`, pct(adsBr.rps, plainBr.rps), '≥ 90%'])
  rows.push([`server CPU per request, with ads (median of ${rounds})`, `${ads.cpuUs.toFixed(0)} µs`, `${plain.cpuUs.toFixed(0)} µs without ads`, `${((plain.cpuUs / ads.cpuUs) * 100).toFixed(0)}% (throughput the server could reach)`, '≥ 90%'])
  rows.push(['the same, brotli', `${adsBr.cpuUs.toFixed(0)} µs`, `${plainBr.cpuUs.toFixed(0)} µs without ads`, `${((plainBr.cpuUs / adsBr.cpuUs) * 100).toFixed(0)}%`, '≥ 90%'])
  rows.push([`p99 at ${connections} connections, with ads`, `${ads.p99} ms`, `${plain.p99} ms without ads`, `${(ads.p99 / Math.max(1, plain.p99)).toFixed(1)}x`, '< 20 ms'])
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}

printTable(`Newsdesk ads benchmark — ${articleCount} articles on SQLite, node ${process.version}, ${cpus().length} cores, ${connections} connections, ${seconds} s per run`, rows)
