/**
 * Queries on the search index. The text side differs per dialect: SQLite's FTS5 table is filled
 * with stems made in JS, PostgreSQL builds a weighted `tsvector` with its `dutch` configuration.
 * Every value is bound; query syntax is built only from letters and digits (search.text.ts).
 */
import { sql, type RawBuilder } from 'kysely'
import type { Db, Executor } from '../../db/index.js'
import { dialectOf } from '../../db/dialect/index.js'
import type { ArticleStatus, ArticleType } from '../articles/article.table.js'
import { createScorer, dutchStopWords, ftsExpression, stemsOf, variantsOf, type SearchTerm } from './search.text.js'

/** Both dialects accept this many bound values in one statement with room to spare. */
const chunkSize = 500
/** The body is indexed up to this many characters (a long live blog stays searchable by its start). */
export const bodyChars = 100_000

function chunks<T>(items: readonly T[], size = chunkSize): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export interface IndexSource {
  id: string
  type: ArticleType
  status: ArticleStatus
  title: string
  standfirst: string | null
  publishedAt: number | null
  createdAt: number
  /** Public tag names and author names, space-separated. */
  tags: string
  authors: string
}

/** What indexing an article needs; the body is read separately (SQLite) or in SQL (PostgreSQL). */
export async function loadIndexSources(db: Executor, ids: readonly string[]): Promise<IndexSource[]> {
  const out: IndexSource[] = []
  for (const part of chunks(ids)) {
    const [rows, tags, authors] = await Promise.all([
      db.selectFrom('articles').select(['id', 'type', 'status', 'title', 'standfirst', 'publishedAt', 'createdAt']).where('id', 'in', part).orderBy('id').execute(),
      db
        .selectFrom('articleTags')
        .innerJoin('tags', 'tags.id', 'articleTags.tagId')
        .select(['articleTags.articleId', 'tags.name'])
        // Internal tags (#…) are for the newsroom: readers must not find articles by them.
        .where('tags.visibility', '=', 'public')
        .where('articleTags.articleId', 'in', part)
        .orderBy('articleTags.articleId')
        .orderBy('articleTags.position')
        .execute(),
      db
        .selectFrom('articleAuthors')
        .innerJoin('users', 'users.id', 'articleAuthors.userId')
        .select(['articleAuthors.articleId', 'users.name'])
        .where('articleAuthors.articleId', 'in', part)
        .orderBy('articleAuthors.articleId')
        .orderBy('articleAuthors.position')
        .execute(),
    ])
    const names = (list: { articleId: string; name: string }[]) => {
      const map = new Map<string, string[]>()
      for (const { articleId, name } of list) map.set(articleId, [...(map.get(articleId) ?? []), name])
      return map
    }
    const tagNames = names(tags)
    const authorNames = names(authors)
    for (const row of rows) {
      out.push({
        ...row,
        publishedAt: row.publishedAt === null ? null : Number(row.publishedAt),
        createdAt: Number(row.createdAt),
        tags: (tagNames.get(row.id) ?? []).join(' '),
        authors: (authorNames.get(row.id) ?? []).join(' '),
      })
    }
  }
  return out
}

export async function loadBodies(db: Executor, ids: readonly string[], chars = bodyChars): Promise<Map<string, string>> {
  const bodies = new Map<string, string>()
  for (const part of chunks(ids)) {
    const rows = await db
      .selectFrom('articles')
      .select((eb) => ['id', eb.fn<string>('substr', ['bodyText', eb.val(1), eb.val(chars)]).as('body')])
      .where('id', 'in', part)
      .execute()
    for (const row of rows) bodies.set(row.id, row.body)
  }
  return bodies
}

/** Which of these document ids are in use. */
export async function takenDocIds(db: Executor, docIds: readonly number[]): Promise<Set<number>> {
  const taken = new Set<number>()
  for (const part of chunks(docIds)) {
    const rows = await db.selectFrom('searchDocuments').select('docId').where('docId', 'in', part).execute()
    for (const row of rows) taken.add(Number(row.docId))
  }
  return taken
}

/**
 * Removes articles from the index (on SQLite a trigger removes their FTS rows); answers which of
 * them were in it.
 */
