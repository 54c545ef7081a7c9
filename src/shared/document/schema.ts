/**
 * The editor document: ProseMirror-style JSON with the node and mark names Tiptap uses, so the
 * desk's editor produces it as-is. The server validates every document against this schema and
 * renders HTML and plain text from it itself; client HTML is never stored or shown.
 */

export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'link'; attrs: { href: string } }

export interface TextNode {
  type: 'text'
  text: string
  marks?: Mark[]
}
export interface HardBreakNode {
  type: 'hardBreak'
}
export type InlineNode = TextNode | HardBreakNode

export interface ParagraphNode {
  type: 'paragraph'
  content?: InlineNode[]
}
export interface HeadingNode {
  type: 'heading'
  attrs: { level: 2 | 3 }
  content?: InlineNode[]
}
export interface BlockquoteNode {
  type: 'blockquote'
  /** Who is quoted, shown under the quote. */
  attrs?: { citation?: string | null }
  content: ParagraphNode[]
}
export interface ListItemNode {
  type: 'listItem'
  content: (ParagraphNode | BulletListNode | OrderedListNode)[]
}
export interface BulletListNode {
  type: 'bulletList'
  content: ListItemNode[]
}
export interface OrderedListNode {
  type: 'orderedList'
  attrs?: { start?: number }
  content: ListItemNode[]
}
export interface ImageNode {
  type: 'image'
  attrs: { src: string; alt: string; caption?: string | null; credit?: string | null; width?: number | null; height?: number | null }
}
export const embedProviders = ['x', 'youtube', 'instagram', 'tiktok', 'linkedin', 'mastodon', 'bluesky'] as const
export type EmbedProvider = (typeof embedProviders)[number]

/** A post on a social network, shown as a card that loads nothing from the network until clicked. */
export interface EmbedNode {
  type: 'embed'
  attrs: {
    provider: EmbedProvider
    url: string
    /** What the card shows before the reader opts in: captured when the embed was added. */
    authorName?: string | null
    authorHandle?: string | null
    text?: string | null
    postedAt?: string | null
  }
}
export interface HorizontalRuleNode {
  type: 'horizontalRule'
}

export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BlockquoteNode
  | BulletListNode
  | OrderedListNode
  | ImageNode
  | EmbedNode
  | HorizontalRuleNode

export interface EditorDocument {
  type: 'doc'
  content: BlockNode[]
}

export const emptyDocument = (): EditorDocument => ({ type: 'doc', content: [] })
