/**
 * The events outbox. Every write that changes what readers see appends an event in the same
 * transaction (`appendEvent`); listeners (cache purge, search index, feeds) read them in order.
 */
export { appendEvent, eventsChannel, listEventsAfter, latestEventId, type DomainEvent } from './event.repository.js'
export { startEventFeed, type EventFeed, type EventFeedOptions } from './event.feed.js'

export const eventTypes = {
  articleCreated: 'article.created',
  articleUpdated: 'article.updated',
  articlePublished: 'article.published',
  articleUnpublished: 'article.unpublished',
  articleArchived: 'article.archived',
  articleScheduled: 'article.scheduled',
  articleDeleted: 'article.deleted',
  articlesImported: 'articles.imported',
  tagChanged: 'tag.changed',
  userChanged: 'user.changed',
  settingsChanged: 'settings.changed',
} as const

