/**
 * The home page asks for the newest featured article and the chrome for the newest breaking
 * one: with the flag after type and status, both are an index seek, not a scan of the archive.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_featured').execute()
  await db.schema.createIndex('articles_featured_listing').on('articles').columns(['type', 'status', 'featured', 'published_at', 'id']).execute()
  await db.schema.createIndex('articles_breaking_listing').on('articles').columns(['type', 'status', 'breaking', 'published_at', 'id']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_breaking_listing').execute()
  await db.schema.dropIndex('articles_featured_listing').execute()
  await db.schema.createIndex('articles_featured').on('articles').columns(['featured', 'status', 'published_at']).execute()
}
