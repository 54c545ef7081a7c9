/**
 * Small helpers over the htmlparser2 DOM for the HTML import: element tests, text extraction
 * that never recurses (imported HTML may be nested arbitrarily deep), and URL checks.
 */
import type { AnyNode, ChildNode, Element, Text } from 'domhandler'
import { isSafeHref } from './validate.js'

/** Dropped with everything inside them: they run code, load other pages or only make sense live. */
export const droppedWithContent = new Set([
  'script', 'style', 'iframe', 'object', 'embed', 'applet', 'frame', 'frameset', 'form', 'input', 'button', 'select',
  'textarea', 'svg', 'math', 'canvas', 'video', 'audio', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'base', 'map', 'dialog', 'portal',
])
/** Dropped without a trace: alternatives or hints that carry no content of their own. */
export const ignored = new Set(['source', 'track', 'wbr', 'col', 'colgroup', 'param'])

/** Elements that do not break a line; everything else separates words when flattened to text. */
const inlineTags = new Set(['a', 'b', 'strong', 'i', 'em', 'cite', 'span', 'font', 'u', 's', 'strike', 'del', 'ins', 'small', 'big', 'sub', 'sup', 'mark', 'abbr', 'code', 'kbd', 'q', 'time', 'label'])

export const isElement = (node: AnyNode): node is Element => 'attribs' in node
export const isText = (node: AnyNode): node is Text => node.type === 'text'

export const hasClass = (el: Element, pattern: RegExp): boolean => pattern.test(el.attribs.class ?? '')

/** Every element below el, in document order. */
export function* descendants(el: Element): Generator<Element> {
  const stack: ChildNode[] = [...el.children].reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isElement(node)) continue
    yield node
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as ChildNode)
  }
}

/**
 * The text inside nodes, leaving out what the import drops (reported through onDrop) and
 * whatever skip matches. Whitespace is not collapsed yet.
 */
export function plainText(root: Element | ChildNode[], skip?: (el: Element) => boolean, onDrop?: (tag: string) => void): string {
  const parts: string[] = []
  const stack: (ChildNode | string)[] = [...(Array.isArray(root) ? root : root.children)].reverse()
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') parts.push(node)
    else if (isText(node)) parts.push(node.data)
    else if (isElement(node) && !skip?.(node)) {
      if (droppedWithContent.has(node.name) || node.name === 'img') onDrop?.(node.name)
      else if (node.name === 'br') parts.push('\n')
      else if (!ignored.has(node.name)) {
        const gap = inlineTags.has(node.name) ? '' : ' '
        stack.push(gap)
        for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as ChildNode)
        stack.push(gap)
      }
    }
  }
  return parts.join('')
}

/** Whitespace collapsed the way a browser shows it (no-break spaces stay). */
export const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ').trim()

export function clip(value: string | null | undefined, max: number): string | null {
  if (!value) return null
  return value.length > max ? `${value.slice(0, max - 1)}…` : value
}

/** Browsers ignore tabs and newlines in URLs and spaces around them; so do we, before judging one. */
const cleanUrl = (raw: string): string => raw.replace(/[\t\n\r]/g, '').trim().replace(/^\/\/(?=[^/])/, 'https://')

/**
 * The href a link may keep (http(s), mailto:, a path on this site or an anchor), or the key it
 * is reported under when the link is dropped: 'link:javascript', 'link:data', 'link:relative'…
 */
export function checkHref(raw: string): { href: string } | { dropped: string } | null {
  const href = cleanUrl(raw)
  if (href === '') return null
  if (href.length > 2_000) return { dropped: 'link:too-long' }
  const scheme = href.match(/^([a-z][a-z0-9+.-]{0,30}):/i)?.[1]?.toLowerCase()
  if (scheme && scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') return { dropped: `link:${scheme}` }
  if (isSafeHref(href)) return { href }
  return { dropped: scheme ? 'link:invalid' : 'link:relative' }
}

/** An image address the document accepts: http(s) or a /media/ path. Placeholders (data:) fall through to lazy-load attributes. */
export function imageSrc(el: Element): string | null {
  for (const name of ['src', 'data-src', 'data-lazy-src', 'data-original']) {
    const src = cleanUrl(el.attribs[name] ?? '')
    if (src.length > 2_000) continue
    if (src.startsWith('/media/')) return src
    if (/^https?:\/\/[^/]/i.test(src) && parses(src)) return src
  }
  return null
}

function parses(url: string): boolean {
  try {
    return Boolean(new URL(url))
  } catch {
    return false
  }
}

/** A width or height attribute as the document wants it: a whole number of pixels, or null. */
export function dimension(value: string | undefined): number | null {
  const n = value && /^\s*\d{1,5}\s*$/.test(value) ? Number(value) : 0
  return n > 0 && n <= 20_000 ? n : null
}
