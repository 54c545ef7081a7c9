/**
 * Dutch full-text search over articles: `createSearchService` answers readers and the desk,
 * `indexArticles` keeps the index in step inside a content transaction, `rebuildSearchIndex`
 * rebuilds it (`newsdesk search reindex`). SQLite: FTS5 over Snowball-stemmed text; PostgreSQL:
 * a weighted `dutch` tsvector with a GIN index.
 */
export { createSearchService, rebuildSearchIndex, rankWindow, type SearchHit, type SearchPage, type SearchService } from './search.service.js'
export { indexArticles, reindexArticlesWith, removeFromIndex } from './search.indexer.js'
export { countDocuments as countIndexedArticles, listArticleIdsWith } from './search.repository.js'
export { maxQueryLength, parseQuery } from './search.text.js'
export type { SearchDocumentTable } from './search.table.js'
