/**
 * Content API keys (Ghost-compatible, 26 hex characters, sent as ?key=): kept as a sha256 hash,
 * revocable, with an optional cap on how many items one request may ask for.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('content_api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    // The largest `limit` a request with this key gets (`limit=all` included); null = no cap.
    .addColumn('limit_cap', 'integer')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('content_api_keys').execute()
}
