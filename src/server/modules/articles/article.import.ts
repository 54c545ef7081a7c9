/**
 * Bulk insert of already-published articles (synthetic benchmark data, imports): one
 * transaction per batch, multi-row inserts, the search index written in the same transaction,
 * one outbox event per batch.
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
import { existingSlugs, insertArticles, insertRelations } from './article.repository.js'
import type { ArticleTable } from './article.table.js'

export type PublishedInput = ArticleInput & { slug: string; publishedAt: number }

export function createArticleImporter(ctx: ModuleContext) {
  const tags = createTagsService(ctx)
  const people = createPeopleService(ctx)
  const viewOn = messages(ctx.locale).site.viewOn

  return {
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
