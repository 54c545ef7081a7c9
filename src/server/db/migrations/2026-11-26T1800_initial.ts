/** The first schema: content (articles, pages, tags, people), redirects, settings, events outbox. */
import { sql, type Kysely } from 'kysely'
import { autoIncrementType, dialectOf } from '../dialect/index.js'

export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('contributor', 'author', 'editor', 'admin')`))
    .addColumn('password_hash', 'text')
    .addColumn('bio', 'text')
    .addColumn('website', 'text')
    .addColumn('profile_image', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'suspended')`))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute()
  await db.schema.createIndex('api_tokens_user_id').on('api_tokens').column('user_id').execute()

  await db.schema
    .createTable('tags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('public').check(sql`visibility in ('public', 'internal')`))
    .addColumn('seo_title', 'text')
    .addColumn('seo_description', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('uuid', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('article', 'page')`))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('standfirst', 'text')
    .addColumn('excerpt', 'text', (c) => c.notNull())
    .addColumn('body_doc', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('word_count', 'integer', (c) => c.notNull())
    .addColumn('reading_time', 'integer', (c) => c.notNull())
    .addColumn('feature_image', 'text')
    .addColumn('feature_image_alt', 'text')
    .addColumn('feature_image_caption', 'text')
    .addColumn('feature_image_credit', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'review', 'scheduled', 'published', 'archived')`),
    )
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sponsored', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sponsor', 'text')
    .addColumn('sponsor_url', 'text')
    .addColumn('breaking', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('seo_title', 'text')
    .addColumn('seo_description', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('published_at', 'bigint')
    .addColumn('scheduled_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute()
  // Lists of published news: newest first, ties broken by id.
  await db.schema.createIndex('articles_listing').on('articles').columns(['type', 'status', 'published_at', 'id']).execute()
  await db.schema.createIndex('articles_featured').on('articles').columns(['featured', 'status', 'published_at']).execute()
  await db.schema.createIndex('articles_scheduled').on('articles').columns(['status', 'scheduled_at']).execute()

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'text', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute()
  await db.schema.createIndex('article_tags_tag_id').on('article_tags').columns(['tag_id', 'article_id']).execute()

  await db.schema
    .createTable('article_authors')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_authors_pk', ['article_id', 'user_id'])
    .execute()
  await db.schema.createIndex('article_authors_user_id').on('article_authors').columns(['user_id', 'article_id']).execute()

  await db.schema
    .createTable('redirects')
    .addColumn('id', autoIncrementType(dialect), (c) => c.primaryKey())
    .addColumn('from_path', 'text', (c) => c.notNull().unique())
    .addColumn('to_path', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull().defaultTo(301).check(sql`status_code in (301, 302, 307, 308)`))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('events')
    .addColumn('id', autoIncrementType(dialect), (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('events_created_at').on('events').column('created_at').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['events', 'settings', 'redirects', 'article_authors', 'article_tags', 'articles', 'tags', 'api_tokens', 'users']) {
    await db.schema.dropTable(table).execute()
  }
}
