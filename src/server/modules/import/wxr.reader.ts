/**
 * Reads a WordPress export (WXR 1.0–1.2) as a stream of records — the site, authors, terms and
 * items one by one — with htmlparser2's SAX-style parser, so a multi-gigabyte export is read in
 * flat memory. Namespaces are recognised by URI, not by prefix: exports spell the WordPress one
 * as http:// or https://, and a file may pick other prefixes.
 */
import { Parser } from 'htmlparser2'

export interface WxrSite {
  kind: 'site'
  title: string
  link: string
  baseSiteUrl: string
  baseBlogUrl: string
  version: string
}

export interface WxrAuthor {
  kind: 'author'
  id: string
  login: string
  email: string
  displayName: string
  firstName: string
  lastName: string
}

export interface WxrTerm {
  kind: 'category' | 'tag'
  termId: string
  slug: string
  name: string
  parent: string
  description: string
}

export interface WxrItem {
  kind: 'item'
  postId: string
  postType: string
  status: string
  title: string
  link: string
  guid: string
  pubDate: string
  creator: string
  content: string
  excerpt: string
  postName: string
  postDate: string
  postDateGmt: string
  modifiedGmt: string
  parent: string
  password: string
  sticky: boolean
  attachmentUrl: string
  /** `<category domain="category|post_tag|author|…" nicename="…">Name</category>`, in file order. */
  terms: { domain: string; slug: string; name: string }[]
  /** Post meta (the last value wins for a repeated key). */
  meta: Record<string, string>
}

export type WxrRecord = WxrSite | WxrAuthor | WxrTerm | WxrItem

const namespaces: [RegExp, string][] = [
  [/^https?:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/?$/, 'excerpt'],
  [/^https?:\/\/wordpress\.org\/export\/1\.\d+\/?$/, 'wp'],
  [/^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/, 'content'],
  [/^https?:\/\/purl\.org\/dc\/elements\/1\.1\/?$/, 'dc'],
]

/** Field names inside <item> → the WxrItem key they fill. */
const itemFields: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  pubDate: 'pubDate',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_type': 'postType',
  'wp:status': 'status',
  'wp:post_name': 'postName',
  'wp:post_date': 'postDate',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:post_modified_gmt': 'modifiedGmt',
  'wp:post_parent': 'parent',
  'wp:post_password': 'password',
  'wp:attachment_url': 'attachmentUrl',
}

const emptyItem = (): WxrItem => ({
  kind: 'item',
  postId: '',
  postType: '',
  status: '',
  title: '',
  link: '',
  guid: '',
  pubDate: '',
  creator: '',
  content: '',
  excerpt: '',
  postName: '',
  postDate: '',
  postDateGmt: '',
  modifiedGmt: '',
  parent: '',
  password: '',
  sticky: false,
  attachmentUrl: '',
  terms: [],
  meta: {},
})

export class WxrFormatError extends Error {}

