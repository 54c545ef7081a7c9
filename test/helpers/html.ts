/** Reading HTML the way a browser's parser does, for assertions on what a page really contains. */
import { Element, type ChildNode } from 'domhandler'
import { parseDocument } from 'htmlparser2'

export function textOf(node: ChildNode): string {
  if (node instanceof Element) return node.children.map(textOf).join('')
  return 'data' in node ? String(node.data) : ''
}

/** Elements named `name` inside `root`, in document order. */
export function within(root: Element, name: string): Element[] {
  const found: Element[] = []
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node instanceof Element) {
        if (node.name === name) found.push(node)
        walk(node.children)
      }
    }
  }
  walk(root.children)
  return found
}

export interface Page {
  elements: Element[]
  /** Elements by tag name and (optionally) attribute values. */
  all(name: string, attrs?: Record<string, string>): Element[]
  first(name: string, attrs?: Record<string, string>): Element | undefined
  text(name: string, attrs?: Record<string, string>): string
  /** The content of <meta name|property="…">. */
  meta(key: string): string | undefined
  /** Every JSON-LD object on the page. */
  jsonLd(): Record<string, unknown>[]
}

export function parsePage(html: string): Page {
  const elements: Element[] = []
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node instanceof Element) {
        elements.push(node)
        walk(node.children)
      }
    }
  }
  walk(parseDocument(html).children)
  const matches = (el: Element, name: string, attrs: Record<string, string> = {}) => el.name === name && Object.entries(attrs).every(([k, v]) => el.attribs[k] === v)
  const page: Page = {
    elements,
    all: (name, attrs) => elements.filter((el) => matches(el, name, attrs)),
    first: (name, attrs) => elements.find((el) => matches(el, name, attrs)),
    text: (name, attrs) => {
      const el = page.first(name, attrs)
      return el ? textOf(el).trim() : ''
    },
    meta: (key) => elements.find((el) => el.name === 'meta' && (el.attribs.name === key || el.attribs.property === key))?.attribs.content,
    jsonLd: () => page.all('script', { type: 'application/ld+json' }).map((el) => JSON.parse(textOf(el)) as Record<string, unknown>),
  }
  return page
}
