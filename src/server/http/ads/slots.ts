/**
 * Ads in cached pages. A page is rendered once with placement markers — `<template
 * data-nd-ad="<nonce>:top:<page context>">` at the top, in the sidebar, and after each of the
 * first paragraphs of an article — and cached like any other page. Each response fills them:
 * the slots at each placement are looked up in the live snapshot, a creative is chosen per slot
 * and breakpoint, and the slot's HTML (rendered once per slot × creatives and kept) is spliced
 * between the cached segments. A filled body is kept per combination of choices, with its
 * compressed forms, so a page with a few campaigns is compressed a few times, not per response.
 * The nonce is random per process: no text in an article can pose as a marker.
 *
 * See docs/decisions/010-ads-in-cached-pages.md.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { Creative, PageContext, Placement, Slot, SlotChoice, Snapshot } from '../../modules/ads/index.js'
import type { Services } from '../../services.js'
import { AdSlot, renderFragment, type AdCreativeView, type PageAds } from '../../views/index.js'
import { isBot, isPrefetch } from '../collect/collect.js'
import type { CachedResponse } from '../site/page-cache.js'
import type { AdLinks } from './links.js'

/** In-article markers go after each of the first this many top-level paragraphs (slots choose one). */
export const maxParagraphMarkers = 20
/** Filled bodies kept per cached page; past this the oldest is dropped (a busy page with several campaigns makes dozens). */
const maxVariants = 128

export interface AdSlotsDeps {
  services: Services
  links: AdLinks
  siteUrl: string
  /** "Advertentie" */
  label: string
  /** The ad script's address, once it is known (null: none to serve). */
  scriptPath: () => string | null
}

interface Marker {
  placement: Placement
  paragraph: number
}

interface Template {
  segments: Buffer[]
  markers: Marker[]
  page: PageContext
  version: number
  variants: Map<string, CachedResponse>
}

export interface PageMarkers extends PageAds {
  /** The marker to put after top-level paragraph `n` (1-based). */
  paragraph(n: number): string
}

type RequestLike = { headers: IncomingHttpHeaders }

const defaultPage: PageContext = { type: 'article', tags: [], sponsor: null }

function encodePage(page: PageContext): string {
  return Buffer.from(JSON.stringify([page.type, page.tags, page.sponsor])).toString('base64')
}

function decodePage(text: string): PageContext {
  try {
    const [type, tags, sponsor] = JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as [PageContext['type'], string[], string | null]
    return { type, tags, sponsor }
  } catch {
    return defaultPage
  }
}

/**
 * Puts `marker(n)` after each of the first `max` paragraphs at the top level of article HTML
 * (a paragraph inside a quote or a list does not count).
 */
export function withParagraphMarkers(html: string, marker: (n: number) => string, max = maxParagraphMarkers): string {
  const voids = new Set(['img', 'br', 'hr', 'source', 'input', 'wbr', 'meta', 'link', 'area', 'col', 'embed', 'track', 'param'])
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g
  let depth = 0
  let count = 0
  let out = ''
  let last = 0
  for (let match = tag.exec(html); match !== null && count < max; match = tag.exec(html)) {
    const [whole, closing, rawName = '', selfClosing] = match
    const name = rawName.toLowerCase()
    if (voids.has(name) || selfClosing) continue
    if (!closing) {
      depth += 1
      continue
    }
    depth -= 1
    if (depth === 0 && name === 'p') {
      count += 1
      const end = match.index + whole.length
      out += html.slice(last, end) + marker(count)
      last = end
    }
  }
  return out + html.slice(last)
}

