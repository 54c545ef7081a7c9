/**
 * The events outbox. Every write that changes what readers see appends an event in the same
 * transaction (`appendEvent`); listeners (cache purge, search index, feeds) read them in order.
 */
export { appendEvent, listEventsAfter, latestEventId, type DomainEvent } from './event.repository.js'

export const eventTypes = {
  articleCreated: 'article.created',
  articleUpdated: 'article.updated',
  articlePublished: 'article.published',
  articleUnpublished: 'article.unpublished',
  articleArchived: 'article.archived',
  articleScheduled: 'article.scheduled',
  articlesImported: 'articles.imported',
  tagChanged: 'tag.changed',
  userChanged: 'user.changed',
  settingsChanged: 'settings.changed',
} as const
