/**
 * Checks article input and derives the stored body fields (HTML, text, excerpt, reading time)
 * from the editor document. Every problem is reported at once as a 422.
 */
import {
  countImages,
  countWords,
  documentText,
  emptyDocument,
  htmlToDocument,
  makeExcerpt,
  readingTime,
  renderDocumentHtml,
  validateDocument,
  type EditorDocument,
  type RenderOptions,
} from '../../../shared/document/index.js'
import { AppError, validationError } from '../../errors.js'
import type { ArticleStatus, ArticleTable, ArticleType } from './article.table.js'

export interface FeatureImageInput {
  src: string
  alt?: string | null
  caption?: string | null
  credit?: string | null
}

export interface ArticleInput {
  type?: ArticleType
  title: string
  slug?: string
  standfirst?: string | null
  /** The editor document (untrusted JSON, validated here). */
  doc?: unknown
  /** Or HTML, converted into the document; what the schema has no place for is dropped. */
  html?: string
  /** Tag slugs or names, primary first. */
  tags?: string[]
  /** People ids or emails, main byline first; defaults to the acting user. */
  authors?: string[]
  featureImage?: FeatureImageInput | null
  featured?: boolean
  sponsored?: boolean
  sponsor?: string | null
  sponsorUrl?: string | null
  breaking?: boolean
  seo?: { title?: string | null; description?: string | null; canonicalUrl?: string | null }
  /** For imports and the demo: when it was (first) published. */
  publishedAt?: number
}

export type ArticleUpdate = Partial<Omit<ArticleInput, 'type'>> & {
  /** The revision the editor started from; a stale one is a 409. */
  revision?: number
}

export interface BodyFields {
  bodyDoc: string
  bodyHtml: string
  bodyText: string
  wordCount: number
  readingTime: number
  excerpt: string
}

type Problem = { field: string; message: string }

