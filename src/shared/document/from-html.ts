/**
 * Converts HTML (from the admin API, WordPress or Ghost) into an editor document. Only what the
 * schema has a place for survives: scripts, frames, forms, unsafe links and unknown markup are
 * dropped and counted, never passed through; wrappers are unwrapped and their text kept.
 */
import { parseDocument } from 'htmlparser2'
import type { ChildNode, Element } from 'domhandler'
import type { BlockNode, EditorDocument, ImageNode, ListItemNode } from './schema.js'
import { noMarks, ParagraphBuilder, type Marks } from './from-html.builder.js'
import { checkHref, clip, collapse, descendants, dimension, droppedWithContent, hasClass, ignored, imageSrc, isElement, isText, plainText } from './from-html.dom.js'
import { embedFromBlockquote, embedFromUrl, embedNode } from './from-html.embeds.js'
import { fitInside, fitNodeBudget, takeDashCitation } from './from-html.fit.js'
import { limitNesting } from './from-html.nesting.js'

export interface HtmlImport {
  doc: EditorDocument
  /**
   * What was left out: elements by tag name ('script', 'table', 'img' with an unusable source),
   * links by scheme ('link:javascript', 'link:relative'), and blocks past the validator's node
   * limit ('limit:nodes'). Text of dropped links, tables and wrappers is kept.
   */
  dropped: Record<string, number>
}

interface Context {
  marks: Marks
  /** Elements walked into so far; past maxDepth the rest is taken as plain text. */
  depth: number
  /** Where blocks made here end up: 1 at the top of the document, one more inside each list. */
  blockDepth: number
  /** Inside a list item or quote, where a bare post URL stays text. */
  contained: boolean
  pre: boolean
}

const maxDepth = 64

/** Elements that end the paragraph before them and start a new one after. */
const blockWrappers = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'address', 'body', 'html', 'center',
  'dl', 'dt', 'dd', 'details', 'summary', 'hgroup', 'fieldset', 'legend', 'figcaption', 'li', 'table', 'caption',
  'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
])
const headingLevels = new Map<string, 2 | 3>([['h1', 2], ['h2', 2], ['h3', 3], ['h4', 3], ['h5', 3], ['h6', 3]])
/** Elements that load a player or post, kept when they point at one we show as a card. */
const frames = new Set(['iframe', 'embed', 'object'])

/** Converts untrusted HTML into a document that passes validateDocument, reporting what it dropped. */
export function htmlToDocument(html: string): HtmlImport {
  const converter = new HtmlConverter()
  const root = parseDocument(limitNesting(html))
  const blocks = converter.blocks(root.children, { marks: noMarks, depth: 0, blockDepth: 1, contained: false, pre: false })
  const content = fitNodeBudget(blocks, converter.drop)
  return { doc: { type: 'doc', content }, dropped: Object.fromEntries(converter.dropped) }
}

class HtmlConverter {
  readonly dropped = new Map<string, number>()
  readonly drop = (key: string): void => void this.dropped.set(key, (this.dropped.get(key) ?? 0) + 1)

  blocks(nodes: ChildNode[], ctx: Context): BlockNode[] {
    const out = new ParagraphBuilder(!ctx.contained)
    for (const node of nodes) this.node(node, out, ctx)
    out.flush()
    return out.blocks
  }

  private children(el: Element, out: ParagraphBuilder, ctx: Context): void {
    for (const child of el.children) this.node(child, out, ctx)
  }

  private node(node: ChildNode, out: ParagraphBuilder, ctx: Context): void {
    if (isText(node)) return out.text(node.data, ctx.marks, ctx.pre)
    if (!isElement(node) || ignored.has(node.name)) return // comments, doctypes, CDATA
    const name = node.name
    if (frames.has(name)) {
      const post = embedFromUrl(node.attribs.src ?? node.attribs.data ?? '')
      if (post) return out.block(embedNode(post))
    }
    if (droppedWithContent.has(name)) return this.drop(name)
    if (ctx.depth >= maxDepth) return out.text(` ${plainText([node], undefined, this.drop)} `, ctx.marks)
    const inner: Context = { ...ctx, depth: ctx.depth + 1 }
    const level = headingLevels.get(name)
    if (level) {
      out.flush()
      for (const block of this.blocks(node.children, inner)) out.block(block.type === 'paragraph' ? { type: 'heading', attrs: { level }, content: block.content ?? [] } : block)
      return
    }
    switch (name) {
      case 'br':
        return out.hardBreak()
      case 'hr':
        return out.block({ type: 'horizontalRule' })
      case 'img': {
        const image = this.image(node)
        return image ? out.block(image) : this.drop('img')
      }
      case 'a':
        return this.link(node, out, inner)
      case 'b':
      case 'strong':
        // Google Docs wraps a whole paste in <b style="font-weight:normal">.
        return this.children(node, out, /font-weight:\s*(normal|[1-4]00)/.test(node.attribs.style ?? '') ? inner : { ...inner, marks: { ...ctx.marks, bold: true } })
      case 'i':
      case 'em':
      case 'cite':
      case 'dfn':
        return this.children(node, out, { ...inner, marks: { ...ctx.marks, italic: true } })
      case 'span':
        return this.children(node, out, { ...inner, marks: styledMarks(node, ctx.marks) })
      case 'blockquote':
        return this.blockquote(node, out, inner)
      case 'ul':
      case 'ol':
        return this.list(node, out, inner)
      case 'figure':
        return this.figure(node, out, inner)
      case 'pre':
        out.flush()
        this.children(node, out, { ...inner, pre: true })
        return out.flush()
      case 'table':
        this.drop('table')
        break
      case 'div':
        if (hasClass(node, /\bwp-caption\b/)) return this.figure(node, out, inner)
    }
    if (!blockWrappers.has(name)) return this.children(node, out, inner)
    out.flush()
    this.children(node, out, inner)
    out.flush()
  }

