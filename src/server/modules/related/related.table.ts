/** Row type of precomputed related articles: for each article, its best matches in order. */
export interface RelatedArticleTable {
  articleId: string
  position: number
  relatedId: string
  score: number
  computedAt: number
}
