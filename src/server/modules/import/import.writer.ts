/**
 * What every importer writes, the same way: people, tags and media found or created once and
 * remembered in `import_sources`; articles in batches, each batch one transaction with its
 * redirects and source rows; an unchanged item left alone, an edited one overwritten (keeping its
 * address unless the source gave it a new slug), a broken one reported and skipped.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { basename, join, normalize, sep } from 'node:path'
import { inTransaction, type Executor } from '../../db/index.js'
import { isValidSlug, maxSlugLength, slugify } from '../../../shared/slug.js'
import { messages } from '../../../shared/i18n/index.js'
import type { ModuleContext } from '../context.js'
import { createArticleImporter, type ImportedArticle } from '../articles/index.js'
import type { MediaService } from '../media/index.js'
import { createPeopleService, systemActor } from '../people/index.js'
import { redirectKey } from '../redirects/index.js'
import { createTagsService } from '../tags/index.js'
import { articleSlugs, existingIds, findSources, saveRedirects, saveSources, takenArticleSlugs } from './import.repository.js'
import type { ImportReport } from './import.report.js'
import type { ImportSourceTable } from './import.table.js'

const actor = systemActor('import')

export interface Ref {
  id: string
  slug: string
}

export interface PersonSource {
  sourceId: string
  email: string | null
  name: string
  slug: string
  bio?: string | null
  website?: string | null
  /** Declared by the export (not only named in a byline). */
  declared: boolean
}

export interface TagSource {
  sourceId: string
  name: string
  slug: string
  description: string | null
}

export interface ArticleSource {
  sourceId: string
  kind: 'post' | 'page'
  article: ImportedArticle
  /** The source named the slug itself (else it was made from the title and is kept on updates). */
  ownSlug: boolean
  /** Paths the item had at the source, answered with a 301 to its new one. */
  oldPaths: string[]
}

/** Text without tags, for captions and excerpts. */
export const plainText = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()

/** A slug from another system (possibly percent-encoded, possibly with a .html some plugins add) as one of ours. */
export function toSlug(raw: string, fallback: string, locale: 'nl' | 'en'): string {
  let text = raw.replace(/\.(html?|php)$/i, '')
  try {
    text = decodeURIComponent(text)
  } catch {
    // keep it as it is
  }
  const slug = isValidSlug(text) ? text : slugify(text, locale)
  return (slug || slugify(fallback, locale) || 'artikel').slice(0, maxSlugLength).replace(/-+$/, '')
}

/** The path (and query) of an old URL, keyed as the redirects table keys paths. */
export function pathOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url, 'http://x')
  } catch {
    return null
  }
  const path = redirectKey(parsed.pathname)
  return path === null ? null : path + parsed.search
}

export const checksum = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22)

function countInto(into: Record<string, number>, item: ArticleSource): void {
  const key = `${item.kind === 'page' ? 'page' : 'article'}:${item.article.status}`
  into[key] = (into[key] ?? 0) + 1
}

