/**
 * `newsdesk import ghost FILE.json`: a Ghost 4/5 JSON export (Settings → Labs → Export). Posts
 * and pages come in through the HTML Ghost rendered from their Lexical or mobiledoc body, with
 * their statuses, tags (the first is the primary tag), authors in byline order, feature image
 * (alt and caption from posts_meta), SEO and canonical fields. Content for members only comes in
 * as a draft and is reported: Newsdesk has no paywall, and it must never become public by moving.
 * Ghost's permalinks (`/slug/`, `/tag/x/`) already match ours; `/author/x/` moves to `/auteur/x/`.
 */
import { readFileSync } from 'node:fs'
import { AppError } from '../../errors.js'
import { htmlToDocument } from '../../../shared/document/index.js'
import type { ModuleContext } from '../context.js'
import type { ArticleStatus, ImportedArticle } from '../articles/index.js'
import type { MediaService } from '../media/index.js'
import { emptyReport, type ImportReport } from './import.report.js'
import { createImportWriter, toSlug, type ArticleSource, type Ref } from './import.writer.js'

export interface GhostImportOptions {
  /** A local copy of Ghost's content/images folder: images are copied into the media library. */
  imagesDir?: string
  dryRun?: boolean
  batchSize?: number
  onProgress?: (done: number, total: number) => void
}

interface GhostPost {
  id: string
  title: string | null
  slug: string
  html: string | null
  plaintext?: string | null
  feature_image: string | null
  featured: number | boolean
  type: 'post' | 'page'
  status: string
  visibility: string
  created_at: string
  updated_at: string | null
  published_at: string | null
  custom_excerpt: string | null
  canonical_url: string | null
  meta_title?: string | null
  meta_description?: string | null
}

interface GhostData {
  posts?: GhostPost[]
  posts_meta?: { post_id: string; feature_image_alt: string | null; feature_image_caption: string | null; meta_title: string | null; meta_description: string | null }[]
  tags?: { id: string; name: string; slug: string; description: string | null }[]
  posts_tags?: { post_id: string; tag_id: string; sort_order: number }[]
  users?: { id: string; name: string; slug: string; email: string; bio: string | null; website: string | null }[]
  posts_authors?: { post_id: string; author_id: string; sort_order: number }[]
  settings?: { key: string; value: string | null }[]
}

const statusMap: Record<string, ArticleStatus> = { published: 'published', scheduled: 'scheduled', draft: 'draft', sent: 'published' }

