/**
 * Validates untrusted JSON against the editor document schema and returns a clean copy that
 * holds only known nodes, marks and attributes. Every problem is reported with its path.
 */
import {
  embedProviders,
  type BlockNode,
  type EditorDocument,
  type EmbedProvider,
  type InlineNode,
  type ListItemNode,
  type Mark,
  type ParagraphNode,
} from './schema.js'

export interface DocumentProblem {
  path: string
  message: string
}

export type DocumentValidation =
  | { ok: true; doc: EditorDocument }
  | { ok: false; problems: DocumentProblem[] }

const limits = { depth: 8, nodes: 50_000, textLength: 200_000, attr: 2_000 }

/** Hosts a post URL must be on, per provider. */
const embedHosts: Record<EmbedProvider, RegExp> = {
  x: /^(www\.)?(x|twitter)\.com$/,
  youtube: /^(www\.|m\.)?(youtube\.com|youtu\.be)$/,
  instagram: /^(www\.)?instagram\.com$/,
  tiktok: /^(www\.)?tiktok\.com$/,
  linkedin: /^(www\.)?linkedin\.com$/,
  mastodon: /^[a-z0-9.-]+\.[a-z]{2,}$/,
  bluesky: /^(www\.)?bsky\.app$/,
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

class Walker {
  problems: DocumentProblem[] = []
  nodes = 0

  fail(path: string, message: string): null {
    if (this.problems.length < 50) this.problems.push({ path, message })
    return null
  }

  count(path: string): boolean {
    this.nodes += 1
    if (this.nodes === limits.nodes + 1) this.fail(path, `the document has more than ${limits.nodes} nodes`)
    return this.nodes <= limits.nodes
  }

  string(value: unknown, path: string, { required = false, max = limits.attr } = {}): string | null {
    if (value === undefined || value === null || value === '') {
      if (required) this.fail(path, 'is required')
      return null
    }
    if (typeof value !== 'string') return this.fail(path, 'must be a string')
    if (value.length > max) return this.fail(path, `must be at most ${max} characters`)
    return value
  }

  content(node: Obj, path: string): unknown[] | null {
    if (node.content === undefined) return []
    if (!Array.isArray(node.content)) return this.fail(`${path}.content`, 'must be an array')
    return node.content
  }

  inline(list: unknown[], path: string): InlineNode[] {
    const out: InlineNode[] = []
    list.forEach((raw, i) => {
      const p = `${path}[${i}]`
      if (!this.count(p)) return
      if (!isObj(raw)) return void this.fail(p, 'must be a node object')
      if (raw.type === 'hardBreak') return void out.push({ type: 'hardBreak' })
      if (raw.type !== 'text') return void this.fail(`${p}.type`, `"${String(raw.type)}" is not allowed inside text`)
      const text = this.string(raw.text, `${p}.text`, { required: true, max: limits.textLength })
      if (text === null) return
      const marks = this.marks(raw.marks, `${p}.marks`)
      out.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text })
    })
    return out
  }

  marks(raw: unknown, path: string): Mark[] {
    if (raw === undefined) return []
    if (!Array.isArray(raw)) return this.fail(path, 'must be an array') ?? []
    const out: Mark[] = []
    const seen = new Set<string>()
    raw.forEach((mark, i) => {
      const p = `${path}[${i}]`
      if (!isObj(mark)) return void this.fail(p, 'must be a mark object')
      if (typeof mark.type !== 'string' || seen.has(mark.type)) return void this.fail(`${p}.type`, 'unknown or repeated mark')
      seen.add(mark.type)
      if (mark.type === 'bold' || mark.type === 'italic') return void out.push({ type: mark.type })
      if (mark.type === 'link') {
        const href = this.string(isObj(mark.attrs) ? mark.attrs.href : undefined, `${p}.attrs.href`, { required: true })
        if (href === null) return
        if (!isSafeHref(href)) return void this.fail(`${p}.attrs.href`, 'must be an http(s), mailto: or site-relative link')
        return void out.push({ type: 'link', attrs: { href } })
      }
      this.fail(`${p}.type`, `"${mark.type}" is not a known mark`)
    })
    return out
  }

  paragraph(raw: Obj, path: string): ParagraphNode | null {
    const content = this.content(raw, path)
    if (content === null) return null
    const inline = this.inline(content, `${path}.content`)
    return inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' }
  }

  listItems(raw: Obj, path: string, depth: number): ListItemNode[] | null {
    const content = this.content(raw, path)
    if (content === null) return null
    if (content.length === 0) return this.fail(`${path}.content`, 'a list needs at least one item')
    const items: ListItemNode[] = []
    content.forEach((item, i) => {
      const p = `${path}.content[${i}]`
      if (!this.count(p)) return
      if (!isObj(item) || item.type !== 'listItem') return void this.fail(p, 'must be a listItem')
      const children = this.content(item, p)
      if (children === null) return
      const blocks: ListItemNode['content'] = []
      children.forEach((child, j) => {
        const cp = `${p}.content[${j}]`
        const block = this.block(child, cp, depth + 1)
        if (block === null) return
        if (block.type === 'paragraph' || block.type === 'bulletList' || block.type === 'orderedList') blocks.push(block)
        else this.fail(cp, `"${block.type}" is not allowed in a list item`)
      })
      items.push({ type: 'listItem', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] })
    })
    return items
  }

  block(raw: unknown, path: string, depth: number): BlockNode | null {
    if (!this.count(path)) return null
    if (depth > limits.depth) return this.fail(path, `nesting deeper than ${limits.depth} levels`)
    if (!isObj(raw)) return this.fail(path, 'must be a node object')
    const attrs = isObj(raw.attrs) ? raw.attrs : {}
    switch (raw.type) {
      case 'paragraph':
        return this.paragraph(raw, path)
      case 'heading': {
        if (attrs.level !== 2 && attrs.level !== 3) return this.fail(`${path}.attrs.level`, 'must be 2 or 3')
        const paragraph = this.paragraph(raw, path)
        return paragraph && { type: 'heading', attrs: { level: attrs.level }, ...(paragraph.content ? { content: paragraph.content } : {}) }
      }
      case 'blockquote': {
        const content = this.content(raw, path)
        if (content === null) return null
        const paragraphs: ParagraphNode[] = []
        content.forEach((child, i) => {
          const p = `${path}.content[${i}]`
          if (!isObj(child) || child.type !== 'paragraph') return void this.fail(p, 'a quote holds paragraphs')
          this.count(p)
          const paragraph = this.paragraph(child, p)
          if (paragraph) paragraphs.push(paragraph)
        })
        const citation = this.string(attrs.citation, `${path}.attrs.citation`)
        return { type: 'blockquote', ...(citation ? { attrs: { citation } } : {}), content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }] }
      }
      case 'bulletList': {
        const items = this.listItems(raw, path, depth)
        return items && { type: 'bulletList', content: items }
      }
      case 'orderedList': {
        const items = this.listItems(raw, path, depth)
        const start = attrs.start
        if (start !== undefined && start !== null && (!Number.isInteger(start) || (start as number) < 0)) {
          return this.fail(`${path}.attrs.start`, 'must be a whole number')
        }
        return items && { type: 'orderedList', ...(typeof start === 'number' && start !== 1 ? { attrs: { start } } : {}), content: items }
      }
      case 'image': {
        const src = this.string(attrs.src, `${path}.attrs.src`, { required: true })
        if (src !== null && !isSafeImageSrc(src)) return this.fail(`${path}.attrs.src`, 'must be an http(s) or /media/ address')
        const alt = this.string(attrs.alt, `${path}.attrs.alt`) ?? ''
        const caption = this.string(attrs.caption, `${path}.attrs.caption`)
        const credit = this.string(attrs.credit, `${path}.attrs.credit`)
        const width = this.dimension(attrs.width, `${path}.attrs.width`)
        const height = this.dimension(attrs.height, `${path}.attrs.height`)
        if (src === null) return null
        return { type: 'image', attrs: { src, alt, caption, credit, width, height } }
      }
      case 'embed':
        return this.embed(attrs, path)
      case 'horizontalRule':
        return { type: 'horizontalRule' }
      default:
        return this.fail(`${path}.type`, `"${String(raw.type)}" is not a known block`)
    }
  }

  dimension(value: unknown, path: string): number | null {
    if (value === undefined || value === null) return null
    if (!Number.isInteger(value) || (value as number) <= 0 || (value as number) > 20_000) return this.fail(path, 'must be a positive whole number')
    return value as number
  }

  embed(attrs: Obj, path: string): BlockNode | null {
    const provider = embedProviders.find((p) => p === attrs.provider)
    if (!provider) return this.fail(`${path}.attrs.provider`, `must be one of ${embedProviders.join(', ')}`)
    const url = this.string(attrs.url, `${path}.attrs.url`, { required: true })
    if (url === null) return null
    let host: string
    try {
      const parsed = new URL(url)
      if (parsed.protocol !== 'https:') return this.fail(`${path}.attrs.url`, 'must be an https address')
      host = parsed.hostname
    } catch {
      return this.fail(`${path}.attrs.url`, 'must be a valid address')
    }
    if (!embedHosts[provider].test(host)) return this.fail(`${path}.attrs.url`, `is not a ${provider} address`)
    return {
      type: 'embed',
      attrs: {
        provider,
        url,
        authorName: this.string(attrs.authorName, `${path}.attrs.authorName`),
        authorHandle: this.string(attrs.authorHandle, `${path}.attrs.authorHandle`),
        text: this.string(attrs.text, `${path}.attrs.text`, { max: 5_000 }),
        postedAt: this.string(attrs.postedAt, `${path}.attrs.postedAt`, { max: 40 }),
      },
    }
  }
}

export function validateDocument(input: unknown): DocumentValidation {
  const walker = new Walker()
  if (!isObj(input) || input.type !== 'doc') return { ok: false, problems: [{ path: 'doc', message: 'must be an object with type "doc"' }] }
  const content = walker.content(input, 'doc')
  const blocks: BlockNode[] = []
  content?.forEach((raw, i) => {
    const block = walker.block(raw, `doc.content[${i}]`, 1)
    if (block) blocks.push(block)
  })
  if (walker.problems.length > 0) return { ok: false, problems: walker.problems }
  return { ok: true, doc: { type: 'doc', content: blocks } }
}

export function isSafeHref(href: string): boolean {
  if (href.startsWith('/') && !href.startsWith('//')) return true
  if (href.startsWith('#')) return true
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
  } catch {
    return false
  }
}

function isSafeImageSrc(src: string): boolean {
  if (src.startsWith('/media/')) return true
  try {
    const url = new URL(src)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
