/** The article's fields besides the body, as the editor holds them, and the API body they make. */
import type { EditorDocument } from '../../shared/document/schema.js'
import type { Article, FeatureImage } from '../types.js'

export interface Fields {
  title: string
  slug: string
  standfirst: string
  tags: string[]
  authors: { id: string; name: string }[]
  featureImage: FeatureImage | null
  seo: { title: string; description: string; canonicalUrl: string }
  featured: boolean
  breaking: boolean
  sponsored: boolean
  sponsor: string
  sponsorUrl: string
}

export function emptyFields(): Fields {
  return { title: '', slug: '', standfirst: '', tags: [], authors: [], featureImage: null, seo: { title: '', description: '', canonicalUrl: '' }, featured: false, breaking: false, sponsored: false, sponsor: '', sponsorUrl: '' }
}

export function fieldsOf(article: Article): Fields {
  return {
    title: article.title,
    slug: article.slug,
    standfirst: article.standfirst ?? '',
    tags: article.tags.map((tag) => tag.name),
    authors: article.authors.map(({ id, name }) => ({ id, name })),
    featureImage: article.featureImage,
    seo: { title: article.seo.title ?? '', description: article.seo.description ?? '', canonicalUrl: article.seo.canonicalUrl ?? '' },
    featured: article.featured,
    breaking: article.breaking,
    sponsored: article.sponsored,
    sponsor: article.sponsor?.name ?? '',
    sponsorUrl: article.sponsor?.url ?? '',
  }
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim())

/** The body of POST /articles or PATCH /articles/:id (without `revision`). */
export function articleBody(fields: Fields, doc: EditorDocument, isNew: boolean) {
  return {
    title: fields.title.trim(),
    ...(fields.slug.trim() ? { slug: fields.slug.trim() } : {}),
    standfirst: orNull(fields.standfirst),
    doc,
    tags: fields.tags,
    ...(isNew && fields.authors.length === 0 ? {} : { authors: fields.authors.map((a) => a.id) }),
    featureImage: fields.featureImage ? { src: fields.featureImage.src, alt: fields.featureImage.alt, caption: orNull(fields.featureImage.caption ?? ''), credit: orNull(fields.featureImage.credit ?? '') } : null,
    seo: { title: orNull(fields.seo.title), description: orNull(fields.seo.description), canonicalUrl: orNull(fields.seo.canonicalUrl) },
    featured: fields.featured,
    breaking: fields.breaking,
    sponsored: fields.sponsored,
    sponsor: fields.sponsored ? orNull(fields.sponsor) : null,
    sponsorUrl: fields.sponsored ? orNull(fields.sponsorUrl) : null,
  }
}
