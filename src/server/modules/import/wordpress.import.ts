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
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { basename, join, normalize, sep } from 'node:path'
import { inTransaction, type Executor } from '../../db/index.js'
import { AppError } from '../../errors.js'
import { htmlToDocument, type BlockNode, type EditorDocument } from '../../../shared/document/index.js'
import { isValidSlug, maxSlugLength, slugify } from '../../../shared/slug.js'
import { messages } from '../../../shared/i18n/index.js'
import type { ModuleContext } from '../context.js'
import { createArticleImporter, type ArticleStatus, type ImportedArticle } from '../articles/index.js'
import type { MediaService } from '../media/index.js'
import { createPeopleService, systemActor } from '../people/index.js'
import { createTagsService } from '../tags/index.js'
import { articleSlugs, existingIds, findSources, saveRedirects, saveSources, takenArticleSlugs } from './import.repository.js'
import { emptyReport, type ImportReport } from './import.report.js'
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

const actor = systemActor('import')

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

/** The path of a URL, decoded, with a trailing slash (how our redirects table keys paths). */
function pathOf(url: string): string | null {
  try {
    const parsed = new URL(url, 'http://x')
    let path = decodeURIComponent(parsed.pathname)
    if (!path.endsWith('/') && !/\.[a-z0-9]{2,5}$/i.test(path)) path += '/'
    return path + parsed.search
  } catch {
    return null
  }
}

/** Text without tags, for captions. */
const plain = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()

