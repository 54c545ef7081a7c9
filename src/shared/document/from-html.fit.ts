/**
 * Fits converted blocks into the places the schema gives them: a quote holds paragraphs, a list
 * item paragraphs and lists (up to the validator's depth), a document at most so many nodes.
 */
import type { BlockNode, BulletListNode, InlineNode, OrderedListNode, ParagraphNode } from './schema.js'
import { clip } from './from-html.dom.js'

/** The validator's limits: blocks nested at most 8 deep, at most 50,000 nodes. */
const maxBlockDepth = 8
const maxNodes = 50_000

type ItemBlock = ParagraphNode | BulletListNode | OrderedListNode

const paragraph = (content: InlineNode[] | undefined): ParagraphNode =>
  content && content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }

/**
 * The blocks that fit inside a list item at listDepth (lists: true) or a quote (lists: false).
 * Headings become paragraphs and nested quotes and lists their text; images and embeds are
 * moved to `displaced`, to follow the list or quote; a rule cannot go anywhere and is reported.
 */
export function fitInside(blocks: BlockNode[], place: { listDepth: number } | 'quote', displaced: BlockNode[], drop: (key: string) => void): ItemBlock[] {
  const out: ItemBlock[] = []
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(block)
        break
      case 'heading':
        out.push(paragraph(block.content))
        break
      case 'blockquote':
        for (const paragraph of block.content) out.push(paragraph)
        if (block.attrs?.citation) out.push(paragraph([{ type: 'text', text: `— ${block.attrs.citation}` }]))
        break
      case 'bulletList':
      case 'orderedList':
        // A nested list at depth d holds paragraphs at d + 1.
        if (place !== 'quote' && place.listDepth + 2 <= maxBlockDepth) out.push(block)
        else for (const paragraph of flattenList(block)) out.push(paragraph)
        break
      case 'image':
      case 'embed':
        displaced.push(block)
        break
      case 'horizontalRule':
        drop('hr')
        break
    }
  }
  return out
}

function flattenList(list: BulletListNode | OrderedListNode): ParagraphNode[] {
  return list.content.flatMap((item) => item.content.flatMap((block) => (block.type === 'paragraph' ? [block] : flattenList(block))))
}

const textOf = (nodes: InlineNode[]): string => nodes.map((n) => (n.type === 'text' ? n.text : '\n')).join('')
const dashed = /^\s*(?:[—–―]|--?\s)\s*(\S.*)$/s

/**
 * "— Name" closing a quote, as its own last paragraph or after a last line break, is taken out
 * of the paragraphs and returned as the citation.
 */
export function takeDashCitation(paragraphs: ParagraphNode[]): string | null {
  const last = paragraphs[paragraphs.length - 1]?.content
  if (!last) return null
  const lastBreak = last.map((n) => n.type).lastIndexOf('hardBreak')
  const line = last.slice(lastBreak + 1)
  const name = textOf(line).match(dashed)?.[1]?.trim()
  if (!name || (lastBreak < 0 && paragraphs.length < 2)) return null
  if (lastBreak < 0) paragraphs.pop()
  else last.splice(lastBreak)
  return clip(name, 2_000)
}

function countNodes(block: BlockNode): number {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return 1 + (block.content?.length ?? 0)
    case 'blockquote':
      return 1 + block.content.reduce((n, p) => n + countNodes(p), 0)
    case 'bulletList':
    case 'orderedList':
      return 1 + block.content.reduce((n, item) => n + 1 + item.content.reduce((m, b) => m + countNodes(b), 0), 0)
    default:
      return 1
  }
}

/** The blocks that fit in the validator's node budget; the rest is cut off and counted. */
export function fitNodeBudget(blocks: BlockNode[], drop: (key: string) => void): BlockNode[] {
  let used = 0
  for (let i = 0; i < blocks.length; i += 1) {
    used += countNodes(blocks[i] as BlockNode)
    if (used > maxNodes) {
      for (let j = i; j < blocks.length; j += 1) drop('limit:nodes')
      return blocks.slice(0, i)
    }
  }
  return blocks
}
