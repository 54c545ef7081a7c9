/** Tags: created on first use by name, found by slug or name. */
import { inTransaction, type Executor } from '../../db/index.js'
import { AppError, validationError } from '../../errors.js'
import { newId } from '../../../shared/ids.js'
import { isValidSlug, slugify } from '../../../shared/slug.js'
import type { ModuleContext } from '../context.js'
import { appendEvent, eventTypes } from '../events/index.js'
import { moveRedirect } from '../redirects/index.js'
import { indexArticles, listArticleIdsWith, reindexArticlesWith } from '../search/index.js'
import { countTagUse, deleteTagRow, findTagById, findTagBySlug, findTagsBySlugsOrNames, insertTag, listTags, slugsStartingWith, updateTagRow, type TagRow } from './tag.repository.js'

export interface Tag {
  id: string
  slug: string
  name: string
  description: string | null
  visibility: 'public' | 'internal'
  seoTitle: string | null
  seoDescription: string | null
}

export interface TagInput {
  name: string
  slug?: string
  description?: string | null
}

export interface TagUpdate {
  name?: string
  slug?: string
  description?: string | null
  seoTitle?: string | null
  seoDescription?: string | null
}

export function presentTag(row: TagRow): Tag {
  const { id, slug, name, description, visibility, seoTitle, seoDescription } = row
  return { id, slug, name, description, visibility, seoTitle, seoDescription }
}

export function createTagsService(ctx: ModuleContext) {
  async function createTagIn(trx: Executor, input: TagInput): Promise<Tag> {
    const name = input.name.trim()
    if (name === '' || name.length > 100) throw validationError([{ field: 'name', message: 'a tag name has 1 to 100 characters' }])
    if (input.slug !== undefined && !isValidSlug(input.slug)) throw validationError([{ field: 'slug', message: 'use lowercase letters, digits and dashes' }])
    const base = input.slug ?? (slugify(name, ctx.locale) || 'tag')
    const taken = await slugsStartingWith(trx, base)
    if (input.slug !== undefined && taken.has(base)) throw new AppError('SLUG_TAKEN', undefined, 'slug')
    let slug = base
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`
    const now = ctx.now()
    const row: TagRow = {
      id: newId(now),
      slug,
      name,
      description: input.description ?? null,
      visibility: name.startsWith('#') ? 'internal' : 'public',
      seoTitle: null,
      seoDescription: null,
      createdAt: now,
      updatedAt: now,
    }
    await insertTag(trx, row)
    await appendEvent(trx, { type: eventTypes.tagChanged, subjectId: row.id, payload: { slug, visible: true }, createdAt: now })
    return presentTag(row)
  }

  return {
    createTag: (input: TagInput) => inTransaction(ctx.db, (trx) => createTagIn(trx, input)),

    /**
     * Resolves tag references (slugs or names) in the order given, dropping repeats. Unknown
     * names are created when `create` is true, else they are a 422.
     */
    async resolveTags(trx: Executor, refs: readonly string[], create: boolean): Promise<Tag[]> {
      const cleaned = [...new Set(refs.map((r) => r.trim()).filter(Boolean))]
      const found = await findTagsBySlugsOrNames(trx, cleaned, cleaned)
      const result: Tag[] = []
      for (const ref of cleaned) {
        const lower = ref.toLowerCase()
        const row = found.find((t) => t.slug === ref) ?? found.find((t) => t.name.toLowerCase() === lower)
        let tag = row ? presentTag(row) : undefined
        if (!tag) {
          if (!create) throw validationError([{ field: 'tags', message: `unknown tag "${ref}"` }])
          tag = await createTagIn(trx, { name: ref })
          found.push({ ...tag, createdAt: 0, updatedAt: 0 })
        }
        if (!result.some((t) => t.id === tag.id)) result.push(tag)
      }
      return result
    },

    findTagBySlug: async (slug: string): Promise<Tag | null> => {
      const row = await findTagBySlug(ctx.db, slug)
      return row ? presentTag(row) : null
    },

    async getTagBySlug(slug: string): Promise<Tag> {
      const row = await findTagBySlug(ctx.db, slug)
      if (!row) throw new AppError('TAG_NOT_FOUND')
      return presentTag(row)
    },

    listTags: async (): Promise<Tag[]> => (await listTags(ctx.db)).map(presentTag),

    /** Every tag with the number of articles filed under it. */
    async listTagsWithUse(): Promise<(Tag & { articles: number })[]> {
      const [rows, use] = await Promise.all([listTags(ctx.db), countTagUse(ctx.db)])
      return rows.map((row) => ({ ...presentTag(row), articles: use.get(row.id) ?? 0 }))
    },

    async getTag(id: string): Promise<Tag> {
      const row = await findTagById(ctx.db, id)
      if (!row) throw new AppError('TAG_NOT_FOUND')
      return presentTag(row)
    },

    /** Renames or re-describes a tag; a new slug leaves a 301 from the old tag page. */
    async updateTag(id: string, patch: TagUpdate): Promise<Tag> {
      return inTransaction(ctx.db, async (trx) => {
        const row = await findTagById(trx, id)
        if (!row) throw new AppError('TAG_NOT_FOUND')
        const name = patch.name?.trim() ?? row.name
        if (name === '' || name.length > 100) throw validationError([{ field: 'name', message: 'a tag name has 1 to 100 characters' }])
        if (patch.slug !== undefined && !isValidSlug(patch.slug)) throw validationError([{ field: 'slug', message: 'use lowercase letters, digits and dashes' }])
        const slug = patch.slug ?? row.slug
        if (slug !== row.slug && (await findTagBySlug(trx, slug))) throw new AppError('SLUG_TAKEN', undefined, 'slug')
        const now = ctx.now()
        const next: TagRow = {
          ...row,
          name,
          slug,
          visibility: name.startsWith('#') ? 'internal' : 'public',
          description: patch.description !== undefined ? patch.description : row.description,
          seoTitle: patch.seoTitle !== undefined ? patch.seoTitle : row.seoTitle,
          seoDescription: patch.seoDescription !== undefined ? patch.seoDescription : row.seoDescription,
          updatedAt: now,
        }
        await updateTagRow(trx, id, next)
        // Readers find articles by their (public) tags' names.
        if (next.name !== row.name) await reindexArticlesWith(trx, { tagId: id })
        if (slug !== row.slug) await moveRedirect(trx, `/tag/${row.slug}/`, `/tag/${slug}/`, now)
        await appendEvent(trx, { type: eventTypes.tagChanged, subjectId: id, payload: { slug, previousSlug: row.slug, visible: true }, createdAt: now })
        return presentTag(next)
      })
    },

    /** Removes a tag from every article that carried it. */
    async deleteTag(id: string): Promise<void> {
      await inTransaction(ctx.db, async (trx) => {
        const row = await findTagById(trx, id)
        if (!row) throw new AppError('TAG_NOT_FOUND')
        const tagged = await listArticleIdsWith(trx, { tagId: id })
        await deleteTagRow(trx, id)
        await indexArticles(trx, tagged)
        await appendEvent(trx, { type: eventTypes.tagChanged, subjectId: id, payload: { slug: row.slug, deleted: true, visible: true }, createdAt: ctx.now() })
      })
    },
  }
}

export type TagsService = ReturnType<typeof createTagsService>
