/**
 * Bulk writes for imports and synthetic benchmark data: multi-row inserts, the search index
 * written in the same transaction, one outbox event per batch. `importPublished` runs its own
 * transaction; `insertImported` and `replaceImported` run in the caller's, so an importer can
 * write articles, redirects and its source map together.
 */
import { inTransaction } from '../../db/index.js'
import { AppError } from '../../errors.js'
import { messages } from '../../../shared/i18n/index.js'
import { newId } from '../../../shared/ids.js'
import { isValidSlug } from '../../../shared/slug.js'
import type { ModuleContext } from '../context.js'
import { appendEvent, eventTypes } from '../events/index.js'
import { createPeopleService, type Actor } from '../people/index.js'
import { indexArticles } from '../search/index.js'
import { createTagsService } from '../tags/index.js'
import { checkArticleInput, newArticleRow, type ArticleInput } from './article.input.js'
import { existingSlugs, findArticleById, insertArticles, insertRelations, replaceArticleAuthors, replaceArticleTags, updateArticleRow } from './article.repository.js'
import type { ArticleStatus, ArticleTable } from './article.table.js'
import type { Executor } from '../../db/index.js'

export type PublishedInput = ArticleInput & { slug: string; publishedAt: number }

/** An article from another system, with its tags and authors already resolved to ids. */
export interface ImportedArticle {
  input: ArticleInput
  slug: string
  status: ArticleStatus
  publishedAt: number | null
  scheduledAt: number | null
  createdAt: number
  updatedAt: number
  tagIds: string[]
  authorIds: string[]
}