export async function deleteDocuments(db: Executor, articleIds: readonly string[]): Promise<Set<string>> {
  const removed = new Set<string>()
  for (const part of chunks(articleIds)) {
    for (const row of await db.deleteFrom('searchDocuments').where('articleId', 'in', part).returning('articleId').execute()) removed.add(row.articleId)
  }
  return removed
}

export interface SqliteDocument {
  articleId: string
  docId: number
  listed: number
  /** Not in the index before (its words count in `search_terms`). */
  firstTime: boolean
  /** Stemmed text per column. */
  title: string
  standfirst: string
  body: string
  tags: string
  authors: string
}

export async function insertSqliteDocuments(db: Executor, docs: readonly SqliteDocument[]): Promise<void> {
  for (const part of chunks(docs, 100)) {
    await db.insertInto('searchDocuments').values(part.map(({ articleId, docId, listed }) => ({ articleId, docId, listed }))).execute()
    const rows = part.map((d) => sql`(${d.docId}, ${d.title}, ${d.standfirst}, ${d.body}, ${d.tags}, ${d.authors}, ${d.listed ? 'listed' : 'unlisted'})`)
    await sql`insert into search_fts (rowid, title, standfirst, body, tags, authors, scope) values ${sql.join(rows)}`.execute(db)
  }
  await countTerms(db, docs)
}

/**
 * Adds the documents' words to `search_terms`. A document indexed for the first time counts once
 * for each of its words; one indexed again (an edit, every draft save) only adds words the
 * table lacks, so saving a draft a hundred times does not make its words common. Removed
 * documents are not taken off: the counts rank the words a fragment begins, they are not totals,
 * and `search reindex` makes them exact again.
 */
async function countTerms(db: Executor, docs: readonly SqliteDocument[]): Promise<void> {
  const counts = new Map<string, number>()
  for (const doc of docs) {
    const terms = new Set(`${doc.title} ${doc.standfirst} ${doc.body} ${doc.tags} ${doc.authors}`.split(' '))
    for (const term of terms) if (term !== '') counts.set(term, (counts.get(term) ?? 0) + (doc.firstTime ? 1 : 0))
  }
  const entries = [...counts]
  for (const part of chunks(entries.filter(([, docs]) => docs > 0))) {
    await sql`insert into search_terms (term, docs) values ${sql.join(part.map(([term, docs]) => sql`(${term}, ${docs})`))}
      on conflict (term) do update set docs = docs + excluded.docs`.execute(db)
  }
  for (const part of chunks(entries.filter(([, docs]) => docs === 0))) {
    await sql`insert into search_terms (term, docs) values ${sql.join(part.map(([term]) => sql`(${term}, 1)`))} on conflict (term) do nothing`.execute(db)
  }
}

/** How many indexed words a fragment being typed may stand for: its most common ones (Elasticsearch's max_expansions is 50). */
export const maxExpansions = 64

/** SQLite: the indexed words that begin with `start`, the most common first (at most `limit`). */
export async function wordsStartingWith(db: Executor, start: string, limit = maxExpansions): Promise<string[]> {
  const { rows } = await sql<{ term: string }>`
    select term from search_terms where term >= ${start} and term < ${`${start}\u{10FFFF}`}
    order by docs desc, term limit ${limit}`.execute(db)
  return rows.map((r) => r.term)
}

export interface PostgresDocument {
  articleId: string
  docId: number
  listed: number
  tags: string
  authors: string
}

/**
 * Title weighs A, standfirst, tags and authors B, the body C; PostgreSQL reads title, standfirst
 * and body straight from the article row. The pairs of neighbouring words come from the same
 * tsvector (`search_pairs`, see the search_pairs migration).
 */
export async function insertPostgresDocuments(db: Executor, docs: readonly PostgresDocument[]): Promise<void> {
  for (const part of chunks(docs)) {
    await sql`
      insert into search_documents (article_id, doc_id, listed, document, pairs)
      select article_id, doc_id, listed, document, search_pairs(document) from (
        select a.id as article_id, v.doc_id, v.listed,
          setweight(to_tsvector('dutch', a.title), 'A') ||
          setweight(to_tsvector('dutch', coalesce(a.standfirst, '')), 'B') ||
          setweight(to_tsvector('dutch', v.tags), 'B') ||
          setweight(to_tsvector('dutch', v.authors), 'B') ||
          setweight(to_tsvector('dutch', left(a.body_text, ${bodyChars})), 'C') as document
        from unnest(${part.map((d) => d.articleId)}::text[], ${part.map((d) => d.docId)}::bigint[], ${part.map((d) => d.listed)}::int[],
          ${part.map((d) => d.tags)}::text[], ${part.map((d) => d.authors)}::text[]) as v(article_id, doc_id, listed, tags, authors)
        join articles a on a.id = v.article_id) documents`.execute(db)
  }
}

