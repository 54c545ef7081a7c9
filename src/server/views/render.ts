/** Renders a page component to a complete HTML document. */
import type { VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'

export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`
}

/** Renders a part of a page (an ad slot filled per response) to HTML; nothing for null. */
export function renderFragment(node: VNode | null): string {
  return node ? renderToString(node) : ''
}
