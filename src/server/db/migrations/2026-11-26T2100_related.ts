/** Related news ("Meer over <tag>"), computed when content changes and read with the article. */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('related_articles')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('related_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('computed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('related_articles_pk', ['article_id', 'position'])
    .execute()
  await db.schema.createIndex('related_articles_related_id').on('related_articles').column('related_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('related_articles').execute()
}