/** The tsquery of the terms, built from bound words: `plainto`/`phraseto` take any text safely. */
function tsquery(terms: readonly SearchTerm[]): RawBuilder<unknown> {
  const parts = terms.map((term) => {
    if (term.kind === 'phrase') return sql`phraseto_tsquery('dutch', ${term.words.join(' ')})`
    // The variants are plain words (letters and digits), each stemmed by PostgreSQL; quoted, a
    // prefix marker is all that is added to one.
    const variants = variantsOf(term.word).filter((v) => !dutchStopWords.has(v))
    const alternatives = variants.map((v) => (term.prefix ? sql`to_tsquery('dutch', quote_literal(${v}) || ':*')` : sql`plainto_tsquery('dutch', ${v})`))
    return sql`(${sql.join(alternatives, sql` || `)})`
  })
  return sql.join(parts, sql` && `)
}

/**
 * The neighbouring-word pairs every phrase of the terms holds, as PostgreSQL stems them; a
 * document must hold them all before its word order is checked. None without phrases (or for a
 * phrase whose words stand apart, "bank van nederland": stop words keep their place).
 */
function phrasePairs(terms: readonly SearchTerm[]): RawBuilder<unknown> {
  const phrases = terms.flatMap((term) => (term.kind === 'phrase' ? [term.words.join(' ')] : []))
  if (phrases.length === 0) return sql``
  return sql`and d.pairs @> (${sql.join(phrases.map((text) => sql`search_pairs(to_tsvector('dutch', ${text}))`), sql` || `)})`
}

export interface Candidate {
  articleId: string
  docId: number
  /** Higher is better; comparable within one query only. */
  relevance: number
}

type CandidateRow = { articleId: string; docId: string; relevance: number }
const toCandidates = (rows: CandidateRow[]): Candidate[] => rows.map((r) => ({ articleId: r.articleId, docId: Number(r.docId), relevance: Number(r.relevance) }))

export interface CandidateQuery {
  terms: readonly SearchTerm[]
  /** Only what readers may find (published articles), else every article and page. */
  listedOnly: boolean
  /** Documents sorted after this id (later than now) are left out. */
  maxDocId: number
  /** The newest this many matches are ranked; older ones are not looked at. */
  limit: number
  /**
   * PostgreSQL: lowest document ids of ever wider windows of the newest documents (for example
   * the last month, the last year), tried in turn before the whole archive.
   */
  windows?: readonly number[]
  /** PostgreSQL: the share of documents expected to match (`expectedShare`); 0 when unknown. */
  share?: number
}

/** From this expected share on, PostgreSQL reads the newest documents in order instead of the GIN index. */
export const commonShare = 0.2

/**
 * PostgreSQL's share of documents holding each of the index's most common words, from its own
 * statistics of the column (ANALYZE, run by autovacuum and after `search reindex`, keeps them).
 */
export async function readWordShares(db: Executor): Promise<Map<string, number>> {
  const { rows } = await sql<{ word: string; share: number }>`
    select u.word, u.share from pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as u(word, share)
    where s.schemaname = current_schema() and s.tablename = 'search_documents' and s.attname = 'document' and u.word is not null`.execute(db)
  return new Map(rows.map((r) => [r.word, Number(r.share)]))
}

/**
 * PostgreSQL, for terms in much of the archive: the newest documents in doc_id order, tested one
 * by one, which stops at `limit` matches. GIN has no order: for a word in 90% of the archive it
 * built a bitmap of every one of them first ("invest" ~35 ms at 100,000 articles, growing with
 * the archive). At most twice the documents the share predicts are read; null when they held
 * fewer than `limit` matches (the statistics were off), and the GIN index answers instead.
 */
