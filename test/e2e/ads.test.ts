/**
 * Ads in a real browser, on the demo newsroom: the leaderboard shows with its label and keeps
 * the height reserved for it while its image loads late (layout shift measured by Chromium's
 * PerformanceObserver), one page load counts one impression of the creative shown and none of
 * the one hidden at that breakpoint, it becomes viewable after a second in view, a click
 * goes through the signed redirect to the advertiser's page and is counted, and an HTML
 * creative's script runs in its sandbox without reaching the page, cookies, storage or the
 * top window's address.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser, Page } from 'playwright-core'
import { browserSkipReason, launchBrowser } from '../helpers/browser.js'
import { freePort, waitForResponse } from '../helpers/net.js'

const root = join(import.meta.dirname, '..', '..')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
// Init scripts go in as strings: a function would be transformed by tsx, whose helpers the page lacks.
const measureLayoutShift = `
  window.__cls = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value })
    .observe({ type: 'layout-shift', buffered: true });`

describe('ads in Chromium', { skip: browserSkipReason() }, () => {
  let server: ChildProcess
  let browser: Browser
  let base = ''
  let articlePath = ''
  const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-ads-'))

  before(async () => {
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = spawn(process.execPath, ['bin/newsdesk.mjs', 'serve'], { cwd: root, env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: 'ignore' })
    assert.equal((await waitForResponse(`${base}/healthz`, 90_000))?.status, 200)
    browser = await launchBrowser()
    const db = new Database(join(dataDir, 'newsdesk.db'), { readonly: true })
    try {
      // A bitcoin story that is not sponsored: the sponsor's leaderboard goes there.
      const row = db
        .prepare("select a.slug from articles a join article_tags t on t.article_id = a.id join tags g on g.id = t.tag_id where g.slug = 'bitcoin' and a.sponsored = 0 and a.type = 'article' order by a.published_at desc limit 1")
        .get() as { slug: string }
      articlePath = `/${row.slug}/`
    } finally {
      db.close()
    }
  })

  after(async () => {
    await browser?.close()
    server?.kill('SIGTERM')
  })

  /** Figures written for a creative in a slot (the server flushes every second). */
  async function figures(creativeId: string, slotKey: string): Promise<{ impressions: number; viewable: number; clicks: number }> {
    await sleep(1500)
    const db = new Database(join(dataDir, 'newsdesk.db'), { readonly: true })
    try {
      return db
        .prepare('select coalesce(sum(impressions), 0) as impressions, coalesce(sum(viewable), 0) as viewable, coalesce(sum(clicks), 0) as clicks from ad_hourly h join ad_slots s on s.id = h.slot_id where h.creative_id = ? and s.key = ?')
        .get(creativeId, slotKey) as { impressions: number; viewable: number; clicks: number }
    } finally {
      db.close()
    }
  }

  /** Opens the article with images held back until `release()`, so the page is laid out before they arrive. */
  async function openArticle(viewport: { width: number; height: number }): Promise<{ page: Page; beacons: { url: string; body: string }[]; release: () => void }> {
    const context = await browser.newContext({ userAgent, viewport })
    await context.addInitScript(measureLayoutShift)
    const page = await context.newPage()
    const beacons: { url: string; body: string }[] = []
    page.on('request', (r) => {
      if (/\/a\/[iv]$/.test(r.url())) beacons.push({ url: new URL(r.url()).pathname, body: r.postData() ?? '' })
    })
    let release = () => undefined as void
    const gate = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/media/**', async (route) => {
      await gate
      await route.continue()
    })
    await page.goto(`${base}${articlePath}`, { waitUntil: 'domcontentloaded' })
    return { page, beacons, release }
  }

  for (const [name, viewport, size] of [
    ['desktop', { width: 1280, height: 900 }, ['970x250', '728x90']],
    ['mobile', { width: 390, height: 844 }, ['320x100']],
  ] as const) {
    it(`shows the labelled leaderboard on ${name} in its reserved space, counts one impression and a viewable one`, async () => {
      const { page, beacons, release } = await openArticle(viewport)
      const slot = page.locator('aside.ad-top')
      await slot.waitFor()
      assert.equal((await slot.locator('.ad-label').textContent())?.trim(), 'Advertentie')
      const before = (await slot.boundingBox())?.height ?? 0
      const shown = slot.locator('.ad-c:visible')
      assert.equal(await shown.count(), 1, 'one creative shows at this breakpoint')
      const image = shown.locator('img')
      assert.equal(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth), 0, 'measured before the image arrived')
      assert.ok((await shown.locator('a').getAttribute('rel'))?.split(' ').includes('sponsored'))
      const token = (await shown.getAttribute('data-ad-t')) ?? ''
      const hidden = (await slot.locator('.ad-c:not(:visible)').getAttribute('data-ad-t')) ?? ''
      assert.ok(hidden && hidden !== token, 'the other breakpoint’s creative is in the page, hidden')
      const creative = token.split('.')[0] ?? ''
      const [shownBefore, hiddenBefore] = [await figures(creative, 'leaderboard'), await figures(hidden.split('.')[0] ?? '', 'leaderboard')]
      assert.equal(beacons.length, 0, 'nothing is counted before the image has loaded')
      release()
      await page.waitForLoadState('networkidle')
      assert.equal(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth > 0), true)
      const after = (await slot.boundingBox())?.height ?? 0
      assert.ok(before > 80 && Math.abs(after - before) < 1, `the slot keeps its height: ${before} → ${after}`)
      const [width, height] = [await image.getAttribute('width'), await image.getAttribute('height')]
      assert.ok((size as readonly string[]).includes(`${width}x${height}`), `${width}x${height} fits ${name}`)
      await sleep(1500) // a second in view makes it viewable
      const cls = (await page.evaluate('window.__cls')) as number
      assert.ok(cls < 0.1, `cumulative layout shift ${cls}`)

      assert.equal(beacons.filter((b) => b.url === '/a/i' && b.body.split('\n').includes(token)).length, 1, 'one impression beacon for the creative shown')
      assert.equal(beacons.some((b) => b.body.includes(hidden)), false, 'nothing for the hidden one')
      assert.ok(beacons.some((b) => b.url === '/a/v' && b.body === token), 'viewable after a second in view')
      const counted = await figures(creative, 'leaderboard')
      assert.equal(counted.impressions - shownBefore.impressions, 1)
      assert.equal(counted.viewable - shownBefore.viewable, 1)
      assert.equal((await figures(hidden.split('.')[0] ?? '', 'leaderboard')).impressions, hiddenBefore.impressions)
      await page.context().close()
    })
  }

  it('takes a click through the signed redirect to the advertiser and counts it', async () => {
    const { page, release } = await openArticle({ width: 1280, height: 900 })
    release()
    const link = page.locator('aside.ad-top .ad-c:visible a')
    const href = (await link.getAttribute('href')) ?? ''
    assert.match(href, /^\/a\/c\//)
    const creative = href.slice('/a/c/'.length).split('.')[0] ?? ''
    const before = await figures(creative, 'leaderboard')
    // The advertiser's site is not reachable from the test machine: the navigation to it is the landing.
    const [landing] = await Promise.all([page.waitForRequest((r) => r.url().startsWith('https://koinzicht.example/')), link.click()])
    assert.equal(landing.url(), 'https://koinzicht.example/welkom?bron=newsdesk')
    assert.equal(landing.isNavigationRequest(), true)
    assert.equal(landing.redirectedFrom()?.url(), `${base}${href}`, 'through the signed redirect')
    assert.equal((await figures(creative, 'leaderboard')).clicks, before.clicks + 1)
    await page.context().close()
  })

  it('runs an HTML creative in its sandbox: its script works inside, but cannot touch the page, its storage or where it goes', async () => {
    // A sponsor with a third-party tag in the sidebar, written as the desk API would; the server reloads campaigns every 5 s.
    const db = new Database(join(dataDir, 'newsdesk.db'))
    const now = Date.now()
    const id = (n: number) => `${Math.floor(now / 1000).toString(16)}${String(n).padStart(16, '0')}`
    const tag = `<p id="inside">wacht</p><script>
      const tried = [];
      const attempt = (name, fn) => { try { fn(); tried.push(name + ':gelukt') } catch (e) { tried.push(name + ':geweigerd') } };
      attempt('titel', () => { top.document.title = 'gekaapt' });
      attempt('pagina', () => { parent.document.body.innerHTML = 'gekaapt' });
      attempt('cookie', () => { document.cookie = 'spion=1' });
      attempt('opslag', () => localStorage.setItem('spion', '1'));
      attempt('weg', () => { top.location.href = 'https://kaper.example/' });
      document.getElementById('inside').textContent = tried.join(' ');
    </script>`
    try {
      db.prepare('insert into ad_advertisers (id, name, website, category, contact_email, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)').run(id(1), 'Tagpartner', 'https://tagpartner.example/', null, null, now, now)
      db.prepare('insert into ad_campaigns (id, advertiser_id, name, kind, status, starts_at, ends_at, goal_impressions, daily_cap, weight, targeting, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        id(2), id(1), 'Tag in de zijkolom', 'sponsorship', 'active', now - 60_000, null, null, null, 1,
        JSON.stringify({ pageTypes: [], tags: [], excludeTags: [], devices: [], weekdays: [], hours: [], slots: ['zijkolom'] }), now, now,
      )
      db.prepare("insert into ad_creatives (id, campaign_id, name, format, status, width, height, image_url, alt, click_url, html, disclaimer, weight, created_at, updated_at) values (?, ?, ?, 'html', 'active', 300, 250, null, '', 'https://tagpartner.example/', ?, null, 1, ?, ?)").run(id(3), id(2), 'Tag 300x250', tag, now, now)
    } finally {
      db.close()
    }
    // Campaigns are read again in the background once a request finds them older than 5 s: ask until the tag is served.
    for (let tries = 0; tries < 40; tries += 1) {
      const html = await (await fetch(`${base}${articlePath}`, { headers: { 'user-agent': userAgent } })).text()
      if (/data-ad-slot="zijkolom"><span class="ad-label">[^<]*<\/span><div class="ad-c"[^>]*><iframe/.test(html)) break
      await sleep(500)
    }
    const context = await browser.newContext({ userAgent, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const escapes: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('kaper.example')) escapes.push(r.url())
    })
    await page.goto(`${base}${articlePath}`, { waitUntil: 'domcontentloaded' })
    const title = await page.title()
    // The iframe loads lazily: bring it into view.
    const iframe = page.locator('aside.ad-sidebar iframe')
    await iframe.scrollIntoViewIfNeeded({ timeout: 15_000 })
    const frame = page.frameLocator('aside.ad-sidebar iframe')
    await frame.locator('#inside').filter({ hasText: 'titel' }).waitFor({ timeout: 15_000 })
    const verdicts = ((await frame.locator('#inside').textContent()) ?? '').split(' ')
    assert.deepEqual(verdicts, ['titel:geweigerd', 'pagina:geweigerd', 'cookie:geweigerd', 'opslag:geweigerd', 'weg:geweigerd'])
    assert.equal(await page.title(), title)
    assert.equal(page.url(), `${base}${articlePath}`)
    assert.ok((await page.locator('article h1').count()) > 0, 'the article is still there')
    assert.deepEqual(escapes, [])
    const sandbox = (await iframe.getAttribute('sandbox')) ?? ''
    assert.ok(!sandbox.includes('allow-same-origin') && !sandbox.includes('allow-top-navigation'), sandbox)
    await context.close()
  })
})
