/**
 * SQLite: the words of the search index with the number of documents each was indexed in, so a
 * word still being typed ("invest") becomes the indexed words it begins (investering,
 * investeerder, …) without FTS5 merging every one of their document lists. Filled here from the
 * FTS5 index itself; from now on every indexed document adds its words. PostgreSQL's GIN index
 * finds prefixes itself: nothing to do there.
 */
import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect/index.js'

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db).name === 'postgres') return
  await sql`create table search_terms (term text primary key, docs integer not null) without rowid`.execute(db)
  await sql`create virtual table temp.search_vocabulary using fts5vocab(main, search_fts, col)`.execute(db)
  // Per column, then the most of any text column: `scope` (listed/unlisted) is not text.
  await sql`insert into search_terms (term, docs)
    select term, max(doc) from temp.search_vocabulary where col <> 'scope' group by term`.execute(db)
  await sql`drop table temp.search_vocabulary`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db).name !== 'postgres') await sql`drop table if exists search_terms`.execute(db)
}
