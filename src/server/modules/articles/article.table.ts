/** Row types of the articles tables, camelCase (CamelCasePlugin maps them to snake_case). */
export const articleStatuses = ['draft', 'review', 'scheduled', 'published', 'archived'] as const
export type ArticleStatus = (typeof articleStatuses)[number]
export type ArticleType = 'article' | 'page'

/** Times are epoch milliseconds; flags are 0/1 on both dialects (see docs/decisions/002). */
export interface ArticleTable {
  id: string
  uuid: string
  type: ArticleType
  slug: string
  title: string
  standfirst: string | null
  excerpt: string
  bodyDoc: string
  bodyHtml: string
  bodyText: string
  wordCount: number
  readingTime: number
  featureImage: string | null
  featureImageAlt: string | null
  featureImageCaption: string | null
  featureImageCredit: string | null
  status: ArticleStatus
  featured: number
  sponsored: number
  sponsor: string | null
  sponsorUrl: string | null
  breaking: number
  seoTitle: string | null
  seoDescription: string | null
  canonicalUrl: string | null
  publishedAt: number | null
  scheduledAt: number | null
  createdAt: number
  updatedAt: number
  revision: number
  createdBy: string | null
  updatedBy: string | null
}

export interface ArticleTagTable {
  articleId: string
  tagId: string
  position: number
}

export interface ArticleAuthorTable {
  articleId: string
  userId: string
  position: number
}

export interface ArticleRevisionTable {
  articleId: string
  revision: number
  status: ArticleStatus
  title: string
  /** JSON of every editable field after this save. */
  snapshot: string
  createdAt: number
  createdBy: string | null
}