export function createAdSlots(deps: AdSlotsDeps) {
  const nonce = randomBytes(6).toString('hex')
  const open = Buffer.from(`<template data-nd-ad="${nonce}:`)
  const close = Buffer.from('"></template>')
  const { services, links, siteUrl, label } = deps

  let cacheVersion = -1
  let byPlacement = new Map<string, Slot[]>()
  let fragments = new Map<string, Buffer>()

  function sync(snapshot: Snapshot): void {
    if (snapshot.version === cacheVersion) return
    cacheVersion = snapshot.version
    fragments = new Map()
    byPlacement = new Map()
    for (const slot of snapshot.slots) {
      const key = slot.placement === 'in-article' ? `p${slot.afterParagraph ?? 0}` : slot.placement
      byPlacement.set(key, [...(byPlacement.get(key) ?? []), slot])
    }
  }

  function creativeView(creative: Creative, slot: Slot): AdCreativeView {
    const token = links.sign(creative.id, slot.id)
    const href = `/a/c/${token}`
    const srcdoc =
      creative.format === 'html'
        ? `<!doctype html><html lang="nl"><head><meta charset="utf-8"><base target="_blank"><style>html,body{margin:0;overflow:hidden}</style></head><body>${(creative.html ?? '').replaceAll('%%CLICK_URL%%', `${siteUrl}${href}`)}</body></html>`
        : null
    return { token, href, format: creative.format, width: creative.width, height: creative.height, imageUrl: creative.imageUrl, alt: creative.alt, srcdoc, disclaimer: creative.disclaimer }
  }

  function fragment(slot: Slot, choice: SlotChoice): Buffer {
    const key = `${slot.id}|${choice.mobile?.id ?? ''}|${choice.desktop?.id ?? ''}`
    let html = fragments.get(key)
    if (!html) {
      const view = { key: slot.key, placement: slot.placement, label, mobile: choice.mobile ? creativeView(choice.mobile, slot) : null, desktop: choice.desktop ? creativeView(choice.desktop, slot) : null }
      html = Buffer.from(renderFragment(AdSlot({ slot: view })))
      fragments.set(key, html)
    }
    return html
  }

  function parse(body: Buffer): Template | null {
    let at = body.indexOf(open)
    if (at < 0) return null
    const segments: Buffer[] = []
    const markers: Marker[] = []
    let page: PageContext | null = null
    let from = 0
    while (at >= 0) {
      const end = body.indexOf(close, at)
      if (end < 0) break
      const [placement = '', context] = body.subarray(at + open.length, end).toString('latin1').split(':')
      segments.push(body.subarray(from, at))
      const paragraph = /^p(\d{1,2})$/.exec(placement)
      markers.push(paragraph ? { placement: 'in-article', paragraph: Number(paragraph[1]) } : { placement: placement === 'sidebar' ? 'sidebar' : 'top', paragraph: 0 })
      if (context && !page) page = decodePage(context)
      from = end + close.length
      at = body.indexOf(open, from)
    }
    segments.push(body.subarray(from))
    return { segments, markers, page: page ?? defaultPage, version: -1, variants: new Map() }
  }

  function fill(entry: CachedResponse, template: Template, request: RequestLike): CachedResponse {
    const snapshot = services.ads.live()
    sync(snapshot)
    if (template.version !== snapshot.version) {
      template.version = snapshot.version
      template.variants = new Map()
    }
    const record = !isBot(String(request.headers['user-agent'] ?? '')) && !isPrefetch(request)
    const chosen = template.markers.map((marker) => {
      const slots = byPlacement.get(marker.placement === 'in-article' ? `p${marker.paragraph}` : marker.placement) ?? []
      return slots.map((slot) => ({ slot, choice: services.ads.chooseForSlot(slot.id, template.page, record) }))
    })
    let key = ''
    for (const list of chosen) for (const { choice } of list) key += `${choice.mobile?.id ?? '-'}${choice.desktop?.id ?? '-'},`
    const known = template.variants.get(key)
    if (known) return known

    const parts: Buffer[] = []
    let scripted = false
    const script = deps.scriptPath()
    template.segments.forEach((segment, i) => {
      parts.push(segment)
      for (const { slot, choice } of chosen[i] ?? []) {
        if (!choice.mobile && !choice.desktop) continue
        parts.push(fragment(slot, choice))
        if (!scripted && script) {
          parts.push(Buffer.from(`<script src="${script}" defer></script>`))
          scripted = true
        }
      }
    })
    const body = Buffer.concat(parts)
    const tag = createHash('sha256').update(key).digest('base64url').slice(0, 10)
    const variant: CachedResponse = { body, contentType: entry.contentType, keys: entry.keys, storedAt: entry.storedAt, ttlMs: entry.ttlMs, etag: `${entry.etag.slice(0, -1)}-${tag}-${snapshot.version.toString(36)}"` }
    // Drop the oldest combination, not all of them: starting over made every body compress again.
    if (template.variants.size >= maxVariants) template.variants.delete(template.variants.keys().next().value as string)
    template.variants.set(key, variant)
    return variant
  }

  return {
    /** Marker values for a page's placements; a marker left unfilled shows nothing. */
    markers(page: PageContext): PageMarkers {
      const context = encodePage(page)
      return {
        top: `${nonce}:top:${context}`,
        sidebar: `${nonce}:sidebar:${context}`,
        paragraph: (n) => `<template data-nd-ad="${nonce}:p${n}"></template>`,
      }
    },

    /** For the page cache: how to answer each request for this stored body, or undefined when it has no markers. */
    prepare(entry: CachedResponse): ((request: RequestLike) => CachedResponse) | undefined {
      const template = parse(entry.body)
      return template ? (request) => fill(entry, template, request) : undefined
    },
  }
}

export type AdSlots = ReturnType<typeof createAdSlots>
