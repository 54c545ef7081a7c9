/**
 * Turns the demo content's small Markdown subset (see demo/types.ts) into an editor document.
 * Only for content this project wrote; imports of real HTML go through their own converter.
 */
import type { BlockNode, EditorDocument, InlineNode, Mark, ParagraphNode } from '../../shared/document/index.js'

export interface DemoImageRef {
  motif: string
  caption: string
  credit: string
}

/** `imageSrc` gives the address of a locally drawn inline image for a motif. */
export function demoMarkdownToDocument(source: string, imageSrc: (ref: DemoImageRef, index: number) => string): EditorDocument {
  const blocks = source
    .trim()
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
  let images = 0
  const content: BlockNode[] = blocks.map((block): BlockNode => {
    const lines = block.split('\n').map((l) => l.trim())
    const first = lines[0] ?? ''
    if (first.startsWith('### ')) return { type: 'heading', attrs: { level: 3 }, content: inline(first.slice(4)) }
    if (first.startsWith('## ')) return { type: 'heading', attrs: { level: 2 }, content: inline(first.slice(3)) }
    if (first.startsWith('::x ')) {
      const [url = '', authorName = '', authorHandle = '', text = '', postedAt = ''] = first.slice(4).split('|').map((s) => s.trim())
      return { type: 'embed', attrs: { provider: 'x', url, authorName, authorHandle, text, postedAt } }
    }
    if (first.startsWith('::image ')) {
      const [motif = 'chain', caption = '', credit = ''] = first.slice(8).split('|').map((s) => s.trim())
      const src = imageSrc({ motif, caption, credit }, images++)
      return { type: 'image', attrs: { src, alt: caption, caption: caption || null, credit: credit || null, width: 1200, height: 675 } }
    }
    if (lines.every((l) => l.startsWith('>'))) {
      const quoted = lines.map((l) => l.replace(/^>\s?/, ''))
      const last = quoted[quoted.length - 1] ?? ''
      const citation = /^[—–-]\s*/.test(last) ? last.replace(/^[—–-]\s*/, '') : null
      const text = (citation ? quoted.slice(0, -1) : quoted).join(' ').trim()
      return { type: 'blockquote', ...(citation ? { attrs: { citation } } : {}), content: [paragraph(text)] }
    }
    if (lines.every((l) => /^[-*] /.test(l))) {
      return { type: 'bulletList', content: lines.map((l) => ({ type: 'listItem', content: [paragraph(l.slice(2))] })) }
    }
    if (lines.every((l) => /^\d+\. /.test(l))) {
      return { type: 'orderedList', content: lines.map((l) => ({ type: 'listItem', content: [paragraph(l.replace(/^\d+\. /, ''))] })) }
    }
    return paragraph(lines.join(' '))
  })
  return { type: 'doc', content }
}

function paragraph(text: string): ParagraphNode {
  return { type: 'paragraph', content: inline(text) }
}

const inlinePattern = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g

function inline(text: string): InlineNode[] {
  const out: InlineNode[] = []
  let last = 0
  for (const match of text.matchAll(inlinePattern)) {
    const index = match.index ?? 0
    if (index > last) out.push({ type: 'text', text: text.slice(last, index) })
    const [, bold, italic, linkText, href] = match
    const marks: Mark[] = bold ? [{ type: 'bold' }] : italic ? [{ type: 'italic' }] : [{ type: 'link', attrs: { href: href ?? '' } }]
    out.push({ type: 'text', text: bold ?? italic ?? linkText ?? '', marks })
    last = index + match[0].length
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) })
  return out
}