async function findCommonCandidates(db: Executor, query: CandidateQuery, q: RawBuilder<unknown>, pairs: RawBuilder<unknown>): Promise<Candidate[] | null> {
  const newest = Math.ceil((query.limit / (query.share ?? 1)) * 2)
  const listed = query.listedOnly ? sql`and listed = 1` : sql``
  const { rows } = await sql<CandidateRow>`
    select d.article_id, d.doc_id, ts_rank(d.document, (${q}), 1) as relevance from (
      select article_id, doc_id, document, pairs from search_documents
      where doc_id <= ${query.maxDocId} ${listed} order by doc_id desc limit ${newest}) d
    where d.document @@ (${q}) ${pairs}
    order by d.doc_id desc limit ${query.limit}`.execute(db)
  return rows.length < query.limit ? null : toCandidates(rows)
}

/**
 * PostgreSQL: always through the GIN index, within a window of the newest documents that grows
 * (the query's `windows`, then all) until it holds `limit` matches. The planner cannot tell a
 * rare word from one in most of the archive: behind a CTE it read all 90,000 rows of "bitcoin"
 * to sort them (775 ms at 100k); written inline it walked the whole archive newest first for a
 * rare word it misjudged (~160 ms). A window bounds both: the index's matches are ANDed with a
 * doc_id range, so only matches inside the window are read — a common word stops in the first
 * window, a rare one costs a few index lookups. The newest `limit` matches of a window that has
 * that many are the newest of the archive.
 */
async function findPostgresCandidates(db: Executor, query: CandidateQuery): Promise<Candidate[]> {
  const q = tsquery(query.terms)
  const pairs = phrasePairs(query.terms)
  if ((query.share ?? 0) >= commonShare) {
    const common = await findCommonCandidates(db, query, q, pairs)
    if (common) return common
  }
  const listed = query.listedOnly ? sql`and d.listed = 1` : sql``
  const windows = [...(query.windows ?? [])]
  return throughTextIndex(db, async (trx) => {
    let from: number | null = windows.shift() ?? null
    for (;;) {
      const window = from === null ? sql`` : sql`and d.doc_id >= ${from}`
      const { rows } = await sql<CandidateRow>`
        select d.article_id, d.doc_id, ts_rank(d.document, (${q}), 1) as relevance from search_documents d
        where d.document @@ (${q}) ${pairs} and d.doc_id <= ${query.maxDocId} ${listed} ${window}
        order by d.doc_id desc limit ${query.limit}`.execute(trx)
      if (rows.length >= query.limit || from === null) return toCandidates(rows)
      // Widen to where `limit` matches should be at the rate found so far (with room to spare),
      // at least to the next given window; a window with none found moves to the next one.
      const span = Math.min(query.maxDocId, Number.MAX_SAFE_INTEGER) - from
      const estimate: number | null = rows.length > 0 ? from - Math.ceil(span * ((query.limit / rows.length) * 1.5 - 1)) : null
      const next = windows.shift() ?? null
      const lower = estimate === null ? next : next === null ? estimate : Math.min(estimate, next)
      from = lower !== null && lower > 0 ? lower : null
    }
  })
}

/**
 * Runs PostgreSQL text searches with the planner held to the GIN index (bitmap scans): for a word
 * it cannot estimate it otherwise may read the whole table (a LIMIT 1 probe for a rare word took
 * 86 ms as a sequential scan). Inside a caller's transaction its settings are left alone.
 */
function throughTextIndex<T>(db: Executor, work: (trx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db)
  return (db as Db).transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx)
    await sql`set local enable_indexscan = off`.execute(trx)
    return work(trx)
  })
}

/**
 * The newest `limit` matches with their relevance. Walking the index newest first and stopping
 * there keeps a term that matches most of the archive as cheap as a rare one.
 */
