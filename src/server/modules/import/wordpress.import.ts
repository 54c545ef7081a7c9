/**
 * `newsdesk import wordpress FILE.xml`: a WordPress export (WXR) into the newsroom, in two
 * streamed passes over the file. The first collects what items refer to (authors, categories and
 * tags, attachments) and counts the work; the second converts posts and pages and writes them in
 * batches, each batch one transaction with its redirects and its entries in the source map.
 *
 * Safe to run again: every item is keyed on the export's own ids (`import_sources`); an unchanged
 * item is left alone, an edited one is overwritten, nothing is duplicated. A broken item is
 * reported with its id and skipped. Private and password-protected posts come in as drafts.
 */
import { createReadStream } from 'node:fs'
import { AppError } from '../../errors.js'
import { htmlToDocument, type BlockNode, type EditorDocument } from '../../../shared/document/index.js'
import type { ModuleContext } from '../context.js'
import type { ArticleStatus, ImportedArticle } from '../articles/index.js'
import type { MediaService } from '../media/index.js'
import { emptyReport, type ImportReport } from './import.report.js'
import { createImportWriter, pathOf, plainText, toSlug, type ArticleSource, type Ref } from './import.writer.js'
import { wordpressContent, type WpAttachment } from './wordpress.content.js'
import { readWxr, type WxrAuthor, type WxrItem, type WxrSite, type WxrTerm } from './wxr.reader.js'

export interface WordPressImportOptions {
  /** A local copy of wp-content/uploads: images are copied from it into the media library. */
  uploadsDir?: string
  /** Reads and reports, writes nothing. */
  dryRun?: boolean
  /** Items per transaction. */
  batchSize?: number
  onProgress?: (done: number, total: number) => void
}

/** What WordPress statuses become; anything else (trash, auto-draft, inherit) is skipped. */
const statusMap: Record<string, ArticleStatus> = { publish: 'published', future: 'scheduled', draft: 'draft', pending: 'review', private: 'draft' }

/** "2024-11-02 12:00:00" in UTC; null for WordPress's zero date. */
function wpDate(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value)
  if (!m || m[1] === '0000') return null
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
}

function itemDate(item: WxrItem): number | null {
  const gmt = wpDate(item.postDateGmt)
  if (gmt !== null) return gmt
  const rss = Date.parse(item.pubDate)
  if (Number.isFinite(rss)) return rss
  return wpDate(item.postDate)
}

/** Yoast's title template variables: the ones we can fill are filled, the rest dropped. */
function yoastText(value: string | undefined, title: string, siteName: string): string | null {
  if (!value) return null
  const text = value
    .replace(/%%title%%/g, title)
    .replace(/%%sitename%%/g, siteName)
    .replace(/%%sep%%/g, '–')
    .replace(/%%[a-z_]+%%/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return text === '' ? null : text
}

function stream(file: string): AsyncIterable<string> {
  return createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })
}

interface Scan {
  site: WxrSite
  authors: Map<string, WxrAuthor>
  terms: WxrTerm[]
  /** Logins that wrote something, declared or not, with a display name when a byline term gives one. */
  bylines: Map<string, string>
  /** Terms items use that the channel did not declare: `category:slug` → name. */
  itemTerms: Map<string, string>
  attachments: Map<string, WpAttachment>
  total: number
}

async function scan(file: string): Promise<Scan> {
  const result: Scan = { site: { kind: 'site', title: '', link: '', baseSiteUrl: '', baseBlogUrl: '', version: '' }, authors: new Map(), terms: [], bylines: new Map(), itemTerms: new Map(), attachments: new Map(), total: 0 }
  for await (const record of readWxr(stream(file))) {
    if (record.kind === 'site') result.site = record
    else if (record.kind === 'author') result.authors.set(record.login, record)
    else if (record.kind === 'category' || record.kind === 'tag') result.terms.push(record)
    else if (record.kind !== 'item') continue
    else if (record.postType === 'attachment') {
      result.attachments.set(record.postId, { url: record.attachmentUrl || record.guid, alt: record.meta._wp_attachment_image_alt ?? '', caption: plainText(record.excerpt) || plainText(record.content), parent: record.parent })
    } else if (record.postType === 'post' || record.postType === 'page') {
      result.total += 1
      if (record.creator) result.bylines.set(record.creator, result.bylines.get(record.creator) ?? '')
      for (const term of record.terms) {
        if (term.domain === 'author' && term.slug) result.bylines.set(term.slug, term.name)
        if ((term.domain === 'category' || term.domain === 'post_tag') && term.slug) result.itemTerms.set(`${term.domain === 'category' ? 'category' : 'tag'}:${term.slug}`, term.name)
      }
    }
  }
  if (!result.site.link && !result.site.baseBlogUrl && result.total === 0) throw new AppError('BAD_REQUEST', 'This is not a WordPress export: no site and no posts found.')
  return result
}

