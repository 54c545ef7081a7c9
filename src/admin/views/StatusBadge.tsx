/** An article's state at a glance: draft, in review, scheduled with its time, published, updated, archived. */
import { shortTime } from '../format.js'
import { t } from '../i18n/index.js'
import type { ArticleSummary } from '../types.js'

/** Published, then changed more than ten minutes later: readers see an "updated" time. */
export function wasUpdated(article: Pick<ArticleSummary, 'status' | 'publishedAt' | 'updatedAt'>): boolean {
  return article.status === 'published' && article.publishedAt !== null && Date.parse(article.updatedAt) - Date.parse(article.publishedAt) > 10 * 60_000
}

export function StatusBadge({ article }: { article: Pick<ArticleSummary, 'status' | 'publishedAt' | 'updatedAt' | 'scheduledAt'> }) {
  const label = t.status[article.status]
  return (
    <span class={`badge status-${article.status}`}>
      {label}
      {article.status === 'scheduled' && article.scheduledAt ? ` · ${shortTime(article.scheduledAt)}` : ''}
      {wasUpdated(article) ? ` · ${t.status.updated}` : ''}
    </span>
  )
}
