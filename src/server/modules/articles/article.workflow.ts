/**
 * Moving articles through the workflow: submit, publish, schedule, unpublish, archive, delete,
 * and the scheduler's `publishDue`, which fires every due article exactly once even when several
 * processes run it at the same moment (the revision-guarded save lets only one of them win; on
 * PostgreSQL SKIP LOCKED keeps the others from even waiting).
 */
import { inTransaction } from '../../db/index.js'
import { AppError, validationError } from '../../errors.js'
import type { ModuleContext } from '../context.js'
import { appendEvent, eventTypes } from '../events/index.js'
import { systemActor, type Actor } from '../people/index.js'
import type { ArticleCore } from './article.core.js'
import type { Article } from './article.model.js'
import { canDeleteArticle, canEditArticle, canPublishArticle, canReadArticle } from './article.policy.js'
import { deleteArticleRow, findDueScheduled, lockDueArticle } from './article.repository.js'
import type { ArticleStatus, ArticleTable } from './article.table.js'

type Rule = (actor: Actor, article: Article) => boolean

/** Every image a reader will see has alt text before it goes out. */
export function checkReadyToPublish(article: Article): void {
  const problems: { field: string; message: string }[] = []
  if (article.featureImage && article.featureImage.alt.trim() === '') problems.push({ field: 'featureImage.alt', message: 'the feature image needs alt text before publishing' })
  article.doc.content.forEach((node, i) => {
    if (node.type === 'image' && node.attrs.alt.trim() === '') problems.push({ field: `doc.content.${i}.attrs.alt`, message: 'every image needs alt text before publishing' })
  })
  if (problems.length > 0) throw validationError(problems)
}

export function createArticleWorkflow(ctx: ModuleContext, core: ArticleCore) {
  async function change(actor: Actor, id: string, to: ArticleStatus, allowed: Rule, patch: (current: Article) => Partial<ArticleTable>, event: string, revision?: number): Promise<Article> {
    return inTransaction(ctx.db, async (trx) => {
      const current = await core.load(trx, id)
      if (!canReadArticle(actor, current)) throw new AppError('ARTICLE_NOT_FOUND')
      if (!allowed(actor, current)) throw new AppError('FORBIDDEN')
      if (revision !== undefined && revision !== current.revision) throw new AppError('REVISION_CONFLICT')
      if (current.status === to && to !== 'scheduled') return current
      core.checkTransition(current, to)
      if (to === 'published' || to === 'scheduled') checkReadyToPublish(current)
      return core.save(trx, actor, current, { status: to, ...patch(current) }, event)
    })
  }

  return {
    /** A contributor hands a draft to the desk. */
    submitForReview: (actor: Actor, id: string, revision?: number) => change(actor, id, 'review', canEditArticle, () => ({}), eventTypes.articleUpdated, revision),

    /** Publishes now; the first publication time is kept when an article is published again. */
    publishArticle: (actor: Actor, id: string, options: { publishedAt?: number; revision?: number } = {}) =>
      change(actor, id, 'published', canPublishArticle, (current) => ({ publishedAt: options.publishedAt ?? current.publishedAt ?? ctx.now(), scheduledAt: null }), eventTypes.articlePublished, options.revision),

    async scheduleArticle(actor: Actor, id: string, at: number, revision?: number): Promise<Article> {
      if (!Number.isSafeInteger(at) || at <= ctx.now()) throw new AppError('VALIDATION_FAILED', 'scheduledAt: must be in the future', 'scheduledAt')
      return change(actor, id, 'scheduled', canPublishArticle, () => ({ scheduledAt: at }), eventTypes.articleScheduled, revision)
    },

    /** Back to draft; the public URL then answers 410 Gone. */
    unpublishArticle: (actor: Actor, id: string, revision?: number) => change(actor, id, 'draft', canPublishArticle, () => ({ scheduledAt: null }), eventTypes.articleUnpublished, revision),

    /** Withdrawn for good: 410 and out of every list. */
    archiveArticle: (actor: Actor, id: string, revision?: number) => change(actor, id, 'archived', canPublishArticle, () => ({ scheduledAt: null }), eventTypes.articleArchived, revision),

    /** Only drafts that never went out: a published URL must keep answering (410 after unpublish). */
    async deleteArticle(actor: Actor, id: string): Promise<void> {
      await inTransaction(ctx.db, async (trx) => {
        const current = await core.load(trx, id)
        if (!canReadArticle(actor, current)) throw new AppError('ARTICLE_NOT_FOUND')
        if (!canDeleteArticle(actor, current)) throw new AppError('FORBIDDEN')
        if (current.status !== 'draft' || current.publishedAt !== null) {
          throw new AppError('INVALID_STATUS_TRANSITION', 'Only drafts that were never published can be deleted; archive this one instead.', 'status')
        }
        await deleteArticleRow(trx, id)
        await appendEvent(trx, { type: eventTypes.articleDeleted, subjectId: id, payload: { id, slug: current.slug, visible: false }, createdAt: ctx.now() })
      })
    },

    /**
     * Publishes every scheduled article whose time has come (also after downtime: they go out
     * with the time they were scheduled for). Safe to run in every process at once.
     */
    async publishDue(limit = 100): Promise<Article[]> {
      const actor = systemActor('scheduler')
      const published: Article[] = []
      for (const id of await findDueScheduled(ctx.db, ctx.now(), limit)) {
        const article = await inTransaction(ctx.db, async (trx) => {
          if (!(await lockDueArticle(trx, ctx.dialect, id, ctx.now()))) return null
          const current = await core.load(trx, id)
          try {
            checkReadyToPublish(current)
          } catch {
            // An article that lost its alt text after scheduling waits as a draft for review.
            return core.save(trx, actor, current, { status: 'review', scheduledAt: null }, eventTypes.articleUpdated, { reason: 'not ready to publish' })
          }
          return core.save(trx, actor, current, { status: 'published', publishedAt: current.publishedAt ?? current.scheduledAt ?? ctx.now(), scheduledAt: null }, eventTypes.articlePublished)
        }).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'REVISION_CONFLICT') return null
          throw error
        })
        if (article && article.status === 'published') published.push(article)
      }
      return published
    },
  }
}