export async function findCandidates(db: Executor, query: CandidateQuery): Promise<Candidate[]> {
  if (query.terms.length === 0) return []
  if (dialectOf(db).name === 'postgres') return findPostgresCandidates(db, query)
  // Unlisted documents (drafts, pages) are few: left out by their doc ids, not by `scope : listed`
  // in the MATCH. The newest `limit` matches come straight off the index in rowid order (under a
  // millisecond for a word in most of the archive) and are scored on their title and standfirst
  // in JS (createScorer) — FTS5's bm25 first counted every document of each term, 15 ms and more.
  // A word being typed stands for the indexed words it begins, read from `search_terms`: an OR of
  // those is read newest first like any word, where FTS5's own prefix query ("invest*") first
  // merged the full document lists of them all (200 ms and more at a million articles).
  const expansions = new Map<string, string[]>()
  for (const term of query.terms) {
    if (term.kind === 'word' && term.prefix) for (const start of stemsOf(term.word)) expansions.set(start, await wordsStartingWith(db, start))
  }
  const match = ftsExpression(query.terms, expansions)
  if (match === null) return []
  const unlisted = query.listedOnly ? sql`and rowid not in (select doc_id from search_documents where listed = 0)` : sql``
  const result = await sql<{ articleId: string; docId: number; title: string; standfirst: string | null }>`
    select d.article_id, hits.doc_id, a.title, a.standfirst from (
      select rowid as doc_id from search_fts
      where search_fts match ${match} and rowid <= ${query.maxDocId} ${unlisted}
      order by rowid desc limit ${query.limit}) hits
    join search_documents d on d.doc_id = hits.doc_id
    join articles a on a.id = d.article_id
    order by hits.doc_id desc`.execute(db)
  const score = createScorer(query.terms)
  return result.rows.map((r) => ({ articleId: r.articleId, docId: Number(r.docId), relevance: score(r.title, r.standfirst) }))
}

export interface SnippetSource {
  id: string
  title: string
  standfirst: string | null
  excerpt: string
  body: string
}

/** The texts snippets are cut from, for one page of results. */
export async function loadSnippetSources(db: Executor, ids: readonly string[], chars: number): Promise<Map<string, SnippetSource>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('articles')
    .select((eb) => ['id', 'title', 'standfirst', 'excerpt', eb.fn<string>('substr', ['bodyText', eb.val(1), eb.val(chars)]).as('body')])
    .where('id', 'in', ids)
    .execute()
  return new Map(rows.map((r) => [r.id, r]))
}

/** Articles in id order after `afterId`, for rebuilding the index in batches. */
export async function listArticleIdsAfter(db: Executor, afterId: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('articles').select('id').where('id', '>', afterId).orderBy('id').limit(limit).execute()
  return rows.map((r) => r.id)
}

/** Empties the index (both tables on SQLite). */
export async function clearIndex(db: Executor): Promise<void> {
  if (dialectOf(db).name === 'postgres') await sql`truncate search_documents`.execute(db)
  else {
    await sql`delete from search_fts`.execute(db)
    await sql`delete from search_documents`.execute(db)
    await sql`delete from search_terms`.execute(db)
  }
}

/**
 * After a rebuild: SQLite merges the FTS segments into one (faster queries) and counts each
 * word's documents afresh from FTS5's own vocabulary (`search_terms` counts only grow between
 * rebuilds); PostgreSQL renews its statistics.
 */
export async function optimizeIndex(db: Db): Promise<void> {
  if (dialectOf(db).name === 'postgres') {
    await sql`analyze search_documents`.execute(db)
    return
  }
  await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db)
  await db.transaction().execute(async (trx) => {
    await sql`create virtual table if not exists temp.search_vocabulary using fts5vocab(main, search_fts, col)`.execute(trx)
    await sql`delete from search_terms`.execute(trx)
    // Per column, then the most of any text column: `scope` (listed/unlisted) is not text.
    await sql`insert into search_terms (term, docs) select term, max(doc) from temp.search_vocabulary where col <> 'scope' group by term`.execute(trx)
  })
}

export async function countDocuments(db: Executor): Promise<number> {
  const row = await db.selectFrom('searchDocuments').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Articles carrying a tag, or written by a person (their index text holds the name). */
export async function listArticleIdsWith(db: Executor, ref: { tagId?: string; userId?: string }): Promise<string[]> {
  if (ref.tagId !== undefined) return (await db.selectFrom('articleTags').select('articleId').where('tagId', '=', ref.tagId).execute()).map((r) => r.articleId)
  if (ref.userId !== undefined) return (await db.selectFrom('articleAuthors').select('articleId').where('userId', '=', ref.userId).execute()).map((r) => r.articleId)
  return []
}