export function createWordPressImporter(ctx: ModuleContext, deps: { media: MediaService }) {
  return {
    async importFile(file: string, options: WordPressImportOptions = {}): Promise<ImportReport> {
      const dryRun = options.dryRun ?? false
      const batchSize = options.batchSize ?? 200
      const found = await scan(file)
      const siteUrl = (found.site.baseBlogUrl || found.site.link).replace(/\/+$/, '')
      const report = emptyReport(`wordpress:${siteUrl}`, dryRun)
      const writer = createImportWriter(ctx, { media: deps.media, source: report.source, report, dryRun })
      const { routes } = writer
      const redirects: { fromPath: string; toPath: string }[] = []

      // People: declared authors, bylines of Co-Authors Plus and logins the export forgot to declare.
      const personIds = new Map<string, string>()
      for (const login of new Set([...found.authors.keys(), ...found.bylines.keys()])) {
        const declared = found.authors.get(login)
        const name = declared?.displayName || [declared?.firstName, declared?.lastName].filter(Boolean).join(' ') || found.bylines.get(login) || login
        const person = await writer.person({ sourceId: login, email: declared?.email || null, name, slug: login, declared: declared !== undefined })
        personIds.set(login, person.id)
        redirects.push({ fromPath: `/author/${login}/`, toPath: `/${routes.author}/${person.slug}/` }, { fromPath: `/author/${login}/feed/`, toPath: `/${routes.author}/${person.slug}/feed/` })
      }

      // Tags: categories and tags become one kind; a name used as both becomes one tag.
      const tagIds = new Map<string, Ref>()
      const termIdToKey = new Map<string, string>()
      const categoryPaths = new Map<string, string>()
      const declaredTerms = found.terms.map((t) => ({ key: `${t.kind}:${t.slug}`, slug: t.slug, name: t.name || t.slug, description: t.description, termId: t.termId, parent: t.parent }))
      for (const [key, name] of found.itemTerms) if (!declaredTerms.some((t) => t.key === key)) declaredTerms.push({ key, slug: key.slice(key.indexOf(':') + 1), name: name || key, description: '', termId: '', parent: '' })
      for (const term of declaredTerms) if (term.termId) termIdToKey.set(term.termId, term.key)
      // WordPress category URLs hold their parents: /category/markten/crypto/.
      const categoryBySlug = new Map(declaredTerms.filter((t) => t.key.startsWith('category:')).map((t) => [t.slug, t]))
      for (const term of categoryBySlug.values()) {
        const chain = [term.slug]
        let parent = term.parent
        while (parent && chain.length < 10) {
          const up = categoryBySlug.get(parent)
          if (!up) break
          chain.unshift(up.slug)
          parent = up.parent
        }
        categoryPaths.set(term.slug, chain.join('/'))
      }
      for (const term of declaredTerms) {
        const tag = await writer.tag({ sourceId: term.key, name: term.name, slug: term.slug, description: term.description || null })
        tagIds.set(term.key, tag)
        const tagPath = `/${routes.tag}/${tag.slug}/`
        const wpPath = term.key.startsWith('category:') ? `/category/${categoryPaths.get(term.slug) ?? term.slug}/` : `/tag/${term.slug}/`
        redirects.push({ fromPath: wpPath, toPath: tagPath }, { fromPath: `${wpPath}feed/`, toPath: `${tagPath}feed/` })
      }

      // Media: copied from a local uploads folder when one is given, else kept where they are.
      const mediaUrls = new Map<string, string>()
      for (const [id, attachment] of found.attachments) {
        const oldPath = pathOf(attachment.url)
        const relative = oldPath ? /\/(?:wp-content|app)\/uploads\/(.+)$/.exec(oldPath)?.[1] : undefined
        if (!options.uploadsDir || !relative) {
          report.media.external += 1
          continue
        }
        const url = await writer.media(id, options.uploadsDir, relative, { alt: attachment.alt, caption: attachment.caption || null }, attachment.url)
        if (url) {
          mediaUrls.set(stripSize(attachment.url), url)
          if (oldPath) redirects.push({ fromPath: oldPath, toPath: url })
        }
      }
      const mediaFor = (src: string): string => mediaUrls.get(stripSize(src)) ?? src
      // WordPress's other feed addresses; /feed/ and /feed/atom/ are ours already.
      for (const feed of ['/feed/rss2/', '/feed/rss/', '/feed/rdf/', '/?feed=rss2', '/?feed=rss', '/?feed=atom']) redirects.push({ fromPath: feed, toPath: feed.endsWith('atom') ? '/feed/atom/' : '/feed/' })
      await writer.redirects(redirects)

      const prepare = (item: WxrItem): ArticleSource | null => {
        const kind = item.postType === 'page' ? 'page' : 'post'
        let status = statusMap[item.status]
        if (!status) {
          report.skippedTypes[`${item.postType}:${item.status}`] = (report.skippedTypes[`${item.postType}:${item.status}`] ?? 0) + 1
          return null
        }
        if (item.status === 'private' || item.password) {
          // Never public: kept as a draft for the desk to decide.
          status = 'draft'
          report.notPublic.push({ sourceId: item.postId, title: item.title, reason: item.password ? 'password' : 'private' })
        }
        const converted = wordpressContent(item.content, item.postId, found.attachments)
        const { doc, dropped } = htmlToDocument(converted.html)
        for (const [key, n] of Object.entries({ ...converted.dropped, ...dropped })) report.dropped[key] = (report.dropped[key] ?? 0) + n
        rewriteImages(doc, mediaFor)
        const date = itemDate(item) ?? ctx.now()
        const modified = wpDate(item.modifiedGmt) ?? date
        const primary = item.meta._yoast_wpseo_primary_category ? termIdToKey.get(item.meta._yoast_wpseo_primary_category) : undefined
        const termKeys = [
          ...(primary ? [primary] : []),
          ...item.terms.filter((t) => t.domain === 'category').map((t) => `category:${t.slug}`),
          ...item.terms.filter((t) => t.domain === 'post_tag').map((t) => `tag:${t.slug}`),
        ]
        const itemTags = [...new Set(termKeys.map((key) => tagIds.get(key)?.id).filter((id): id is string => id !== undefined))].slice(0, 20)
        const bylines = item.terms.filter((t) => t.domain === 'author').map((t) => t.slug)
        const logins = [...new Set(bylines.length > 0 ? bylines : [item.creator].filter(Boolean))]
        const authorIds = logins.map((login) => personIds.get(login)).filter((id): id is string => id !== undefined).slice(0, 10)
        const thumbnail = item.meta._thumbnail_id ? found.attachments.get(item.meta._thumbnail_id) : undefined
        const title = item.title.trim() || `(${item.postType} ${item.postId})`
        const siteName = found.site.title
        const article: ImportedArticle = {
          input: {
            type: kind === 'page' ? 'page' : 'article',
            title: title.slice(0, 300),
            standfirst: plainText(item.excerpt).slice(0, 1000) || null,
            doc,
            featureImage: thumbnail ? { src: mediaFor(thumbnail.url), alt: thumbnail.alt, caption: thumbnail.caption || null } : null,
            featured: item.sticky,
            seo: {
              title: yoastText(item.meta._yoast_wpseo_title, title, siteName)?.slice(0, 300) ?? null,
              description: yoastText(item.meta._yoast_wpseo_metadesc, title, siteName)?.slice(0, 500) ?? null,
              canonicalUrl: /^https?:\/\//.test(item.meta._yoast_wpseo_canonical ?? '') ? item.meta._yoast_wpseo_canonical! : null,
            },
          },
          slug: toSlug(item.postName, title, ctx.locale),
          status,
          publishedAt: status === 'published' ? date : null,
          scheduledAt: status === 'scheduled' ? date : null,
          createdAt: date,
          updatedAt: Math.max(modified, date),
          tagIds: itemTags,
          authorIds,
        }
        writer.check(article)
        // Old URLs of what readers could see; a draft never had a public address.
        const wasPublic = status === 'published' || status === 'scheduled'
        const oldPaths = wasPublic ? [pathOf(item.link), `/?p=${item.postId}`, kind === 'page' ? `/?page_id=${item.postId}` : null].filter((p): p is string => p !== null && p !== '/') : []
        return { sourceId: item.postId, kind, article, ownSlug: item.postName !== '', oldPaths }
      }

      // Posts and pages, in batches.
      let done = 0
      let batch: ArticleSource[] = []
      const flush = async () => {
        await writer.articles(batch)
        batch = []
        options.onProgress?.(done, found.total)
      }
      for await (const record of readWxr(stream(file))) {
        if (record.kind !== 'item' || (record.postType !== 'post' && record.postType !== 'page')) {
          if (record.kind === 'item' && record.postType !== 'attachment') report.skippedTypes[record.postType] = (report.skippedTypes[record.postType] ?? 0) + 1
          continue
        }
        done += 1
        try {
          const prepared = prepare(record)
          if (prepared) batch.push(prepared)
        } catch (error) {
          report.skipped.push({ sourceId: record.postId, type: record.postType, reason: error instanceof Error ? error.message : String(error) })
        }
        if (batch.length >= batchSize) await flush()
      }
      await flush()
      return report
    },
  }
}

/** WordPress serves resized copies as name-300x200.jpg: they are the same image. */
function stripSize(url: string): string {
  return url.replace(/^https?:\/\/[^/]+/, '').replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')
}

function rewriteImages(doc: EditorDocument, mediaFor: (src: string) => string): void {
  for (const node of doc.content as BlockNode[]) {
    if (node.type === 'image') node.attrs.src = mediaFor(node.attrs.src)
  }
}
