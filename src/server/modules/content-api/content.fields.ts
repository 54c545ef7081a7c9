/**
 * Which Ghost field names a filter or an order may use per resource, and what each is here: a
 * column of ours, a relation (tags, authors), a constant (Ghost fields we have no data for,
 * always null), or a key Ghost drops silently (`status` on posts is enforced, `email` never
 * filterable). Anything else is an unknown field: a 400, as in Ghost.
 */
import type { NqlValue } from './nql.js'

export type FieldType = 'text' | 'bool' | 'date' | 'number'

export type FieldSpec =
  | { kind: 'column'; column: string; type: FieldType }
  | { kind: 'relation'; relation: 'tags' | 'authors'; column: string; type: FieldType; primary?: boolean }
  | { kind: 'const'; value: NqlValue }
  | { kind: 'dropped' }

export type ContentResource = 'posts' | 'pages' | 'tags' | 'authors'

export interface ResourceFields {
  /** The table (as Kysely names it) and its id column, for constant conditions and tie-breaks. */
  table: 'articles' | 'tags' | 'users'
  fields: Record<string, FieldSpec>
}

const col = (column: string, type: FieldType = 'text'): FieldSpec => ({ kind: 'column', column, type })
const none: FieldSpec = { kind: 'const', value: null }
const dropped: FieldSpec = { kind: 'dropped' }

const tagColumns: Record<string, FieldSpec> = {
  id: col('id'),
  name: col('name'),
  slug: col('slug'),
  description: col('description'),
  visibility: col('visibility'),
  meta_title: col('seoTitle'),
  meta_description: col('seoDescription'),
}

const authorColumns: Record<string, FieldSpec> = {
  id: col('id'),
  name: col('name'),
  slug: col('slug'),
  profile_image: col('profileImage'),
  bio: col('bio'),
  website: col('website'),
}

function relationFields(relation: 'tags' | 'authors', columns: Record<string, FieldSpec>): Record<string, FieldSpec> {
  const out: Record<string, FieldSpec> = {}
  for (const [name, spec] of Object.entries(columns)) {
    if (spec.kind === 'column') out[`${relation}.${name}`] = { kind: 'relation', relation, column: spec.column, type: spec.type }
  }
  return out
}

function articleFields(type: 'article' | 'page'): ResourceFields {
  const fields: Record<string, FieldSpec> = {
    id: col('id'),
    uuid: col('uuid'),
    title: col('title'),
    slug: col('slug'),
    comment_id: col('id'),
    feature_image: col('featureImage'),
    featured: col('featured', 'bool'),
    visibility: { kind: 'const', value: 'public' },
    created_at: col('createdAt', 'date'),
    updated_at: col('updatedAt', 'date'),
    published_at: col('publishedAt', 'date'),
    custom_excerpt: col('standfirst'),
    custom_template: none,
    canonical_url: col('canonicalUrl'),
    codeinjection_head: none,
    codeinjection_foot: none,
    reading_time: col('readingTime', 'number'),
    og_image: none,
    og_title: none,
    og_description: none,
    twitter_image: none,
    twitter_title: none,
    twitter_description: none,
    meta_title: col('seoTitle'),
    meta_description: col('seoDescription'),
    frontmatter: none,
    feature_image_alt: col('featureImageAlt'),
    feature_image_caption: col('featureImageCaption'),
    // Only published content is ever visible: Ghost drops user clauses on these.
    status: dropped,
    type: dropped,
    tag: { kind: 'relation', relation: 'tags', column: 'slug', type: 'text' },
    tags: { kind: 'relation', relation: 'tags', column: 'slug', type: 'text' },
    primary_tag: { kind: 'relation', relation: 'tags', column: 'slug', type: 'text', primary: true },
    author: { kind: 'relation', relation: 'authors', column: 'slug', type: 'text' },
    authors: { kind: 'relation', relation: 'authors', column: 'slug', type: 'text' },
    primary_author: { kind: 'relation', relation: 'authors', column: 'slug', type: 'text', primary: true },
    ...relationFields('tags', tagColumns),
    ...relationFields('authors', authorColumns),
    'authors.email': dropped,
    'authors.password': dropped,
  }
  if (type === 'article') fields.email_subject = none
  else fields.show_title_and_feature_image = { kind: 'const', value: true }
  return { table: 'articles', fields }
}

export const resourceFields: Record<ContentResource, ResourceFields> = {
  posts: articleFields('article'),
  pages: articleFields('page'),
  tags: {
    table: 'tags',
    fields: {
      ...tagColumns,
      feature_image: none,
      og_image: none,
      og_title: none,
      og_description: none,
      twitter_image: none,
      twitter_title: none,
      twitter_description: none,
      codeinjection_head: none,
      codeinjection_foot: none,
      canonical_url: none,
      accent_color: none,
    },
  },
  authors: {
    table: 'users',
    fields: {
      ...authorColumns,
      cover_image: none,
      location: none,
      facebook: none,
      twitter: none,
      threads: none,
      bluesky: none,
      mastodon: none,
      tiktok: none,
      youtube: none,
      instagram: none,
      linkedin: none,
      meta_title: none,
      meta_description: none,
      email: dropped,
      password: dropped,
    },
  },
}
