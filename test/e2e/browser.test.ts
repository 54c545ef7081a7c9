/**
 * A reader's visit, in a real browser, to a real `newsdesk serve` with the demo newsroom: the
 * front page and an article on a desktop and a phone (screenshots kept in test-results/), no
 * console errors or failed requests, no horizontal scrolling at 375 px, and the post from X as
 * a card that contacts no other host until the reader clicks it.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { browserSkipReason, launchBrowser } from '../helpers/browser.js'
import { freePort, waitForResponse } from '../helpers/net.js'

const root = join(import.meta.dirname, '..', '..')
const shots = join(root, 'test-results')

const viewports = {
  desktop: { viewport: { width: 1280, height: 900 } },
  mobile: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
} as const

describe('the demo newsroom in Chromium', { skip: browserSkipReason() }, () => {
  let server: ChildProcess
  let browser: Browser
  let base = ''

  before(async () => {
    mkdirSync(shots, { recursive: true })
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    // A fresh DATA_DIR: the first start seeds the demo, as on a new install.
    server = spawn(process.execPath, ['bin/newsdesk.mjs', 'serve'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: mkdtempSync(join(tmpdir(), 'newsdesk-e2e-')), PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    })
    assert.equal((await waitForResponse(`${base}/healthz`, 60_000))?.status, 200, 'the server came up')
    browser = await launchBrowser()
  })

  after(async () => {
    await browser?.close()
    server?.kill('SIGTERM')
  })

  /** A page that records console errors, failed requests and every host it contacts. */
  async function open(kind: keyof typeof viewports) {
    const page = await browser.newPage(viewports[kind])
    const errors: string[] = []
    const hosts = new Set<string>()
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`))
    page.on('request', (r) => hosts.add(new URL(r.url()).host))
    return { page, errors, hosts }
  }

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  const settle = async (page: Page) => {
    await page.waitForLoadState('networkidle')
    // Lazy pictures below the fold load as the page scrolls; screenshots show them loaded.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y)
        await new Promise((r) => setTimeout(r, 30))
      }
      window.scrollTo(0, 0)
    })
    await page.waitForLoadState('networkidle')
  }

  for (const kind of ['desktop', 'mobile'] as const) {
    it(`shows the front page and an article on a ${kind}`, async () => {
      const { page, errors, hosts } = await open(kind)
      await page.goto(`${base}/`)
      await settle(page)
      const lead = page.locator('article.lead h2 a')
      assert.ok(await lead.isVisible(), 'a lead story')
      assert.ok((await page.locator('article.card').count()) >= 10)
      assert.ok(await page.locator('.breaking a').isVisible(), 'the fresh breaking story shows in the bar')
      assert.ok(await page.locator('section.headlines h2', { hasText: 'Blockchain nieuws' }).isVisible(), 'the Blockchain nieuws block')
      assert.ok(await page.locator('.app-promo h2', { hasText: 'Bekijk de app' }).isVisible(), 'the app promo')
      assert.ok(await page.locator('article.lead img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth >= 1000), 'the lead picture loaded')
      assert.equal(await overflow(page), 0, 'no horizontal scrolling')
      await page.screenshot({ path: join(shots, `home-${kind}.png`), fullPage: true })

      const title = ((await lead.textContent()) ?? '').trim()
      await lead.click()
      await settle(page)
      assert.equal((await page.locator('article h1').textContent())?.trim(), title)
      assert.match((await page.locator('.byline').textContent()) ?? '', /Door .+\d{1,2} \w+ 2026 om \d\d:\d\d/)
      assert.ok((await page.locator('.body p').count()) >= 2)
      assert.ok((await page.locator('.tags a').count()) >= 1, 'tags above the headline')
      assert.equal(await overflow(page), 0, 'no horizontal scrolling')
      await page.screenshot({ path: join(shots, `article-${kind}.png`), fullPage: true })
      assert.deepEqual(errors, [])
      assert.deepEqual([...hosts], [new URL(base).host], 'nothing loaded from other hosts')
      await page.close()
    })
  }

  it('shows a post from X as a card that contacts X only when clicked', async () => {
    const { page, errors, hosts } = await open('desktop')
    // The demo's bitcoin crash story embeds a post on X.
    await page.goto(`${base}/bitcoin-zakt-binnen-een-uur-ruim-6-procent-na-golf-van-liquidaties/`)
    await settle(page)
    const card = page.locator('figure.embed-x')
    assert.ok(await card.isVisible(), 'the X card')
    assert.match((await card.textContent()) ?? '', /@\w+/)
    assert.deepEqual([...hosts], [new URL(base).host], 'no request to another host before the click')
    await card.screenshot({ path: join(shots, 'x-card.png') })
    // Clicking opens the post on X (in a new tab); only then does the browser contact X.
    await page.context().route(/x\.com|twitter\.com/, (route) => route.fulfill({ status: 200, body: 'stub' }))
    const [popup] = await Promise.all([page.waitForEvent('popup'), card.locator('a').click()])
    assert.match(popup.url(), /^https:\/\/x\.com\//)
    assert.deepEqual(errors, [])
    await page.close()
  })

  it('reads well on a phone: tag pages and static pages without horizontal scrolling', async () => {
    const { page, errors } = await open('mobile')
    for (const path of ['/tag/bitcoin/', '/over-ons/', '/nieuws/?pagina=2']) {
      await page.goto(`${base}${path}`)
      await settle(page)
      assert.equal(await overflow(page), 0, `no horizontal scrolling on ${path}`)
    }
    await page.screenshot({ path: join(shots, 'archive-mobile.png'), fullPage: true })
    assert.deepEqual(errors, [])
    await page.close()
  })
})
