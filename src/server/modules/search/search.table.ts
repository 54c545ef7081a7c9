/** Row type of the search index's document table (the text itself is dialect-specific). */
export interface SearchDocumentTable {
  articleId: string
  /** Sort time in seconds × 2^20 + a tie-breaker: the index's order is newest first. */
  docId: number
  /** 1 when readers may find it: a published article (not a page, not a draft). */
  listed: number
}
