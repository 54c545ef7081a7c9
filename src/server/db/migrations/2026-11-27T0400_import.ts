/** Imports: which row each imported item became, keyed on the source's own ids, so a re-run updates instead of duplicating. */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_sources')
    // 'wordpress:<site url>' or 'ghost:<site url>': two sites' id 12 are different items.
    .addColumn('source', 'text', (c) => c.notNull())
    // 'post', 'page', 'author', 'term', 'attachment'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    // The article, person, tag or media id it became (no foreign key: it may be any of them).
    .addColumn('target_id', 'text', (c) => c.notNull())
    // A hash of what was imported, to tell an unchanged item from an edited one on the next run.
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_sources_pk', ['source', 'kind', 'source_id'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_sources').execute()
}
