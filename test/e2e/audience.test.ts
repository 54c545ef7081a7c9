/**
 * Counting in a real browser: each page load of an article counts exactly once — also when the
 * page came from the page cache — and "Meest gelezen" follows what readers actually read.
 * A reader whose browser sends Global Privacy Control or Do Not Track sends no beacon at all.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser } from 'playwright-core'
import { browserSkipReason, launchBrowser } from '../helpers/browser.js'
import { freePort, waitForResponse } from '../helpers/net.js'

const root = join(import.meta.dirname, '..', '..')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
// Headless Chromium says so in its user agent, and the collector rightly drops it as a bot.
const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

describe('view counting in Chromium', { skip: browserSkipReason() }, () => {
  let server: ChildProcess
  let browser: Browser
  let base = ''
  const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-audience-'))

  before(async () => {
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = spawn(process.execPath, ['bin/newsdesk.mjs', 'serve'], { cwd: root, env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'ignore' })
    assert.equal((await waitForResponse(`${base}/healthz`, 60_000))?.status, 200)
    browser = await launchBrowser()
  })

  after(async () => {
    await browser?.close()
    server?.kill('SIGTERM')
  })

  /** Views written for an article (the server flushes every second). */
  async function viewsOf(slug: string): Promise<number> {
    await sleep(1500)
    const db = new Database(join(dataDir, 'newsdesk.db'), { readonly: true })
    try {
      const row = db.prepare('select coalesce(sum(h.views), 0) as views from audience_hourly h join articles a on a.id = h.article_id where a.slug = ?').get(slug) as { views: number }
      return row.views
    } finally {
      db.close()
    }
  }

  it('counts one view per page load, also from the page cache, and ranks by what was read', async () => {
    const page = await browser.newPage({ userAgent })
    const beacons: string[] = []
    page.on('request', (r) => r.url().endsWith('/collect') && beacons.push(r.postData() ?? ''))
    await page.goto(`${base}/`, { waitUntil: 'networkidle' })
    assert.equal(await page.locator('section.headlines.numbered').count(), 0, 'no "Meest gelezen" before any view was counted')
    const links = await page.locator('article.card h3 a').evaluateAll((els) => els.slice(0, 2).map((el) => (el as HTMLAnchorElement).getAttribute('href') ?? ''))
    const [once, often] = links as [string, string]

    await page.goto(`${base}${once}`, { waitUntil: 'networkidle' })
    // Four readers, each with their own browser (no shared HTTP cache): the server's page cache
    // answers all but the first, and every load still counts.
    for (let i = 0; i < 4; i += 1) {
      const reader = await browser.newContext({ userAgent })
      const tab = await reader.newPage()
      tab.on('request', (r) => r.url().endsWith('/collect') && beacons.push(r.postData() ?? ''))
      const response = await tab.goto(`${base}${often}`, { waitUntil: 'networkidle' })
      assert.equal(response?.headers()['x-cache'], i === 0 ? 'MISS' : 'HIT')
      await reader.close()
    }
    assert.equal(beacons.length, 5, 'one beacon per page load')
    assert.equal(await viewsOf(once.slice(1, -1)), 1)
    assert.equal(await viewsOf(often.slice(1, -1)), 4)

    await page.goto(`${base}/meest-gelezen/`, { waitUntil: 'networkidle' })
    const ranked = await page.locator('article.card h2 a').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).getAttribute('href')))
    assert.deepEqual(ranked.slice(0, 2), [often, once])
    assert.match((await page.locator('span.views').first().textContent()) ?? '', /4 keer gelezen/)
    await page.close()
  })

  // Init scripts go in as strings: a function would be transformed by tsx, whose helpers the page lacks.
  for (const [signal, script] of [
    ['Global Privacy Control', 'Object.defineProperty(Navigator.prototype, "globalPrivacyControl", { get: () => true, configurable: true })'],
    ['Do Not Track', 'Object.defineProperty(Navigator.prototype, "doNotTrack", { get: () => "1", configurable: true })'],
  ] as const) {
    it(`sends nothing when the browser asks for ${signal}`, async () => {
      const reader = await browser.newContext({ userAgent })
      await reader.addInitScript(script)
      const tab = await reader.newPage()
      const beacons: string[] = []
      tab.on('request', (r) => r.url().endsWith('/collect') && beacons.push(r.postData() ?? ''))
      await tab.goto(`${base}/`, { waitUntil: 'networkidle' })
      const href = (await tab.locator('article.card h3 a').first().getAttribute('href')) ?? ''
      const before = await viewsOf(href.slice(1, -1))
      await tab.goto(`${base}${href}`, { waitUntil: 'networkidle' })
      assert.equal(await tab.locator('script[data-a]').count(), 1, 'the beacon script is on the page')
      assert.equal(await tab.evaluate(signal === 'Do Not Track' ? 'navigator.doNotTrack' : 'navigator.globalPrivacyControl'), signal === 'Do Not Track' ? '1' : true)
      assert.deepEqual(beacons, [])
      assert.equal(await viewsOf(href.slice(1, -1)), before)
      await reader.close()
    })
  }
})
