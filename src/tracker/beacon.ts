/**
 * The view beacon: counts one view per page load of an article, without cookies, storage or
 * anything that tells readers apart. Served as /t/<hash>.js by the site and loaded as
 * `<script src="/t/<hash>.js" data-a="<article id>" defer>`; it sends the article id, the path
 * and the referring site's host to POST /collect, and nothing at all under Do Not Track or
 * Global Privacy Control.
 *
 * When a view counts:
 * - a prerendered page counts once it is shown (`prerenderingchange`), not when it is prepared;
 * - a page opened in a background tab counts when it first becomes visible;
 * - a page restored from the back/forward cache (`pageshow` with `persisted`) is read again, so it
 *   counts as a new view, but without a referrer: the reader came back, they were not referred
 *   again, and counting the original referrer twice would inflate it.
 *
 * It must stay dependency-free and under 1 KB gzipped (beacon.test.ts checks the size).
 */

// currentScript is only set while the script first runs, so read it now.
const articleId = (document.currentScript as HTMLScriptElement | null)?.dataset.a

interface PrivacySignals {
  doNotTrack?: string | null
  globalPrivacyControl?: boolean
}

const nav = navigator as Navigator & PrivacySignals
const optedOut = nav.doNotTrack === '1' || (window as Window & PrivacySignals).doNotTrack === '1' || nav.globalPrivacyControl === true

/** Counted for this page load; reset when the page is restored from the back/forward cache. */
let counted = false
let restored = false

function referrerHost(): string {
  if (restored || !document.referrer) return ''
  try {
    const host = new URL(document.referrer).host
    return host === location.host ? '' : host
  } catch {
    return ''
  }
}

function countWhenShown(): void {
  if (counted || (document as Document & { prerendering?: boolean }).prerendering || document.visibilityState === 'hidden') return
  counted = true
  // A plain string goes as text/plain, which sendBeacon accepts everywhere (JSON Blobs are refused).
  const body = JSON.stringify({ a: articleId, p: location.pathname, r: referrerHost() })
  if (navigator.sendBeacon) navigator.sendBeacon('/collect', body)
  else fetch('/collect', { method: 'POST', body, keepalive: true }).catch(() => undefined)
}

if (articleId && !optedOut) {
  document.addEventListener('prerenderingchange', countWhenShown)
  document.addEventListener('visibilitychange', countWhenShown)
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return
    counted = false
    restored = true
    countWhenShown()
  })
  countWhenShown()
}
