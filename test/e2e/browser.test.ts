/** A reader's first visit, in a real browser, to a real `newsdesk serve` with the demo newsroom. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { browserSkipReason, launchBrowser } from '../helpers/browser.js'
import { freePort, waitForResponse } from '../helpers/net.js'

const root = join(import.meta.dirname, '..', '..')

describe('the demo newsroom in Chromium', { skip: browserSkipReason() }, () => {
  let server: ChildProcess
  let browser: Browser
  let base = ''
  const shots = mkdtempSync(join(tmpdir(), 'newsdesk-shots-'))

  before(async () => {
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

  it('shows the latest Dutch news with pictures and leads to an article', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`))
    await page.goto(`${base}/`, { waitUntil: 'networkidle' })
    assert.equal(await page.locator('h1').textContent(), 'Laatste nieuws')
    const cards = page.locator('.card')
    assert.ok((await cards.count()) >= 20)
    assert.ok(await page.locator('.breaking a').isVisible(), 'the fresh breaking story shows in the bar')
    const firstImage = page.locator('.card img').first()
    assert.ok(await firstImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth >= 1000), 'the feature image loaded')
    await page.screenshot({ path: join(shots, 'home.png') })

    const title = (await page.locator('.card h2 a').nth(1).textContent()) ?? ''
    await page.locator('.card h2 a').nth(1).click()
    await page.waitForLoadState('networkidle')
    assert.equal((await page.locator('article h1').textContent())?.trim(), title.trim())
    assert.match((await page.locator('.meta').first().textContent()) ?? '', /Door .+ · \d{1,2} \w+ 2026 om \d\d:\d\d/)
    assert.ok((await page.locator('.body p').count()) >= 2)
    await page.screenshot({ path: join(shots, 'article.png'), fullPage: true })
    assert.deepEqual(errors, [])
    await page.close()
  })

  it('reads well on a phone without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true })
    await page.goto(`${base}/over-ons/`, { waitUntil: 'networkidle' })
    assert.equal(await page.locator('h1').textContent(), 'Over ons')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    assert.equal(overflow, 0)
    await page.close()
  })
})
