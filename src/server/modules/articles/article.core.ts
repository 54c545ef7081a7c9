/**
 * The steps every article write shares: load with relations, save guarded by the revision
 * (recording the revision, the outbox event and the search index entry in the same
 * transaction), and status changes checked against the workflow.
 */
import type { Executor } from '../../db/index.js'
import { AppError } from '../../errors.js'
import type { ModuleContext } from '../context.js'
import { appendEvent } from '../events/index.js'
import { actorUserId, type Actor } from '../people/index.js'
import { recomputeAround } from '../related/index.js'
import { indexArticles } from '../search/index.js'
import { toArticle, type Article } from './article.model.js'
import { findArticleById, insertRevision, loadRelations, updateArticleRow } from './article.repository.js'
import type { ArticleStatus, ArticleTable } from './article.table.js'

/** Which status changes the workflow allows. Archived is final. */
const transitions: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ['review', 'scheduled', 'published', 'archived'],
  review: ['draft', 'scheduled', 'published', 'archived'],
  scheduled: ['draft', 'review', 'published', 'archived'],
  published: ['draft', 'archived'],
  archived: [],
}

export function canTransition(from: ArticleStatus, to: ArticleStatus): boolean {
  return transitions[from].includes(to)
}

/** What a revision keeps: every field an editor can change, in the shape updates take. */
export function snapshotOf(article: Article) {
  return {
    title: article.title,
    slug: article.slug,
    standfirst: article.standfirst,
    doc: article.doc,
    tags: article.tags.map((t) => t.slug),
    authors: article.authors.map((a) => a.id),
    featureImage: article.featureImage,
    featured: article.featured,
    sponsored: article.sponsored,
    sponsor: article.sponsor?.name ?? null,
    sponsorUrl: article.sponsor?.url ?? null,
    breaking: article.breaking,
    seo: article.seo,
  }
}

export type ArticleSnapshot = ReturnType<typeof snapshotOf>

export function createArticleCore(ctx: ModuleContext) {
  async function load(trx: Executor, id: string): Promise<Article> {
    const row = await findArticleById(trx, id)
    if (!row) throw new AppError('ARTICLE_NOT_FOUND')
    const relations = await loadRelations(trx, [id])
    return toArticle(row, relations.tags.get(id) ?? [], relations.authors.get(id) ?? [])
  }

  /** The revision row and the outbox event of a save, written in the caller's transaction. */
  async function record(trx: Executor, actor: Actor, article: Article, event: string, extra: Record<string, unknown> = {}, previous?: Article): Promise<void> {
    await insertRevision(trx, {
      articleId: article.id,
      revision: article.revision,
      status: article.status,
      title: article.title,
      snapshot: JSON.stringify(snapshotOf(article)),
      createdAt: article.updatedAt,
      createdBy: actorUserId(actor),
    })
    await appendEvent(trx, {
      type: event,
      subjectId: article.id,
      payload: {
        id: article.id,
        type: article.type,
        slug: article.slug,
        status: article.status,
        // Whether readers could see it before or after: only then do caches need purging.
        visible: article.status === 'published' || previous?.status === 'published',
        breaking: article.breaking || previous?.breaking === true,
        // Old and new tags and authors: both lists' pages change.
        tags: [...new Set([...article.tags, ...(previous?.tags ?? [])].map((t) => t.slug))],
        authors: [...new Set([...article.authors, ...(previous?.authors ?? [])].map((a) => a.slug))],
        ...extra,
      },
      createdAt: ctx.now(),
    })
    // Related lists change with what readers can see: computed now, in this transaction.
    if (article.type === 'article' && (article.status === 'published' || previous?.status === 'published')) {
      await recomputeAround(trx, article.id, ctx.now())
    }
    // The search index follows every save (text, status, slug, tags, authors) in this transaction.
    await indexArticles(trx, [article.id])
  }

  /** Applies a change guarded by the revision, then reloads and records revision and event. */
  async function save(trx: Executor, actor: Actor, current: Article, patch: Partial<ArticleTable>, event: string, extra?: Record<string, unknown>): Promise<Article> {
    const ok = await updateArticleRow(trx, current.id, current.revision, {
      ...patch,
      revision: current.revision + 1,
      updatedAt: ctx.now(),
      updatedBy: actorUserId(actor),
    })
    if (!ok) throw new AppError('REVISION_CONFLICT')
    const saved = await load(trx, current.id)
    await record(trx, actor, saved, event, extra, current)
    return saved
  }

  function checkTransition(current: Article, to: ArticleStatus): void {
    if (!canTransition(current.status, to)) {
      throw new AppError('INVALID_STATUS_TRANSITION', `An article that is ${current.status} cannot become ${to}.`, 'status')
    }
  }

  return { load, record, save, checkTransition }
}

export type ArticleCore = ReturnType<typeof createArticleCore>
