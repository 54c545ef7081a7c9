/**
 * Who may do what to one article. Route policies gate by role first; these rules add the
 * ownership checks: contributors and authors work on their own articles (they are on the
 * byline or created it), contributors never publish, and pages belong to editors.
 */
import { can } from '../auth/permissions.js'
import type { Actor } from '../people/index.js'
import type { ArticleSummary } from './article.model.js'

type Owned = Pick<ArticleSummary, 'type' | 'status' | 'publishedAt' | 'authors'> & { createdBy?: string | null }

export function isOwnArticle(actor: Actor, article: Owned): boolean {
  if (actor.kind === 'system') return true
  return article.authors.some((a) => a.id === actor.id) || article.createdBy === actor.id
}

export function canReadArticle(actor: Actor, article: Owned): boolean {
  return can(actor, 'editAll') || isOwnArticle(actor, article)
}

export function canEditArticle(actor: Actor, article: Owned): boolean {
  if (article.type === 'page') return can(actor, 'managePages')
  if (can(actor, 'editAll')) return true
  if (!isOwnArticle(actor, article)) return false
  // A contributor's work is editable until it has been published; then it is the desk's.
  return can(actor, 'publishOwn') || (article.publishedAt === null && (article.status === 'draft' || article.status === 'review'))
}

export function canPublishArticle(actor: Actor, article: Owned): boolean {
  if (article.type === 'page') return can(actor, 'managePages')
  return can(actor, 'editAll') || (can(actor, 'publishOwn') && isOwnArticle(actor, article))
}

export function canDeleteArticle(actor: Actor, article: Owned): boolean {
  return canEditArticle(actor, article)
}

/** What the desk may offer this actor for this article, for buttons in the desk app. */
export function articleAbilities(actor: Actor, article: Owned) {
  return {
    edit: canEditArticle(actor, article),
    publish: canPublishArticle(actor, article),
    delete: canDeleteArticle(actor, article) && article.status === 'draft' && article.publishedAt === null,
  }
}