export function createArticleImporter(ctx: ModuleContext) {
  const tags = createTagsService(ctx)
  const people = createPeopleService(ctx)
  const viewOn = messages(ctx.locale).site.viewOn

  /** The stored row for an imported article (checked input, derived body fields, its times). */
  function importedRow(article: ImportedArticle, id: string): ArticleTable {
    const doc = checkArticleInput(article.input, true)
    if (!isValidSlug(article.slug)) throw new AppError('VALIDATION_FAILED', `slug: "${article.slug}" is not a valid slug`, 'slug')
    const row = newArticleRow({ ...article.input, publishedAt: article.publishedAt ?? undefined }, doc, { id, slug: article.slug, status: article.status, createdAt: article.createdAt, actorId: null, viewOn })
    return { ...row, scheduledAt: article.scheduledAt, updatedAt: article.updatedAt }
  }

  return {
    /** Throws the 422 an imported article would fail with, before any transaction starts. */
    checkImported(article: ImportedArticle): void {
      importedRow(article, 'check')
    },

    /** Inserts imported articles in the caller's transaction; the caller has checked their slugs are free. */
    async insertImported(trx: Executor, articles: ImportedArticle[]): Promise<string[]> {
      const rows = articles.map((article) => importedRow(article, newId(article.publishedAt ?? article.createdAt)))
      for (let i = 0; i < rows.length; i += 200) await insertArticles(trx, rows.slice(i, i + 200))
      const tagLinks = rows.flatMap((row, i) => [...new Set(articles[i]!.tagIds)].map((tagId, position) => ({ articleId: row.id, tagId, position })))
      const authorLinks = rows.flatMap((row, i) => [...new Set(articles[i]!.authorIds)].map((userId, position) => ({ articleId: row.id, userId, position })))
      for (let i = 0; i < Math.max(tagLinks.length, authorLinks.length); i += 1000) await insertRelations(trx, tagLinks.slice(i, i + 1000), authorLinks.slice(i, i + 1000))
      await indexArticles(trx, rows.map((r) => r.id))
      return rows.map((r) => r.id)
    },

    /** Overwrites an imported article with what the source holds now (a re-run found it edited there). */
    async replaceImported(trx: Executor, id: string, article: ImportedArticle): Promise<boolean> {
      const current = await findArticleById(trx, id)
      if (!current) return false
      const row: Partial<ArticleTable> = importedRow(article, id)
      // The row keeps its identity, author of record and revision line.
      delete row.id
      delete row.uuid
      delete row.createdBy
      await updateArticleRow(trx, id, current.revision, { ...row, revision: current.revision + 1 })
      await replaceArticleTags(trx, id, [...new Set(article.tagIds)])
      await replaceArticleAuthors(trx, id, [...new Set(article.authorIds)])
      await indexArticles(trx, [id])
      return true
    },

    /** One outbox event for a batch: every process purges its caches once. */
    async recordImport(trx: Executor, actor: Actor, count: number): Promise<void> {
      await appendEvent(trx, { type: eventTypes.articlesImported, subjectId: null, payload: { count, by: actor.kind === 'system' ? actor.name : actor.id }, createdAt: ctx.now() })
    },

    /** Inserts the batch as published articles; all or nothing. Returns the new ids. */
    async importPublished(actor: Actor, inputs: PublishedInput[]): Promise<string[]> {
      const docs = inputs.map((input) => checkArticleInput(input, true))
      for (const input of inputs) if (!isValidSlug(input.slug)) throw new AppError('VALIDATION_FAILED', `slug: "${input.slug}" is not a valid slug`, 'slug')
      return inTransaction(ctx.db, async (trx) => {
        const clash = await existingSlugs(trx, inputs.map((i) => i.slug))
        if (clash.length > 0) throw new AppError('SLUG_TAKEN', `slug: "${clash[0]}" is already in use`, 'slug')
        const tagIds = new Map<string, string>()
        const authorIds = new Map<string, string>()
        const tagRefs = [...new Set(inputs.flatMap((i) => i.tags ?? []))]
        const authorRefs = [...new Set(inputs.flatMap((i) => i.authors ?? []))]
        for (const ref of tagRefs) {
          const [tag] = await tags.resolveTags(trx, [ref], true)
          if (tag) tagIds.set(ref, tag.id)
        }
        const foundAuthors = await people.resolveAuthors(trx, authorRefs)
        authorRefs.forEach((ref, i) => authorIds.set(ref, foundAuthors[i]?.id ?? ''))

        const now = ctx.now()
        const rows: ArticleTable[] = []
        const tagLinks: { articleId: string; tagId: string; position: number }[] = []
        const authorLinks: { articleId: string; userId: string; position: number }[] = []
        inputs.forEach((input, index) => {
          const id = newId(input.publishedAt)
          rows.push(newArticleRow(input, docs[index], { id, slug: input.slug, status: 'published', createdAt: input.publishedAt, actorId: null, viewOn }))
          uniqueIds(input.tags, tagIds).forEach((tagId, position) => tagLinks.push({ articleId: id, tagId, position }))
          uniqueIds(input.authors, authorIds).forEach((userId, position) => authorLinks.push({ articleId: id, userId, position }))
        })
        // Chunks keep each statement under both dialects' bound-parameter limits.
        for (let i = 0; i < rows.length; i += 200) await insertArticles(trx, rows.slice(i, i + 200))
        for (let i = 0; i < Math.max(tagLinks.length, authorLinks.length); i += 1000) {
          await insertRelations(trx, tagLinks.slice(i, i + 1000), authorLinks.slice(i, i + 1000))
        }
        await indexArticles(trx, rows.map((r) => r.id))
        await appendEvent(trx, {
          type: eventTypes.articlesImported,
          subjectId: null,
          payload: { count: rows.length, by: actor.kind === 'system' ? actor.name : actor.id },
          createdAt: now,
        })
        return rows.map((r) => r.id)
      })
    },
  }
}

/** The ids that references resolve to, in order, each once. */
function uniqueIds(refs: readonly string[] | undefined, ids: Map<string, string>): string[] {
  return [...new Set((refs ?? []).map((ref) => ids.get(ref)).filter((id): id is string => id !== undefined))]
}
