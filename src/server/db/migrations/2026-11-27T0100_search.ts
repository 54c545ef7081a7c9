/**
 * Full-text search. `search_documents` holds one row per article: `doc_id` orders the index
 * newest first (the sort time in seconds times 2^20, plus a tie-breaker), `listed` says whether
 * readers may find it. SQLite: an FTS5 table (contentless, rowid = doc_id) over text stemmed in
 * JS. PostgreSQL: a weighted `tsvector` with the `dutch` configuration and a GIN index.
 * The index is filled by `newsdesk search reindex` (and by `serve` when it finds it empty).
 */
import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect/index.js'

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db).name === 'postgres'
  let table = db.schema
    .createTable('search_documents')
    .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('doc_id', 'bigint', (c) => c.notNull().unique())
    .addColumn('listed', 'integer', (c) => c.notNull())
  if (postgres) table = table.addColumn('document', sql`tsvector`, (c) => c.notNull())
  await table.execute()
  await db.schema.createIndex('search_documents_listed').on('search_documents').columns(['listed', 'doc_id']).execute()
  if (postgres) {
    await sql`create index search_documents_document on search_documents using gin (document)`.execute(db)
  } else {
    await sql`create virtual table search_fts using fts5(
      title, standfirst, body, tags, authors, scope,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')`.execute(db)
    // The FTS row goes with its document row, also when a deleted article cascades.
    await sql`create trigger search_documents_delete after delete on search_documents begin
      delete from search_fts where rowid = old.doc_id;
    end`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db).name !== 'postgres') await sql`drop table if exists search_fts`.execute(db)
  await db.schema.dropTable('search_documents').execute()
}