export function createImportWriter(ctx: ModuleContext, deps: { media: MediaService; source: string; report: ImportReport; dryRun: boolean }) {
  const { source, report, dryRun } = deps
  const articles = createArticleImporter(ctx)
  const people = createPeopleService(ctx)
  const tags = createTagsService(ctx)
  const routes = messages(ctx.locale).routes
  const tagsByName = new Map<string, Ref>()
  const usedSlugs = new Set<string>()

  const remember = async (kind: ImportSourceTable['kind'], sourceId: string, targetId: string, sum = '') => {
    if (!dryRun) await saveSources(ctx.db, [{ source, kind, sourceId, targetId, checksum: sum, importedAt: ctx.now() }])
  }

  return {
    routes,

    /** Finds (by source id, then by email) or creates a person; imported people have no password. */
    async person(input: PersonSource): Promise<Ref> {
      const mapped = (await findSources(ctx.db, source, 'author', [input.sourceId])).get(input.sourceId)
      if (mapped && (await existingIds(ctx.db, 'users', [mapped.targetId])).has(mapped.targetId)) {
        report.people.existing += 1
        const person = await people.getPerson(mapped.targetId)
        return { id: person.id, slug: person.slug }
      }
      if (!input.declared) report.people.undeclared += 1
      const slug = toSlug(input.slug, input.name, ctx.locale)
      const email = (input.email || `${slug}@import.invalid`).trim().toLowerCase()
      const existing = await people.findLogin(email)
      let ref: Ref
      if (existing) {
        report.people.existing += 1
        ref = { id: existing.person.id, slug: existing.person.slug }
      } else if (dryRun) {
        report.people.created += 1
        ref = { id: `dry-run:${input.sourceId}`, slug }
      } else {
        const website = input.website && /^https?:\/\//.test(input.website) ? input.website : null
        const person = await people.createUser({ email, name: input.name.slice(0, 200) || slug, role: 'author', slug, bio: input.bio?.slice(0, 1000) || null, website })
        report.people.created += 1
        ref = { id: person.id, slug: person.slug }
      }
      await remember('author', input.sourceId, ref.id)
      return ref
    },

    /** Finds (by source id, by name, by slug with the same name) or creates a tag; one tag per name. */
    async tag(input: TagSource): Promise<Ref> {
      const nameKey = input.name.trim().toLowerCase()
      let ref = tagsByName.get(nameKey)
      if (!ref) {
        const mapped = (await findSources(ctx.db, source, 'term', [input.sourceId])).get(input.sourceId)
        if (mapped && (await existingIds(ctx.db, 'tags', [mapped.targetId])).has(mapped.targetId)) {
          const current = await tags.getTag(mapped.targetId)
          ref = { id: current.id, slug: current.slug }
          report.tags.existing += 1
        }
      } else report.tags.existing += 1
      if (!ref) {
        const slug = toSlug(input.slug, input.name, ctx.locale)
        const existing = await tags.findTagBySlug(slug)
        if (existing && existing.name.toLowerCase() === nameKey) {
          ref = { id: existing.id, slug: existing.slug }
          report.tags.existing += 1
        } else if (dryRun) {
          ref = { id: `dry-run:${input.sourceId}`, slug }
          report.tags.created += 1
        } else {
          // A different tag holds the slug: the new one gets the next free one (createTag picks it).
          const created = await tags.createTag({ name: input.name.slice(0, 100) || slug, slug: existing ? undefined : slug, description: input.description || null })
          ref = { id: created.id, slug: created.slug }
          report.tags.created += 1
        }
      }
      tagsByName.set(nameKey, ref)
      await remember('term', input.sourceId, ref.id)
      return ref
    },

    /**
     * Copies an image from a local folder into the media library (once: a re-run finds it by its
     * source id); null when there is no such file or it is not an image (reported).
     */
    async media(sourceId: string, root: string, relative: string, text: { alt: string; caption: string | null }, originalUrl: string): Promise<string | null> {
      const base = normalize(root)
      const local = normalize(join(base, relative))
      if (!local.startsWith(base + sep) || !existsSync(local)) {
        report.media.missing.push(originalUrl)
        return null
      }
      const mapped = (await findSources(ctx.db, source, 'attachment', [sourceId])).get(sourceId)
      if (mapped) {
        const url = await deps.media.getMedia(mapped.targetId).then(
          (m) => m.url,
          () => null,
        )
        if (url) {
          report.media.existing += 1
          return url
        }
      }
      if (dryRun) return null
      try {
        const media = await deps.media.uploadImage(actor, { bytes: readFileSync(local), filename: basename(local), alt: text.alt, caption: text.caption })
        await remember('attachment', sourceId, media.id)
        report.media.copied += 1
        return media.url
      } catch (error) {
        report.skipped.push({ sourceId, type: 'attachment', reason: error instanceof Error ? error.message : String(error) })
        return null
      }
    },

    async redirects(list: { fromPath: string; toPath: string }[]): Promise<void> {
      const real = list.filter((r) => r.fromPath !== r.toPath)
      if (!dryRun && real.length > 0) await inTransaction(ctx.db, (trx) => saveRedirects(trx, real, ctx.now()))
      report.redirects += real.length
    },

    /** Throws the 422 an article would fail with; the importer reports it and skips the item. */
    check(article: ImportedArticle): void {
      articles.checkImported(article)
    },

    /** Writes a batch in one transaction: new items inserted, edited ones overwritten, unchanged ones left. */
    async articles(batch: ArticleSource[]): Promise<void> {
      // What each item was when read, before slugs are adjusted below: the next run compares against it.
      const sums = new Map(batch.map((item) => [item, checksum(item.article)]))
      const write = async (trx: Executor) => {
        const known = new Map<string, ImportSourceTable>()
        for (const kind of ['post', 'page'] as const) {
          const ids = batch.filter((b) => b.kind === kind).map((b) => b.sourceId)
          for (const [id, row] of await findSources(trx, source, kind, ids)) known.set(`${kind}:${id}`, row)
        }
        // The mapped articles that still exist, with their slugs (an edited item keeps its address).
        const currentSlugs = await articleSlugs(trx, [...known.values()].map((k) => k.targetId))
        const mappedOf = (item: ArticleSource) => {
          const mapped = known.get(`${item.kind}:${item.sourceId}`)
          return mapped && currentSlugs.has(mapped.targetId) ? mapped : undefined
        }
        const fresh = batch.filter((item) => !mappedOf(item))
        const taken = await takenArticleSlugs(trx, fresh.map((item) => item.article.slug))
        for (const item of fresh) {
          const base = item.article.slug
          let slug = base
          for (let n = 2; taken.has(slug) || usedSlugs.has(slug); n += 1) slug = `${base.slice(0, maxSlugLength - String(n).length - 1)}-${n}`
          if (slug !== base) report.renamedSlugs += 1
          item.article.slug = slug
          usedSlugs.add(slug)
        }
        const sources: ImportSourceTable[] = []
        const moved: { fromPath: string; toPath: string }[] = []
        if (fresh.length > 0 && !dryRun) {
          const ids = await articles.insertImported(trx, fresh.map((item) => item.article))
          fresh.forEach((item, i) => sources.push({ source, kind: item.kind, sourceId: item.sourceId, targetId: ids[i]!, checksum: sums.get(item)!, importedAt: ctx.now() }))
        }
        for (const item of fresh) countInto(report.created, item)

        for (const item of batch) {
          const mapped = mappedOf(item)
          if (!mapped) continue
          if (mapped.checksum === sums.get(item)) {
            countInto(report.unchanged, item)
            continue
          }
          // An edited item keeps its address unless the source gave it a new slug itself.
          const current = currentSlugs.get(mapped.targetId) ?? item.article.slug
          if (!item.ownSlug || item.article.slug === current) item.article.slug = current
          else if ((await takenArticleSlugs(trx, [item.article.slug])).has(item.article.slug) || usedSlugs.has(item.article.slug)) item.article.slug = current
          else moved.push({ fromPath: `/${current}/`, toPath: `/${item.article.slug}/` })
          if (!dryRun) {
            await articles.replaceImported(trx, mapped.targetId, item.article)
            sources.push({ source, kind: item.kind, sourceId: item.sourceId, targetId: mapped.targetId, checksum: sums.get(item)!, importedAt: ctx.now() })
          }
          countInto(report.updated, item)
        }
        const redirects = [...moved, ...batch.flatMap((item) => item.oldPaths.map((fromPath) => ({ fromPath, toPath: `/${item.article.slug}/` })))].filter((r) => r.fromPath !== r.toPath)
        if (!dryRun) {
          await saveSources(trx, sources)
          await saveRedirects(trx, redirects, ctx.now())
          if (sources.length > 0) await articles.recordImport(trx, actor, sources.length)
        }
        report.redirects += redirects.length
      }
      if (dryRun) await write(ctx.db)
      else await inTransaction(ctx.db, write)
    },
  }
}

export type ImportWriter = ReturnType<typeof createImportWriter>