/** A WordPress slug (possibly percent-encoded, possibly with the .html some permalink plugins add) as one of ours. */
function toSlug(raw: string, fallback: string, locale: 'nl' | 'en'): string {
  let text = raw.replace(/\.(html?|php)$/i, '')
  try {
    text = decodeURIComponent(text)
  } catch {
    // keep it as it is
  }
  const slug = isValidSlug(text) ? text : slugify(text, locale)
  return slug || slugify(fallback, locale) || 'artikel'
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

const checksum = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22)

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
      result.attachments.set(record.postId, { url: record.attachmentUrl || record.guid, alt: record.meta._wp_attachment_image_alt ?? '', caption: plain(record.excerpt) || plain(record.content), parent: record.parent })
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
  const articles = createArticleImporter(ctx)
  const people = createPeopleService(ctx)
  const tags = createTagsService(ctx)
  const paths = messages(ctx.locale).routes

  return {
    async importFile(file: string, options: WordPressImportOptions = {}): Promise<ImportReport> {
      const dryRun = options.dryRun ?? false
      const batchSize = options.batchSize ?? 200
      const found = await scan(file)
      const siteUrl = (found.site.baseBlogUrl || found.site.link).replace(/\/+$/, '')
      const source = `wordpress:${siteUrl}`
      const report = emptyReport(source, dryRun)
      const redirects: { fromPath: string; toPath: string }[] = []

      // People: declared authors, bylines of Co-Authors Plus and logins the export forgot to declare.
      const personIds = new Map<string, string>()
      const personSlugs = new Map<string, string>()
      const knownPeople = await findSources(ctx.db, source, 'author', [...found.bylines.keys(), ...found.authors.keys()])
      const livePeople = await existingIds(ctx.db, 'users', [...knownPeople.values()].map((s) => s.targetId))
      for (const login of new Set([...found.authors.keys(), ...found.bylines.keys()])) {
        const declared = found.authors.get(login)
        const mapped = knownPeople.get(login)
        if (mapped && livePeople.has(mapped.targetId)) {
          personIds.set(login, mapped.targetId)
          personSlugs.set(login, (await people.getPerson(mapped.targetId)).slug)
          report.people.existing += 1
          continue
        }
        const name = declared?.displayName || [declared?.firstName, declared?.lastName].filter(Boolean).join(' ') || found.bylines.get(login) || login
        const email = (declared?.email || `${toSlug(login, 'auteur', ctx.locale)}@import.invalid`).toLowerCase()
        const existing = await people.findLogin(email)
        if (!declared) report.people.undeclared += 1
        if (existing) {
          personIds.set(login, existing.person.id)
          personSlugs.set(login, existing.person.slug)
          report.people.existing += 1
        } else if (dryRun) {
          personIds.set(login, `dry-run:${login}`)
          personSlugs.set(login, toSlug(login, name, ctx.locale))
          report.people.created += 1
        } else {
          const person = await people.createUser({ email, name, role: 'author', slug: toSlug(login, name, ctx.locale) })
          personIds.set(login, person.id)
          personSlugs.set(login, person.slug)
          report.people.created += 1
        }
        if (!dryRun) await saveSources(ctx.db, [{ source, kind: 'author', sourceId: login, targetId: personIds.get(login)!, checksum: '', importedAt: ctx.now() }])
        redirects.push({ fromPath: `/author/${login}/`, toPath: `/${paths.author}/${personSlugs.get(login)}/` })
      }

      // Tags: categories and tags become one kind; a name used as both becomes one tag.
      const tagIds = new Map<string, { id: string; slug: string }>()
      const byName = new Map<string, { id: string; slug: string }>()
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
      const knownTags = await findSources(ctx.db, source, 'term', declaredTerms.map((t) => t.key))
      const liveTags = await existingIds(ctx.db, 'tags', [...knownTags.values()].map((s) => s.targetId))
      for (const term of declaredTerms) {
        const nameKey = term.name.trim().toLowerCase()
        let tag = byName.get(nameKey)
        const mapped = knownTags.get(term.key)
        if (!tag && mapped && liveTags.has(mapped.targetId)) {
          const current = await tags.getTag(mapped.targetId)
          tag = { id: current.id, slug: current.slug }
          report.tags.existing += 1
        }
        if (!tag) {
          const slug = toSlug(term.slug, term.name, ctx.locale)
          const existing = await tags.findTagBySlug(slug)
          if (existing && existing.name.toLowerCase() === nameKey) {
            tag = { id: existing.id, slug: existing.slug }
            report.tags.existing += 1
          } else if (dryRun) {
            tag = { id: `dry-run:${term.key}`, slug }
            report.tags.created += 1
          } else {
            // A different tag holds the slug: the new one gets the next free one (createTag picks it).
            const created = await tags.createTag({ name: term.name.slice(0, 100) || slug, slug: existing ? undefined : slug, description: term.description || null })
            tag = { id: created.id, slug: created.slug }
            report.tags.created += 1
          }
        }
        byName.set(nameKey, tag)
        tagIds.set(term.key, tag)
        if (!dryRun) await saveSources(ctx.db, [{ source, kind: 'term', sourceId: term.key, targetId: tag.id, checksum: '', importedAt: ctx.now() }])
        const tagPath = `/${paths.tag}/${tag.slug}/`
        if (term.key.startsWith('category:')) {
          const wpPath = `/category/${categoryPaths.get(term.slug) ?? term.slug}/`
          redirects.push({ fromPath: wpPath, toPath: tagPath }, { fromPath: `${wpPath}feed/`, toPath: `${tagPath}feed/` })
        } else {
          redirects.push({ fromPath: `/tag/${term.slug}/`, toPath: tagPath }, { fromPath: `/tag/${term.slug}/feed/`, toPath: `${tagPath}feed/` })
        }
      }

      // Media: copied from a local uploads folder when one is given, else kept where they are.
      const mediaUrls = new Map<string, string>()
      const uploadsRoot = options.uploadsDir ? normalize(options.uploadsDir) : null
      const knownMedia = await findSources(ctx.db, source, 'attachment', [...found.attachments.keys()])
      for (const [id, attachment] of found.attachments) {
        const oldPath = pathOf(attachment.url)
        const relative = oldPath ? /\/(?:wp-content|app)\/uploads\/(.+)$/.exec(oldPath)?.[1] : undefined
        if (!uploadsRoot || !relative) {
          report.media.external += 1
          continue
        }
        const local = normalize(join(uploadsRoot, relative))
        if (!local.startsWith(uploadsRoot + sep) || !existsSync(local)) {
          report.media.missing.push(attachment.url)
          continue
        }
        const mapped = knownMedia.get(id)
        let url: string | null = null
        if (mapped) url = await deps.media.getMedia(mapped.targetId).then((m) => m.url, () => null)
        if (!url && !dryRun) {
          try {
            const media = await deps.media.uploadImage(actor, { bytes: readFileSync(local), filename: basename(local), alt: attachment.alt, caption: attachment.caption || null })
            url = media.url
            await saveSources(ctx.db, [{ source, kind: 'attachment', sourceId: id, targetId: media.id, checksum: '', importedAt: ctx.now() }])
            report.media.copied += 1
          } catch (error) {
            report.skipped.push({ sourceId: id, type: 'attachment', reason: error instanceof Error ? error.message : String(error) })
            continue
          }
        } else if (url) report.media.existing += 1
        if (url) {
          mediaUrls.set(stripSize(attachment.url), url)
          if (oldPath) redirects.push({ fromPath: oldPath, toPath: url })
        }
      }
      const mediaFor = (src: string): string => mediaUrls.get(stripSize(src)) ?? src

      if (!dryRun) await inTransaction(ctx.db, (trx) => saveRedirects(trx, redirects, ctx.now()))
      report.redirects += redirects.length

      // Posts and pages, in batches.
      let done = 0
      let batch: WxrItem[] = []
      const usedSlugs = new Set<string>()
      const flush = async () => {
        if (batch.length === 0) return
        await writeBatch(batch)
        done += batch.length
        batch = []
        options.onProgress?.(done, found.total)
      }

      const writeBatch = async (items: WxrItem[]) => {
        const prepared: { item: WxrItem; kind: 'post' | 'page'; article: ImportedArticle; sum: string; oldPaths: string[] }[] = []
        for (const item of items) {
          try {
            const result = prepare(item)
            if (result) prepared.push(result)
          } catch (error) {
            report.skipped.push({ sourceId: item.postId, type: item.postType, reason: error instanceof Error ? error.message : String(error) })
          }
        }
        const write = async (trx: Executor) => {
          const known = new Map([...(await findSources(trx, source, 'post', prepared.filter((p) => p.kind === 'post').map((p) => p.item.postId))), ...(await findSources(trx, source, 'page', prepared.filter((p) => p.kind === 'page').map((p) => p.item.postId)))])
          const live = await existingIds(trx, 'articles', [...known.values()].map((k) => k.targetId))
          const fresh = prepared.filter((p) => !(known.has(p.item.postId) && live.has(known.get(p.item.postId)!.targetId)))
          const taken = await takenArticleSlugs(trx, fresh.map((p) => p.article.slug))
          for (const p of fresh) {
            const base = p.article.slug
            let slug = base
            for (let n = 2; taken.has(slug) || usedSlugs.has(slug); n += 1) slug = `${base.slice(0, maxSlugLength - String(n).length - 1)}-${n}`
            if (slug !== base) report.renamedSlugs += 1
            p.article.slug = slug
            usedSlugs.add(slug)
          }
          const sources: Parameters<typeof saveSources>[1] = []
          const itemRedirects: { fromPath: string; toPath: string }[] = []
          if (fresh.length > 0 && !dryRun) {
            const ids = await articles.insertImported(trx, fresh.map((p) => p.article))
            fresh.forEach((p, i) => sources.push({ source, kind: p.kind, sourceId: p.item.postId, targetId: ids[i]!, checksum: p.sum, importedAt: ctx.now() }))
          }
          for (const p of fresh) count(report.created, p)
          const changed = prepared.filter((p) => {
            const mapped = known.get(p.item.postId)
            return mapped !== undefined && live.has(mapped.targetId) && mapped.checksum !== p.sum
          })
          const currentSlugs = await articleSlugs(trx, changed.map((p) => known.get(p.item.postId)!.targetId))
          for (const p of prepared) {
            const mapped = known.get(p.item.postId)
            if (!mapped || !live.has(mapped.targetId)) continue
            if (mapped.checksum === p.sum) {
              count(report.unchanged, p)
              continue
            }
            // An edited item keeps its address unless the source gave it a new slug itself.
            const current = currentSlugs.get(mapped.targetId) ?? p.article.slug
            if (!p.item.postName || p.article.slug === current) p.article.slug = current
            else {
              const taken = await takenArticleSlugs(trx, [p.article.slug])
              if (taken.has(p.article.slug) || usedSlugs.has(p.article.slug)) p.article.slug = current
              else itemRedirects.push({ fromPath: `/${current}/`, toPath: `/${p.article.slug}/` })
            }
            if (!dryRun) {
              await articles.replaceImported(trx, mapped.targetId, p.article)
              sources.push({ source, kind: p.kind, sourceId: p.item.postId, targetId: mapped.targetId, checksum: p.sum, importedAt: ctx.now() })
            }
            count(report.updated, p)
          }
          for (const p of prepared) for (const fromPath of p.oldPaths) itemRedirects.push({ fromPath, toPath: `/${p.article.slug}/` })
          if (!dryRun) {
            await saveSources(trx, sources)
            await saveRedirects(trx, itemRedirects, ctx.now())
            if (sources.length > 0) await articles.recordImport(trx, actor, sources.length)
          }
          report.redirects += itemRedirects.filter((r) => r.fromPath !== r.toPath).length
        }
        if (dryRun) await write(ctx.db)
        else await inTransaction(ctx.db, write)
      }

      const prepare = (item: WxrItem) => {
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
            standfirst: item.excerpt.replace(/<[^>]+>/g, '').trim().slice(0, 1000) || null,
            doc,
            featureImage: thumbnail ? { src: mediaFor(thumbnail.url), alt: thumbnail.alt, caption: thumbnail.caption || null } : null,
            featured: item.sticky,
            seo: {
              title: yoastText(item.meta._yoast_wpseo_title, title, siteName)?.slice(0, 300) ?? null,
              description: yoastText(item.meta._yoast_wpseo_metadesc, title, siteName)?.slice(0, 500) ?? null,
              canonicalUrl: /^https?:\/\//.test(item.meta._yoast_wpseo_canonical ?? '') ? item.meta._yoast_wpseo_canonical! : null,
            },
          },
          slug: toSlug(item.postName, title, ctx.locale).slice(0, maxSlugLength).replace(/-+$/, ''),
          status,
          publishedAt: status === 'published' ? date : null,
          scheduledAt: status === 'scheduled' ? date : null,
          createdAt: date,
          updatedAt: Math.max(modified, date),
          tagIds: itemTags,
          authorIds,
        }
        articles.checkImported(article)
        // Old URLs of what readers could see; a draft never had a public address.
        const wasPublic = status === 'published' || status === 'scheduled'
        const oldPaths = wasPublic ? [pathOf(item.link), `/?p=${item.postId}`, kind === 'page' ? `/?page_id=${item.postId}` : null].filter((p): p is string => p !== null && p !== '/') : []
        return { item, kind, article, sum: checksum(article), oldPaths } as const
      }

      for await (const record of readWxr(stream(file))) {
        if (record.kind !== 'item' || (record.postType !== 'post' && record.postType !== 'page')) {
          if (record.kind === 'item' && record.postType !== 'attachment') report.skippedTypes[record.postType] = (report.skippedTypes[record.postType] ?? 0) + 1
          continue
        }
        batch.push(record)
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
  const walk = (nodes: BlockNode[]) => {
    for (const node of nodes) {
      if (node.type === 'image') node.attrs.src = mediaFor(node.attrs.src)
    }
  }
  walk(doc.content)
}

function count(into: Record<string, number>, p: { kind: 'post' | 'page'; article: ImportedArticle }): void {
  const key = `${p.kind === 'page' ? 'page' : 'article'}:${p.article.status}`
  into[key] = (into[key] ?? 0) + 1
}
