/** Reading feeds and sitemaps back in tests: htmlparser2 in XML mode, elements by (prefixed) name. */
import assert from 'node:assert/strict'
import { isTag, type AnyNode, type Document, type Element } from 'domhandler'
import { DomUtils, parseDocument } from 'htmlparser2'

export type XmlNode = Document | Element

export function parseXml(xml: string): Document {
  assert.match(xml, /^<\?xml version="1\.0" encoding="(utf|UTF)-8"\?>\n/, 'an XML declaration with UTF-8 comes first')
  return parseDocument(xml, { xmlMode: true })
}

/** Every element called `name` below `root`, in document order. */
export function all(root: XmlNode | AnyNode[], name: string): Element[] {
  return DomUtils.getElementsByTagName(name, root, true)
}

/** The only direct child called `name` (fails when there is none or several). */
export function child(parent: XmlNode, name: string): Element {
  const found = children(parent, name)
  assert.equal(found.length, 1, `one <${name}> in <${'name' in parent ? parent.name : '#document'}>`)
  return found[0] as Element
}

/** Direct children called `name`. */
export function children(parent: XmlNode, name: string): Element[] {
  return parent.children.filter((node): node is Element => isTag(node) && node.name === name)
}

/** The text of an element, CDATA included, entities decoded. */
export function text(node: AnyNode): string {
  return DomUtils.textContent(node)
}

/** The text of the only direct child called `name`. */
export function childText(parent: XmlNode, name: string): string {
  return text(child(parent, name))
}

export function attr(element: Element, name: string): string | undefined {
  return element.attribs[name]
}

/** Decodes the entities of an HTML string (Atom titles and summaries are type="html"). */
export function decodeHtml(html: string): string {
  return text(parseDocument(html))
}