  private link(el: Element, out: ParagraphBuilder, ctx: Context): void {
    const checked = el.attribs.href === undefined ? null : checkHref(el.attribs.href)
    if (checked && 'dropped' in checked) this.drop(checked.dropped)
    const href = checked && 'href' in checked ? checked.href : ctx.marks.href
    this.children(el, out, { ...ctx, marks: { ...ctx.marks, href } })
  }

  private image(el: Element): ImageNode | null {
    const src = imageSrc(el)
    if (!src) return null
    const alt = clip(collapse(el.attribs.alt ?? ''), 2_000) ?? ''
    return { type: 'image', attrs: { src, alt, caption: null, credit: null, width: dimension(el.attribs.width), height: dimension(el.attribs.height) } }
  }

  /** An image with its caption and credit; anything else in a figure is converted as it comes. */
  private figure(el: Element, out: ParagraphBuilder, ctx: Context): void {
    const caption = el.children.find((c): c is Element => isElement(c) && (c.name === 'figcaption' || hasClass(c, /\bwp-caption-text\b/)))
    const blocks = this.blocks(
      el.children.filter((c) => c !== caption),
      ctx,
    )
    const images = blocks.filter((b): b is ImageNode => b.type === 'image')
    const image = images.length === 1 ? images[0] : undefined
    if (caption && image) {
      const creditEl = [...descendants(caption)].find((d) => hasClass(d, /credit|copyright/i))
      const credit = creditEl ? collapse(plainText(creditEl, undefined, this.drop)) : ''
      image.attrs.caption = clip(collapse(plainText(caption, (d) => d === creditEl, this.drop)), 2_000)
      image.attrs.credit = clip(credit, 2_000)
    }
    out.flush()
    for (const block of blocks) out.block(block)
    if (caption && !image) for (const block of this.blocks(caption.children, ctx)) out.block(block)
  }

  private blockquote(el: Element, out: ParagraphBuilder, ctx: Context): void {
    const embed = embedFromBlockquote(el)
    if (embed) return out.block(embed)
    // <footer> or <cite> directly in the quote names who is quoted (WordPress writes <cite>).
    const source = el.children.find((c): c is Element => isElement(c) && (c.name === 'footer' || c.name === 'cite'))
    let citation = source ? clip(collapse(plainText(source, undefined, this.drop)).replace(/^[—–―-]+\s*/, ''), 2_000) : null
    const displaced: BlockNode[] = []
    const inner = this.blocks(
      el.children.filter((c) => c !== source),
      { ...ctx, contained: true },
    )
    const paragraphs = fitInside(inner, 'quote', displaced, this.drop).flatMap((b) => (b.type === 'paragraph' ? [b] : []))
    citation ??= takeDashCitation(paragraphs)
    if (paragraphs.length > 0) out.block({ type: 'blockquote', ...(citation ? { attrs: { citation } } : {}), content: paragraphs })
    else if (citation) out.block({ type: 'paragraph', content: [{ type: 'text', text: citation }] })
    for (const block of displaced) out.block(block)
  }

  private list(el: Element, out: ParagraphBuilder, ctx: Context): void {
    const itemCtx: Context = { ...ctx, contained: true, blockDepth: ctx.blockDepth + 1 }
    const items: ListItemNode[] = []
    const displaced: BlockNode[] = []
    let stray: ChildNode[] = []
    const addItem = (nodes: ChildNode[], ownItem: boolean): void => {
      const content = fitInside(this.blocks(nodes, itemCtx), { listDepth: ctx.blockDepth }, displaced, this.drop)
      const previous = items[items.length - 1]
      // Text or a list loose between items belongs to the item before it.
      if (content.length === 0) return
      if (!ownItem && previous) previous.content = previous.content.concat(content)
      else items.push({ type: 'listItem', content })
    }
    for (const child of el.children) {
      if (!isElement(child) || child.name !== 'li') {
        stray.push(child)
        continue
      }
      addItem(stray, false)
      stray = []
      addItem(child.children, true)
    }
    addItem(stray, false)
    out.flush()
    const start = el.name === 'ol' && /^\s*\d{1,9}\s*$/.test(el.attribs.start ?? '') ? Number(el.attribs.start) : 1
    if (items.length > 0) {
      out.block(el.name === 'ol' ? { type: 'orderedList', ...(start !== 1 ? { attrs: { start } } : {}), content: items } : { type: 'bulletList', content: items })
    }
    for (const block of displaced) out.block(block)
  }
}

/** Bold and italic set by style, as pasted from Google Docs and Word; nothing else of style is read. */
function styledMarks(el: Element, marks: Marks): Marks {
  const style = (el.attribs.style ?? '').toLowerCase()
  if (!style) return marks
  return {
    ...marks,
    bold: marks.bold || /font-weight:\s*(bold|[6-9]00)\b/.test(style),
    italic: marks.italic || /font-style:\s*italic\b/.test(style),
  }
}
