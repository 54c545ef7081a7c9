/**
 * Related news ("Meer over <tag>"): lists stored per article, recomputed in the transaction of
 * a change (`recomputeAround`), rebuilt in bulk after imports (`rebuildAllRelated`), read in order
 * with only what readers may see (`listRelated`).
 */
export { listRelated, rebuildAllRelated, recomputeAround, recomputeRelated } from './related.service.js'
export { relatedListSize } from './related.engine.js'
export type { RelatedArticleTable } from './related.table.js'