/** Ghost writes "2026-11-26 17:18:14" (UTC) in exports, or ISO 8601. */
function ghostDate(value: string | null | undefined): number | null {
  if (!value) return null
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(' ', 'T')}Z` : value
  const ms = Date.parse(iso)
  return Number.isFinite(ms) ? ms : null
}

function readExport(file: string): { version: string; data: GhostData } {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new AppError('BAD_REQUEST', 'This is not a Ghost export: the file is not JSON.')
  }
  const root = parsed as { db?: { meta?: { version?: string }; data?: GhostData }[]; meta?: { version?: string }; data?: GhostData }
  // Ghost wraps the export in {db: [{meta, data}]}; older tools write {meta, data}.
  const db = Array.isArray(root?.db) ? root.db[0] : root
  if (!db?.data || !Array.isArray(db.data.posts)) throw new AppError('BAD_REQUEST', 'This is not a Ghost export: no posts found.')
  return { version: db.meta?.version ?? '', data: db.data }
}

export function createGhostImporter(ctx: ModuleContext, deps: { media: MediaService }) {
  return {
    async importFile(file: string, options: GhostImportOptions = {}): Promise<ImportReport> {
      const dryRun = options.dryRun ?? false
      const batchSize = options.batchSize ?? 200
      const { data } = readExport(file)
      const setting = (key: string) => data.settings?.find((s) => s.key === key)?.value ?? ''
      const siteName = setting('title')
      const report = emptyReport(`ghost:${siteName || 'site'}`, dryRun)
      const writer = createImportWriter(ctx, { media: deps.media, source: report.source, report, dryRun })
      const redirects: { fromPath: string; toPath: string }[] = []

      const people = new Map<string, Ref>()
      for (const user of data.users ?? []) {
        const person = await writer.person({ sourceId: user.id, email: user.email, name: user.name, slug: user.slug, bio: user.bio, website: user.website, declared: true })
        people.set(user.id, person)
        redirects.push({ fromPath: `/author/${user.slug}/`, toPath: `/${writer.routes.author}/${person.slug}/` })
      }
      const tags = new Map<string, Ref>()
      for (const tag of data.tags ?? []) {
        const ref = await writer.tag({ sourceId: tag.id, name: tag.name, slug: tag.slug, description: tag.description })
        tags.set(tag.id, ref)
        redirects.push({ fromPath: `/tag/${tag.slug}/`, toPath: `/${writer.routes.tag}/${ref.slug}/` })
      }

      // Images under /content/images/ come from a local copy when one is given.
      const images = new Map<string, string>()
      const localImage = async (src: string | null): Promise<string | null> => {
        if (!src) return null
        const relative = /(?:__GHOST_URL__|^https?:\/\/[^/]+)?\/content\/images\/(.+)$/.exec(src)?.[1]
        if (!relative) return src
        if (!options.imagesDir) {
          if (src.startsWith('__GHOST_URL__')) report.media.missing.push(src)
          else report.media.external += 1
          return src.startsWith('__GHOST_URL__') ? null : src
        }
        if (!images.has(relative)) {
          const url = await writer.media(`image:${relative}`, options.imagesDir, relative, { alt: '', caption: null }, src)
          if (url) {
            images.set(relative, url)
            redirects.push({ fromPath: `/content/images/${relative}`, toPath: url })
          }
        }
        return images.get(relative) ?? null
      }

      const tagsOf = new Map<string, { id: string; order: number }[]>()
      for (const link of data.posts_tags ?? []) tagsOf.set(link.post_id, [...(tagsOf.get(link.post_id) ?? []), { id: link.tag_id, order: link.sort_order }])
      const authorsOf = new Map<string, { id: string; order: number }[]>()
      for (const link of data.posts_authors ?? []) authorsOf.set(link.post_id, [...(authorsOf.get(link.post_id) ?? []), { id: link.author_id, order: link.sort_order }])
      const metaOf = new Map((data.posts_meta ?? []).map((m) => [m.post_id, m]))
      const ordered = <T extends { order: number }>(links: T[] | undefined): T[] => [...(links ?? [])].sort((a, b) => a.order - b.order)

      const prepare = async (post: GhostPost): Promise<ArticleSource | null> => {
        let status = statusMap[post.status]
        if (!status) {
          report.skippedTypes[`${post.type}:${post.status}`] = (report.skippedTypes[`${post.type}:${post.status}`] ?? 0) + 1
          return null
        }
        if (post.visibility !== 'public') {
          status = 'draft'
          report.notPublic.push({ sourceId: post.id, title: post.title ?? '', reason: 'members' })
        }
        const html = (post.html ?? '').replace(/__GHOST_URL__\/content\/images\//g, '/content/images/')
        const { doc, dropped } = htmlToDocument(html)
        for (const [key, n] of Object.entries(dropped)) report.dropped[key] = (report.dropped[key] ?? 0) + n
        for (const node of doc.content) if (node.type === 'image') node.attrs.src = (await localImage(node.attrs.src)) ?? node.attrs.src
        const meta = metaOf.get(post.id)
        const feature = await localImage(post.feature_image)
        const title = post.title?.trim() || `(${post.type} ${post.id})`
        const date = ghostDate(post.published_at) ?? ghostDate(post.created_at) ?? ctx.now()
        const article: ImportedArticle = {
          input: {
            type: post.type === 'page' ? 'page' : 'article',
            title: title.slice(0, 300),
            standfirst: post.custom_excerpt?.trim().slice(0, 1000) || null,
            doc,
            featureImage: feature ? { src: feature, alt: meta?.feature_image_alt ?? '', caption: meta?.feature_image_caption?.replace(/<[^>]+>/g, '') || null } : null,
            featured: Boolean(post.featured),
            seo: {
              title: (meta?.meta_title ?? post.meta_title)?.slice(0, 300) || null,
              description: (meta?.meta_description ?? post.meta_description)?.slice(0, 500) || null,
              canonicalUrl: post.canonical_url && /^https?:\/\//.test(post.canonical_url) ? post.canonical_url : null,
            },
          },
          slug: toSlug(post.slug, title, ctx.locale),
          status,
          publishedAt: status === 'published' ? date : null,
          scheduledAt: status === 'scheduled' ? date : null,
          createdAt: ghostDate(post.created_at) ?? date,
          updatedAt: Math.max(ghostDate(post.updated_at) ?? date, date),
          tagIds: ordered(tagsOf.get(post.id)).map((l) => tags.get(l.id)?.id).filter((id): id is string => id !== undefined).slice(0, 20),
          authorIds: ordered(authorsOf.get(post.id)).map((l) => people.get(l.id)?.id).filter((id): id is string => id !== undefined).slice(0, 10),
        }
        writer.check(article)
        // Ghost's permalink is /slug/ already; it only moves when the slug had to change.
        const oldPaths = status === 'published' || status === 'scheduled' ? [`/${post.slug}/`] : []
        return { sourceId: post.id, kind: post.type === 'page' ? 'page' : 'post', article, ownSlug: true, oldPaths }
      }

      const posts = data.posts ?? []
      let batch: ArticleSource[] = []
      for (let i = 0; i < posts.length; i += 1) {
        const post = posts[i]!
        try {
          const prepared = await prepare(post)
          if (prepared) batch.push(prepared)
        } catch (error) {
          report.skipped.push({ sourceId: post.id, type: post.type, reason: error instanceof Error ? error.message : String(error) })
        }
        if (batch.length >= batchSize || i === posts.length - 1) {
          await writer.articles(batch)
          batch = []
          options.onProgress?.(i + 1, posts.length)
        }
      }
      await writer.redirects(redirects)
      return report
    },
  }
}
