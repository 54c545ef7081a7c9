/**
 * PostgreSQL: the index also keeps every pair of words that stand next to each other in a
 * document ("europes commissi"), as Elasticsearch's `index_phrases` does. GIN cannot check word
 * positions, so a phrase whose words are each in most of the archive made PostgreSQL re-read
 * nearly every document to test their order (~100 ms at 100,000 articles); the pairs narrow a
 * phrase to the documents that hold its pairs before the order is tested. `search_pairs` derives
 * them from a document's tsvector, so both sides stem alike. SQLite's FTS5 checks positions in
 * its index: nothing to do there.
 */
import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect/index.js'

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db).name !== 'postgres') return
  await sql`create function search_pairs(document tsvector) returns text[] language sql immutable parallel safe as $$
    select coalesce(array_agg(distinct a.lexeme || ' ' || b.lexeme), '{}')
    from (select lexeme, unnest(positions) as position from unnest(document)) a
    join (select lexeme, unnest(positions) as position from unnest(document)) b on b.position = a.position + 1
  $$`.execute(db)
  await sql`alter table search_documents add column pairs text[] not null default '{}'`.execute(db)
  await sql`update search_documents set pairs = search_pairs(document)`.execute(db)
  await sql`create index search_documents_pairs on search_documents using gin (pairs)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db).name !== 'postgres') return
  await sql`drop index search_documents_pairs`.execute(db)
  await sql`alter table search_documents drop column pairs`.execute(db)
  await sql`drop function search_pairs(tsvector)`.execute(db)
}
