/**
 * Renders a validated editor document as HTML. The output is built from known nodes only and
 * every text and attribute is escaped, so it is safe to put in a page as-is.
 */
import type { BlockNode, EditorDocument, EmbedNode, InlineNode, ListItemNode, Mark } from './schema.js'
import { slugify } from '../slug.js'

export interface RenderOptions {
  /** rel added to every link in the body, e.g. "sponsored" in sponsored articles. */
  linkRel?: string
  /** The card label for a post on a social network: (provider name) => "Bekijk op X". */
  embedLabel?: (provider: string) => string
  /** Responsive renditions of uploaded images, by src: AVIF/WebP srcsets and the true size. */
  images?: (src: string) => ResponsiveImage | undefined
}

export interface ResponsiveImage {
  width: number
  height: number
  sources: { type: string; srcset: string }[]
}

const providerNames: Record<string, string> = {
  x: 'X',
  youtube: 'YouTube',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  linkedin: 'LinkedIn',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function renderDocumentHtml(doc: EditorDocument, options: RenderOptions = {}): string {
  const usedIds = new Set<string>()
  return doc.content.map((block) => renderBlock(block, options, usedIds)).join('\n')
}

function renderBlock(block: BlockNode, options: RenderOptions, usedIds: Set<string>): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${renderInline(block.content, options)}</p>`
    case 'heading': {
      const tag = `h${block.attrs.level}`
      const id = uniqueId(slugify(inlineText(block.content)) || 'kop', usedIds)
      return `<${tag} id="${id}">${renderInline(block.content, options)}</${tag}>`
    }
    case 'blockquote': {
      const paragraphs = block.content.map((p) => `<p>${renderInline(p.content, options)}</p>`).join('')
      const citation = block.attrs?.citation ? `<footer>${escapeHtml(block.attrs.citation)}</footer>` : ''
      return `<blockquote>${paragraphs}${citation}</blockquote>`
    }
    case 'bulletList':
      return `<ul>${renderItems(block.content, options, usedIds)}</ul>`
    case 'orderedList': {
      const start = block.attrs?.start !== undefined ? ` start="${block.attrs.start}"` : ''
      return `<ol${start}>${renderItems(block.content, options, usedIds)}</ol>`
    }
    case 'image': {
      const { src, alt, caption, credit } = block.attrs
      const responsive = options.images?.(src)
      const width = responsive?.width ?? block.attrs.width
      const height = responsive?.height ?? block.attrs.height
      const size = width && height ? ` width="${width}" height="${height}"` : ''
      const sources = (responsive?.sources ?? []).map((s) => `<source type="${escapeHtml(s.type)}" srcset="${escapeHtml(s.srcset)}" sizes="(max-width: 760px) 100vw, 720px">`).join('')
      const tag = `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${size} loading="lazy" decoding="async">`
      const img = sources ? `<picture>${sources}${tag}</picture>` : tag
      const parts = [caption ? escapeHtml(caption) : '', credit ? `<span class="credit">${escapeHtml(credit)}</span>` : '']
      const figcaption = caption || credit ? `<figcaption>${parts.filter(Boolean).join(' ')}</figcaption>` : ''
      return `<figure class="image">${img}${figcaption}</figure>`
    }
    case 'embed':
      return renderEmbed(block, options)
    case 'horizontalRule':
      return '<hr>'
  }
}

/** A static card: nothing is loaded from the social network until the reader follows the link. */
function renderEmbed(block: EmbedNode, options: RenderOptions): string {
  const { provider, url, authorName, authorHandle, text, postedAt } = block.attrs
  const name = providerNames[provider] ?? provider
  const label = options.embedLabel ? options.embedLabel(name) : `View on ${name}`
  const who = [authorName ? `<strong>${escapeHtml(authorName)}</strong>` : '', authorHandle ? `<span class="handle">${escapeHtml(authorHandle)}</span>` : '']
    .filter(Boolean)
    .join(' ')
  const header = who ? `<header>${who}</header>` : ''
  const body = text ? `<p>${escapeHtml(text)}</p>` : ''
  const time = postedAt ? `<time datetime="${escapeHtml(postedAt)}">${escapeHtml(postedAt)}</time> ` : ''
  const link = `<a href="${escapeHtml(url)}" rel="nofollow noopener noreferrer" target="_blank">${escapeHtml(label)}</a>`
  return `<figure class="embed embed-${provider}" data-provider="${provider}" data-url="${escapeHtml(url)}"><blockquote>${header}${body}<footer>${time}${link}</footer></blockquote></figure>`
}

function renderItems(items: ListItemNode[], options: RenderOptions, usedIds: Set<string>): string {
  return items
    .map((item) => {
      // A list item of one paragraph renders tight, without <p>.
      const only = item.content.length === 1 ? item.content[0] : undefined
      const inner = only?.type === 'paragraph' ? renderInline(only.content, options) : item.content.map((b) => renderBlock(b, options, usedIds)).join('')
      return `<li>${inner}</li>`
    })
    .join('')
}

function renderInline(nodes: InlineNode[] | undefined, options: RenderOptions): string {
  if (!nodes) return ''
  return nodes.map((node) => (node.type === 'hardBreak' ? '<br>' : wrapMarks(escapeHtml(node.text), node.marks ?? [], options))).join('')
}

function wrapMarks(html: string, marks: Mark[], options: RenderOptions): string {
  let out = html
  for (const mark of [...marks].sort((a, b) => markOrder(b) - markOrder(a))) {
    if (mark.type === 'bold') out = `<strong>${out}</strong>`
    else if (mark.type === 'italic') out = `<em>${out}</em>`
    else {
      const external = /^(https?:)?\/\//.test(mark.attrs.href)
      const rel = [options.linkRel, external ? 'noopener' : ''].filter(Boolean).join(' ')
      out = `<a href="${escapeHtml(mark.attrs.href)}"${rel ? ` rel="${rel}"` : ''}>${out}</a>`
    }
  }
  return out
}

/** Links wrap outermost so a bold link is one anchor. */
function markOrder(mark: Mark): number {
  return mark.type === 'link' ? 2 : mark.type === 'bold' ? 1 : 0
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`
  used.add(id)
  return id
}

export function inlineText(nodes: InlineNode[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('')
}