function checkText(problems: Problem[], field: string, value: string | null | undefined, max: number, required = false): void {
  if (value === undefined || value === null) {
    if (required) problems.push({ field, message: 'is required' })
    return
  }
  if (typeof value !== 'string') problems.push({ field, message: 'must be text' })
  else if (required && value.trim() === '') problems.push({ field, message: 'is required' })
  else if (value.length > max) problems.push({ field, message: `must be at most ${max} characters` })
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** Validates the fields present in `input`; `creating` makes the title required. */
export function checkArticleInput(input: ArticleUpdate & { type?: ArticleType }, creating: boolean): EditorDocument | undefined {
  const problems: Problem[] = []
  if (input.type !== undefined && input.type !== 'article' && input.type !== 'page') problems.push({ field: 'type', message: 'must be article or page' })
  if (creating || input.title !== undefined) checkText(problems, 'title', input.title, 300, true)
  checkText(problems, 'standfirst', input.standfirst, 1000)
  checkText(problems, 'sponsor', input.sponsor, 200)
  if (input.sponsorUrl && !isHttpUrl(input.sponsorUrl)) problems.push({ field: 'sponsorUrl', message: 'must be an http(s) address' })
  if (input.sponsored === true && !input.sponsor?.trim()) problems.push({ field: 'sponsor', message: 'a sponsored article names its sponsor' })
  if (input.seo) {
    checkText(problems, 'seo.title', input.seo.title, 300)
    checkText(problems, 'seo.description', input.seo.description, 500)
    if (input.seo.canonicalUrl && !isHttpUrl(input.seo.canonicalUrl)) problems.push({ field: 'seo.canonicalUrl', message: 'must be an http(s) address' })
  }
  if (input.featureImage) {
    const src = input.featureImage.src
    if (typeof src !== 'string' || !(src.startsWith('/media/') || isHttpUrl(src))) problems.push({ field: 'featureImage.src', message: 'must be an http(s) or /media/ address' })
    checkText(problems, 'featureImage.alt', input.featureImage.alt, 500)
    checkText(problems, 'featureImage.caption', input.featureImage.caption, 1000)
    checkText(problems, 'featureImage.credit', input.featureImage.credit, 300)
  }
  if (input.tags !== undefined && (!Array.isArray(input.tags) || input.tags.length > 20)) problems.push({ field: 'tags', message: 'at most 20 tags' })
  if (input.authors !== undefined && (!Array.isArray(input.authors) || input.authors.length > 10)) problems.push({ field: 'authors', message: 'at most 10 authors' })
  if (input.publishedAt !== undefined && !Number.isSafeInteger(input.publishedAt)) problems.push({ field: 'publishedAt', message: 'must be a time' })
  if (input.revision !== undefined && (!Number.isInteger(input.revision) || input.revision < 1)) problems.push({ field: 'revision', message: 'must be a revision number' })
  let doc: EditorDocument | undefined
  if (input.doc !== undefined && input.html !== undefined) problems.push({ field: 'html', message: 'send doc or html, not both' })
  else if (input.html !== undefined) {
    if (typeof input.html !== 'string') problems.push({ field: 'html', message: 'must be text' })
    else doc = htmlToDocument(input.html).doc
  } else if (input.doc !== undefined) {
    const result = validateDocument(input.doc)
    if (result.ok) doc = result.doc
    else if (problems.length === 0) {
      throw new AppError('DOCUMENT_INVALID', `doc: ${result.problems[0]?.path} ${result.problems[0]?.message}`, 'doc', result.problems.map((p) => ({ field: p.path, message: p.message })))
    }
  }
  if (problems.length > 0) throw validationError(problems)
  return doc
}

export function bodyFields(
  doc: EditorDocument | undefined,
  standfirst: string | null,
  hasFeatureImage: boolean,
  sponsored: boolean,
  viewOn: (network: string) => string,
  images?: RenderOptions['images'],
): BodyFields {
  const body = doc ?? emptyDocument()
  const text = documentText(body)
  const words = countWords(text)
  return {
    bodyDoc: JSON.stringify(body),
    bodyHtml: renderDocumentHtml(body, { linkRel: sponsored ? 'sponsored' : undefined, embedLabel: viewOn, images }),
    bodyText: text,
    wordCount: words,
    readingTime: readingTime(words, countImages(body), hasFeatureImage),
    excerpt: makeExcerpt(standfirst, text),
  }
}

/** The row of a new article from checked input; the caller decides id, slug, status and times. */
export function newArticleRow(
  input: ArticleInput,
  doc: EditorDocument | undefined,
  fields: { id: string; slug: string; status: ArticleStatus; createdAt: number; actorId: string | null; viewOn: (network: string) => string; images?: RenderOptions['images'] },
): ArticleTable {
  const standfirst = input.standfirst?.trim() || null
  const sponsored = input.sponsored ?? false
  return {
    id: fields.id,
    uuid: globalThis.crypto.randomUUID(),
    type: input.type ?? 'article',
    slug: fields.slug,
    title: input.title.trim(),
    standfirst,
    ...bodyFields(doc, standfirst, Boolean(input.featureImage), sponsored, fields.viewOn, fields.images),
    featureImage: input.featureImage?.src ?? null,
    featureImageAlt: input.featureImage?.alt ?? null,
    featureImageCaption: input.featureImage?.caption ?? null,
    featureImageCredit: input.featureImage?.credit ?? null,
    status: fields.status,
    featured: input.featured ? 1 : 0,
    sponsored: sponsored ? 1 : 0,
    sponsor: sponsored ? (input.sponsor?.trim() ?? null) : null,
    sponsorUrl: sponsored ? (input.sponsorUrl ?? null) : null,
    breaking: input.breaking ? 1 : 0,
    seoTitle: input.seo?.title ?? null,
    seoDescription: input.seo?.description ?? null,
    canonicalUrl: input.seo?.canonicalUrl ?? null,
    publishedAt: input.publishedAt ?? null,
    scheduledAt: null,
    createdAt: fields.createdAt,
    updatedAt: fields.createdAt,
    revision: 1,
    createdBy: fields.actorId,
    updatedBy: fields.actorId,
  }
}
