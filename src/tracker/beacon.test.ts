import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const articleId = '0123456789abcdef01234567'

// Built as scripts/build.mjs builds dist/tracker.js, and run as a browser would run it.
let script = ''
before(async () => {
  const result = await build({ entryPoints: [new URL('./beacon.ts', import.meta.url).pathname], bundle: true, minify: true, target: 'es2017', format: 'iife', sourcemap: false, write: false, logLevel: 'silent' })
  script = result.outputFiles[0]?.text ?? ''
})

interface PageOptions {
  id?: string | null
  pathname?: string
  host?: string
  referrer?: string
  visibilityState?: 'visible' | 'hidden'
  prerendering?: boolean
  navigatorDnt?: string | null
  windowDnt?: string
  gpc?: boolean
  sendBeacon?: boolean
}

type Listener = (event: object) => void

/** A page load in a stub browser: what the script reads, the events it may listen to, and what it sent. */
function loadPage(options: PageOptions = {}) {
  const sent: { url: string; body: unknown; init?: RequestInit }[] = []
  const listeners = { document: new Map<string, Listener[]>(), window: new Map<string, Listener[]>() }
  const listen = (on: Map<string, Listener[]>) => (type: string, listener: Listener) => on.set(type, [...(on.get(type) ?? []), listener])
  const document = {
    currentScript: options.id === null ? null : { dataset: { a: options.id ?? articleId } },
    referrer: options.referrer ?? '',
    visibilityState: options.visibilityState ?? 'visible',
    prerendering: options.prerendering ?? false,
    addEventListener: listen(listeners.document),
  }
  const navigator: Record<string, unknown> = { doNotTrack: options.navigatorDnt ?? null, ...(options.gpc === undefined ? {} : { globalPrivacyControl: options.gpc }) }
  if (options.sendBeacon !== false) {
    navigator.sendBeacon = (url: string, body: unknown) => {
      sent.push({ url, body })
      return true
    }
  }
  const fetch = async (url: string, init: RequestInit) => {
    sent.push({ url, body: init.body, init })
    return {}
  }
  const host = options.host ?? 'newsdesk.example'
  const window: Record<string, unknown> = {
    document,
    navigator,
    fetch,
    URL,
    location: { host, pathname: options.pathname ?? '/bitcoin-breekt-door/' },
    addEventListener: listen(listeners.window),
    ...(options.windowDnt === undefined ? {} : { doNotTrack: options.windowDnt }),
  }
  window.window = window
  runInNewContext(script, window)
  const fire = (on: Map<string, Listener[]>, type: string, event: object = {}) => (on.get(type) ?? []).forEach((listener) => listener(event))
  return {
    sent,
    document,
    fireDocument: (type: string) => fire(listeners.document, type),
    fireWindow: (type: string, event: object) => fire(listeners.window, type, event),
  }
}

const bodyOf = (sent: { body: unknown }[]) => sent.map((s) => s.body)

describe('view beacon', () => {
  it('sends one beacon with the article, the path and no referrer, as a plain string', () => {
    const page = loadPage()
    assert.equal(page.sent.length, 1)
    assert.equal(page.sent[0]?.url, '/collect')
    assert.equal(typeof page.sent[0]?.body, 'string')
    assert.equal(page.sent[0]?.body, `{"a":"${articleId}","p":"/bitcoin-breekt-door/","r":""}`)
    // Tab switches and the first pageshow of a load are the same view.
    page.document.visibilityState = 'hidden'
    page.fireDocument('visibilitychange')
    page.document.visibilityState = 'visible'
    page.fireDocument('visibilitychange')
    page.fireWindow('pageshow', { persisted: false })
    assert.equal(page.sent.length, 1)
  })

  it('sends nothing under Do Not Track or Global Privacy Control', () => {
    assert.deepEqual(loadPage({ navigatorDnt: '1' }).sent, [])
    assert.deepEqual(loadPage({ windowDnt: '1' }).sent, [])
    assert.deepEqual(loadPage({ gpc: true }).sent, [])
    assert.equal(loadPage({ navigatorDnt: '0', gpc: false }).sent.length, 1)
    assert.equal(loadPage({ navigatorDnt: 'unspecified' }).sent.length, 1)
  })

  it('waits for a prerendered page to be shown, then sends once', () => {
    const page = loadPage({ prerendering: true })
    page.fireDocument('visibilitychange')
    assert.equal(page.sent.length, 0)
    // The id was read while the script first ran; currentScript is gone by now.
    page.document.currentScript = null
    page.document.prerendering = false
    page.fireDocument('prerenderingchange')
    page.fireDocument('prerenderingchange')
    page.fireDocument('visibilitychange')
    assert.deepEqual(bodyOf(page.sent), [`{"a":"${articleId}","p":"/bitcoin-breekt-door/","r":""}`])
  })

  it('counts a page opened in a background tab when it first becomes visible, once', () => {
    const page = loadPage({ visibilityState: 'hidden', referrer: 'https://news.google.com/' })
    assert.equal(page.sent.length, 0)
    page.fireDocument('visibilitychange')
    assert.equal(page.sent.length, 0)
    page.document.visibilityState = 'visible'
    page.fireDocument('visibilitychange')
    page.document.visibilityState = 'hidden'
    page.fireDocument('visibilitychange')
    page.document.visibilityState = 'visible'
    page.fireDocument('visibilitychange')
    assert.deepEqual(bodyOf(page.sent), [`{"a":"${articleId}","p":"/bitcoin-breekt-door/","r":"news.google.com"}`])
  })

  it('names the referring host only when it is another site', () => {
    const referrerOf = (referrer: string) => JSON.parse(String(loadPage({ referrer }).sent[0]?.body)).r
    assert.equal(referrerOf('https://www.google.com/search?q=bitcoin'), 'www.google.com')
    assert.equal(referrerOf('https://newsdesk.example/'), '')
    assert.equal(referrerOf('http://newsdesk.example/tag/bitcoin/'), '')
    assert.equal(referrerOf('https://newsdesk.example:8443/'), 'newsdesk.example:8443')
    assert.equal(referrerOf(''), '')
  })

  it('counts a restore from the back/forward cache as a new view, without the referrer again', () => {
    const page = loadPage({ referrer: 'https://t.co/abc' })
    page.fireWindow('pageshow', { persisted: true })
    page.fireDocument('visibilitychange')
    assert.deepEqual(bodyOf(page.sent), [`{"a":"${articleId}","p":"/bitcoin-breekt-door/","r":"t.co"}`, `{"a":"${articleId}","p":"/bitcoin-breekt-door/","r":""}`])
  })

  it('falls back to a keepalive fetch without sendBeacon', () => {
    const page = loadPage({ sendBeacon: false })
    assert.equal(page.sent.length, 1)
    assert.equal(page.sent[0]?.url, '/collect')
    assert.deepEqual({ ...page.sent[0]?.init }, { method: 'POST', body: `{"a":"${articleId}","p":"/bitcoin-breekt-door/","r":""}`, keepalive: true })
  })

  it('sends nothing without an article id', () => {
    assert.deepEqual(loadPage({ id: null }).sent, [])
    assert.deepEqual(loadPage({ id: '' }).sent, [])
  })

  it('stays under 1 KB gzipped', () => {
    const size = gzipSync(script, { level: 9 }).length
    console.log(`tracker: ${Buffer.byteLength(script)} bytes minified, ${size} bytes gzipped`)
    assert.ok(size < 1024, `${size} bytes gzipped`)
  })
})
