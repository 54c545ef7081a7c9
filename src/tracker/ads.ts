/**
 * The ad script, loaded only on pages that show an ad (separate from the view beacon). It counts
 * an impression when a creative is rendered in the browser — shown at the reader's breakpoint
 * and its image or frame loaded — and a viewable impression when at least half of it has been in
 * view for one second while the page is visible. Both go as signed tokens to POST /a/i and /a/v;
 * no cookies, no storage, nothing about the reader.
 */

interface AdElement extends HTMLElement {
  dataset: DOMStringMap & { adT?: string }
}

const counted = new Set<Element>()
const watched = new Set<Element>()
const timers = new Map<Element, number>()
let queue: string[] = []
let flushTimer = 0

function send(path: string, tokens: string[]): void {
  const body = tokens.join('\n')
  if (navigator.sendBeacon) navigator.sendBeacon(path, body)
  else fetch(path, { method: 'POST', body, keepalive: true }).catch(() => undefined)
}

function impression(token: string): void {
  queue.push(token)
  flushTimer ||= window.setTimeout(() => {
    flushTimer = 0
    send('/a/i', queue)
    queue = []
  }, 50)
}

const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const el = entry.target as AdElement
            clearTimeout(timers.get(el))
            timers.delete(el)
            if (entry.intersectionRatio >= 0.5 && document.visibilityState === 'visible') {
              timers.set(
                el,
                window.setTimeout(() => {
                  observer?.unobserve(el)
                  watched.delete(el)
                  if (el.dataset.adT) send('/a/v', [el.dataset.adT])
                }, 1000),
              )
            }
          }
        },
        { threshold: [0, 0.5] },
      )
    : null

/** Rendered: its image has loaded (or its frame, for HTML creatives). */
function whenRendered(el: Element, then: () => void): void {
  const media = el.querySelector('img,iframe')
  if (!media || (media instanceof HTMLImageElement && media.complete && media.naturalWidth > 0)) return then()
  media.addEventListener('load', then, { once: true })
}

function check(): void {
  if ((document as Document & { prerendering?: boolean }).prerendering || document.visibilityState === 'hidden') return
  document.querySelectorAll<AdElement>('[data-ad-t]').forEach((el) => {
    // The other breakpoint's creative is display:none: it has no boxes and is not counted.
    if (counted.has(el) || el.getClientRects().length === 0) return
    counted.add(el)
    whenRendered(el, () => {
      if (el.dataset.adT) impression(el.dataset.adT)
      watched.add(el)
      observer?.observe(el)
    })
  })
}

document.addEventListener('visibilitychange', () => {
  // Hidden: time in view stops; visible again: observe afresh, which reports what is in view now.
  watched.forEach((el) => {
    clearTimeout(timers.get(el))
    timers.delete(el)
    if (document.visibilityState === 'visible') {
      observer?.unobserve(el)
      observer?.observe(el)
    }
  })
  check()
})
document.addEventListener('prerenderingchange', check)
addEventListener('resize', check)
check()