/** Yields the export's records in file order, from text chunks (a stream read with encoding 'utf8'). */
export async function* readWxr(chunks: AsyncIterable<string>): AsyncGenerator<WxrRecord> {
  const out: WxrRecord[] = []
  const prefixes = new Map<string, string>()
  const stack: string[] = []
  let text = ''
  let sawRss = false
  let site: WxrSite | null = { kind: 'site', title: '', link: '', baseSiteUrl: '', baseBlogUrl: '', version: '' }
  let item: WxrItem | null = null
  let author: Record<string, string> | null = null
  let term: Record<string, string> | null = null
  let category: { domain: string; slug: string } | null = null
  let meta: { key: string; value: string } | null = null
  /** Depth of a subtree skipped whole (comments on an item). */
  let skipping = 0

  const canonical = (name: string): string => {
    const colon = name.indexOf(':')
    if (colon < 0) return name
    const prefix = name.slice(0, colon)
    return `${prefixes.get(prefix) ?? prefix}:${name.slice(colon + 1)}`
  }
  const emitSite = () => {
    if (site) out.push(site)
    site = null
  }

  const parser = new Parser(
    {
      onopentag(rawName, attribs) {
        if (!sawRss) {
          if (rawName !== 'rss') throw new WxrFormatError('not a WordPress export: the file does not start with <rss>')
          sawRss = true
          for (const [attr, uri] of Object.entries(attribs)) {
            if (!attr.startsWith('xmlns:')) continue
            const known = namespaces.find(([pattern]) => pattern.test(uri))
            if (known) prefixes.set(attr.slice(6), known[1])
          }
        }
        const name = canonical(rawName)
        stack.push(name)
        text = ''
        if (skipping > 0) {
          skipping += 1
          return
        }
        if (name === 'item') {
          emitSite()
          item = emptyItem()
        } else if (item && name === 'wp:comment') skipping = 1
        else if (item && name === 'category') category = { domain: attribs.domain ?? '', slug: attribs.nicename ?? '' }
        else if (item && name === 'wp:postmeta') meta = { key: '', value: '' }
        else if (!item && name === 'wp:author') author = {}
        else if (!item && (name === 'wp:category' || name === 'wp:tag' || name === 'wp:term')) term = { element: name }
      },
      ontext(data) {
        if (skipping === 0) text += data
      },
      onclosetag(rawName) {
        const name = canonical(rawName)
        stack.pop()
        if (skipping > 0) {
          skipping -= 1
          text = ''
          return
        }
        const value = text.trim()
        text = ''
        if (item) {
          if (name === 'item') {
            out.push(item)
            item = null
          } else if (meta) {
            if (name === 'wp:meta_key') meta.key = value
            else if (name === 'wp:meta_value') meta.value = value
            else if (name === 'wp:postmeta') {
              if (meta.key) item.meta[meta.key] = meta.value
              meta = null
            }
          } else if (name === 'category' && category) {
            item.terms.push({ domain: category.domain, slug: category.slug, name: value })
            category = null
          } else if (name === 'wp:is_sticky') item.sticky = value === '1'
          else if (stack.at(-1) === 'item') {
            const field = itemFields[name]
            if (field) (item as unknown as Record<string, string>)[field] = field === 'content' || field === 'excerpt' ? text || value : value
          }
          return
        }
        if (author) {
          if (name === 'wp:author') {
            emitSite()
            out.push({
              kind: 'author',
              id: author['wp:author_id'] ?? '',
              login: author['wp:author_login'] ?? '',
              email: author['wp:author_email'] ?? '',
              displayName: author['wp:author_display_name'] ?? '',
              firstName: author['wp:author_first_name'] ?? '',
              lastName: author['wp:author_last_name'] ?? '',
            })
            author = null
          } else author[name] = value
          return
        }
        if (term) {
          if (name === term.element) {
            emitSite()
            const taxonomy = term['wp:term_taxonomy']
            const kind = term.element === 'wp:category' || taxonomy === 'category' ? 'category' : term.element === 'wp:tag' || taxonomy === 'post_tag' ? 'tag' : null
            if (kind) {
              out.push({
                kind,
                termId: term['wp:term_id'] ?? '',
                slug: term['wp:category_nicename'] ?? term['wp:tag_slug'] ?? term['wp:term_slug'] ?? '',
                name: term['wp:cat_name'] ?? term['wp:tag_name'] ?? term['wp:term_name'] ?? '',
                parent: term['wp:category_parent'] ?? term['wp:term_parent'] ?? '',
                description: term['wp:category_description'] ?? term['wp:tag_description'] ?? term['wp:term_description'] ?? '',
              })
            }
            term = null
          } else term[name] = value
          return
        }
        if (site && stack.at(-1) === 'channel') {
          if (name === 'title') site.title = value
          else if (name === 'link') site.link = value
          else if (name === 'wp:base_site_url') site.baseSiteUrl = value
          else if (name === 'wp:base_blog_url') site.baseBlogUrl = value
          else if (name === 'wp:wxr_version') site.version = value
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  )

  for await (const chunk of chunks) {
    parser.write(chunk)
    if (out.length > 0) yield* out.splice(0, out.length)
  }
  parser.end()
  if (!sawRss) throw new WxrFormatError('not a WordPress export: no <rss> element')
  emitSite()
  yield* out.splice(0, out.length)
}
