/** Article input and output of the admin API, and the presenter that maps the module's Article. */
import { Type } from '@sinclair/typebox'
import type { Actor } from '../../modules/people/index.js'
import { articleAbilities, type Article, type ArticleSummary } from '../../modules/articles/index.js'
import { optionalBody } from '../plugins/validation.js'
import { AuthorSchema, Id, iso, isoOrNull, Nullable, NullableTime, TagSchema, Time } from './schemas.js'

const Status = Type.Union(['draft', 'review', 'scheduled', 'published', 'archived'].map((s) => Type.Literal(s)))
const ShortText = (max: number) => Nullable(Type.String({ maxLength: max }))

const FeatureImageInput = Type.Object(
  { src: Type.String({ minLength: 1, maxLength: 2000 }), alt: Type.Optional(ShortText(500)), caption: Type.Optional(ShortText(1000)), credit: Type.Optional(ShortText(300)) },
  { additionalProperties: false },
)

const editable = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  slug: Type.String({ minLength: 1, maxLength: 80 }),
  standfirst: ShortText(1000),
  doc: Type.Object({}, { additionalProperties: true, description: 'The editor document (see src/shared/document/schema.ts)' }),
  html: Type.String({ maxLength: 1_000_000, description: 'HTML converted into the editor document; what it has no place for is dropped' }),
  tags: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20, description: 'Tag slugs or names, primary first' }),
  authors: Type.Array(Type.String({ minLength: 1, maxLength: 254 }), { maxItems: 10, description: 'People ids or emails, main byline first' }),
  featureImage: Nullable(FeatureImageInput),
  seo: Type.Object({ title: Type.Optional(ShortText(300)), description: Type.Optional(ShortText(500)), canonicalUrl: Type.Optional(ShortText(2000)) }, { additionalProperties: false }),
  featured: Type.Boolean(),
  sponsored: Type.Boolean(),
  sponsor: ShortText(200),
  sponsorUrl: ShortText(2000),
  breaking: Type.Boolean(),
  publishedAt: Time,
}

const optional = Type.Partial(Type.Object(editable)).properties

export const ArticleCreateBody = Type.Object(
  { ...optional, type: Type.Optional(Type.Union([Type.Literal('article'), Type.Literal('page')])), title: editable.title },
  { additionalProperties: false },
)

export const ArticleUpdateBody = Type.Object(
  { ...optional, revision: Type.Integer({ minimum: 1, description: 'The revision the edit started from; a stale one answers 409' }) },
  { additionalProperties: false },
)

export const RevisionBody = Type.Object({ revision: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false, ...optionalBody, description: 'Optional: the revision the action is meant for (stale → 409)' })
export const ScheduleBody = Type.Object({ scheduledAt: Time, revision: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false })

export const ArticleListQuery = Type.Object(
  {
    status: Type.Optional(Type.String({ pattern: '^(draft|review|scheduled|published|archived)(,(draft|review|scheduled|published|archived))*$', description: 'One status or several, comma-separated' })),
    type: Type.Optional(Type.Union([Type.Literal('article'), Type.Literal('page')])),
    tag: Type.Optional(Type.String({ maxLength: 100 })),
    author: Type.Optional(Type.String({ maxLength: 254 })),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    order: Type.Optional(Type.Union([Type.Literal('updated'), Type.Literal('published'), Type.Literal('created')])),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
)

const summaryFields = {
  id: Id,
  uuid: Type.String(),
  type: Type.Union([Type.Literal('article'), Type.Literal('page')]),
  slug: Type.String(),
  title: Type.String(),
  standfirst: Nullable(Type.String()),
  excerpt: Type.String(),
  status: Status,
  url: Nullable(Type.String({ description: 'The public address while published' })),
  featured: Type.Boolean(),
  sponsored: Type.Boolean(),
  sponsor: Nullable(Type.Object({ name: Type.String(), url: Nullable(Type.String()) })),
  breaking: Type.Boolean(),
  featureImage: Nullable(Type.Object({ src: Type.String(), alt: Type.String(), caption: Nullable(Type.String()), credit: Nullable(Type.String()) })),
  seo: Type.Object({ title: Nullable(Type.String()), description: Nullable(Type.String()), canonicalUrl: Nullable(Type.String()) }),
  tags: Type.Array(TagSchema),
  primaryTag: Nullable(TagSchema),
  authors: Type.Array(AuthorSchema),
  wordCount: Type.Integer(),
  readingTime: Type.Integer(),
  publishedAt: NullableTime,
  scheduledAt: NullableTime,
  createdAt: Time,
  updatedAt: Time,
  revision: Type.Integer(),
  abilities: Type.Object({ edit: Type.Boolean(), publish: Type.Boolean(), delete: Type.Boolean() }),
}

export const ArticleSummarySchema = Type.Object(summaryFields)
export const ArticleSchema = Type.Object({ ...summaryFields, doc: Type.Unknown(), html: Type.String() })

function presentTag(tag: ArticleSummary['tags'][number]) {
  return { id: tag.id, slug: tag.slug, name: tag.name, description: tag.description, visibility: tag.visibility, seo: { title: tag.seoTitle, description: tag.seoDescription } }
}

export function presentArticleSummary(actor: Actor, article: ArticleSummary, siteUrl: string) {
  return {
    id: article.id,
    uuid: article.uuid,
    type: article.type,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    excerpt: article.excerpt,
    status: article.status,
    url: article.status === 'published' ? `${siteUrl}/${article.slug}/` : null,
    featured: article.featured,
    sponsored: article.sponsored,
    sponsor: article.sponsor,
    breaking: article.breaking,
    featureImage: article.featureImage,
    seo: article.seo,
    tags: article.tags.map(presentTag),
    primaryTag: article.primaryTag ? presentTag(article.primaryTag) : null,
    authors: article.authors.map(({ id, name, slug }) => ({ id, name, slug })),
    wordCount: article.wordCount,
    readingTime: article.readingTime,
    publishedAt: isoOrNull(article.publishedAt),
    scheduledAt: isoOrNull(article.scheduledAt),
    createdAt: iso(article.createdAt),
    updatedAt: iso(article.updatedAt),
    revision: article.revision,
    abilities: articleAbilities(actor, article),
  }
}

export function presentArticle(actor: Actor, article: Article, siteUrl: string) {
  return { ...presentArticleSummary(actor, article, siteUrl), doc: article.doc, html: article.html }
}
