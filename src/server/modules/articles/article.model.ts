/** The article as the rest of the server sees it, and its mapping from rows. */
import type { EditorDocument } from '../../../shared/document/index.js'
import type { Author } from '../people/index.js'
import type { Tag } from '../tags/index.js'
import type { ArticleStatus, ArticleTable, ArticleType } from './article.table.js'

export interface FeatureImage {
  src: string
  alt: string
  caption: string | null
  credit: string | null
}

/** What lists need: everything but the body. */
export interface ArticleSummary {
  id: string
  uuid: string
  type: ArticleType
  slug: string
  title: string
  standfirst: string | null
  excerpt: string
  wordCount: number
  readingTime: number
  featureImage: FeatureImage | null
  status: ArticleStatus
  featured: boolean
  sponsored: boolean
  sponsor: { name: string; url: string | null } | null
  breaking: boolean
  seo: { title: string | null; description: string | null; canonicalUrl: string | null }
  publishedAt: number | null
  scheduledAt: number | null
  createdAt: number
  updatedAt: number
  revision: number
  createdBy: string | null
  /** In order; the first is the primary tag. */
  tags: Tag[]
  primaryTag: Tag | null
  authors: Author[]
}

export interface Article extends ArticleSummary {
  doc: EditorDocument
  html: string
  text: string
}

export type SummaryRow = Omit<ArticleTable, 'bodyDoc' | 'bodyHtml' | 'bodyText'>

export function toSummary(row: SummaryRow, tags: Tag[], authors: Author[]): ArticleSummary {
  return {
    id: row.id,
    uuid: row.uuid,
    type: row.type,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    excerpt: row.excerpt,
    wordCount: row.wordCount,
    readingTime: row.readingTime,
    featureImage: row.featureImage
      ? { src: row.featureImage, alt: row.featureImageAlt ?? '', caption: row.featureImageCaption, credit: row.featureImageCredit }
      : null,
    status: row.status,
    featured: row.featured === 1,
    sponsored: row.sponsored === 1,
    sponsor: row.sponsor ? { name: row.sponsor, url: row.sponsorUrl } : null,
    breaking: row.breaking === 1,
    seo: { title: row.seoTitle, description: row.seoDescription, canonicalUrl: row.canonicalUrl },
    publishedAt: row.publishedAt,
    scheduledAt: row.scheduledAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    revision: row.revision,
    createdBy: row.createdBy,
    tags,
    primaryTag: tags[0] ?? null,
    authors,
  }
}

export function toArticle(row: ArticleTable, tags: Tag[], authors: Author[]): Article {
  const article = { ...toSummary(row, tags, authors), html: row.bodyHtml, text: row.bodyText } as Article
  // Parsed on first use: a page render needs the stored HTML, not the document.
  let doc: EditorDocument | undefined
  Object.defineProperty(article, 'doc', { enumerable: true, get: () => (doc ??= JSON.parse(row.bodyDoc) as EditorDocument) })
  return article
}
