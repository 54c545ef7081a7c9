/** Plain text, word counts, reading time and excerpts derived from an editor document. */
import type { BlockNode, EditorDocument } from './schema.js'
import { inlineText } from './html.js'

/** Plain text of the document: one block per line, for search, feeds and excerpts. */
export function documentText(doc: EditorDocument): string {
  return doc.content.map(blockText).filter((line) => line.trim() !== '').join('\n')
}

function blockText(block: BlockNode): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content)
    case 'blockquote':
      return [...block.content.map((p) => inlineText(p.content)), block.attrs?.citation ?? ''].filter(Boolean).join('\n')
    case 'bulletList':
    case 'orderedList':
      return block.content.map((item) => item.content.map(blockText).join('\n')).join('\n')
    case 'image':
      return block.attrs.caption ?? ''
    case 'embed':
      return block.attrs.text ?? ''
    case 'horizontalRule':
      return ''
  }
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)
  return matches ? matches.length : 0
}

export function countImages(doc: EditorDocument): number {
  return doc.content.filter((b) => b.type === 'image').length
}

/**
 * Minutes to read, as Ghost computes it (275 words a minute, plus 12 s for the first image and
 * one second less for each next one, down to 3 s), so Content API clients show the same figure.
 */
export function readingTime(words: number, images: number, hasFeatureImage: boolean): number {
  let imageSeconds = 0
  const count = images + (hasFeatureImage ? 1 : 0)
  for (let i = 0; i < count; i += 1) imageSeconds += Math.max(12 - i, 3)
  const minutes = words / 275 + imageSeconds / 60
  return minutes < 1 ? 1 : Math.round(minutes)
}

/** The standfirst when there is one; else the first sentences of the body, cut at a word. */
export function makeExcerpt(standfirst: string | null | undefined, bodyText: string, max = 300): string {
  if (standfirst && standfirst.trim() !== '') return standfirst.trim()
  const flat = bodyText.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:!?-]+$/, '')}…`
}
