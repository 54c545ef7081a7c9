/** Queries of the import module: the source map, and redirects written in bulk. */
import type { Kysely } from 'kysely'
import type { Database, Executor } from '../../db/index.js'
import type { ImportJobTable, ImportSourceTable } from './import.table.js'

export async function findSources(db: Executor, source: string, kind: ImportSourceTable['kind'], sourceIds: string[]): Promise<Map<string, ImportSourceTable>> {
  const found = new Map<string, ImportSourceTable>()
  for (let i = 0; i < sourceIds.length; i += 500) {
    const rows = await db.selectFrom('importSources').selectAll().where('source', '=', source).where('kind', '=', kind).where('sourceId', 'in', sourceIds.slice(i, i + 500)).execute()
    for (const row of rows) found.set(row.sourceId, row)
  }
  return found
}

export async function saveSources(db: Executor, rows: ImportSourceTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('importSources')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) =>
        oc.columns(['source', 'kind', 'sourceId']).doUpdateSet((eb) => ({
          targetId: eb.ref('excluded.targetId'),
          checksum: eb.ref('excluded.checksum'),
          importedAt: eb.ref('excluded.importedAt'),
        })),
      )
      .execute()
  }
}

/** Old paths → new ones; an old path already redirected is pointed at the new place. */
export async function saveRedirects(db: Executor, redirects: { fromPath: string; toPath: string }[], at: number): Promise<void> {
  const unique = [...new Map(redirects.filter((r) => r.fromPath !== r.toPath).map((r) => [r.fromPath, r])).values()]
  for (let i = 0; i < unique.length; i += 200) {
    await db
      .insertInto('redirects')
      .values(unique.slice(i, i + 200).map((r) => ({ fromPath: r.fromPath, toPath: r.toPath, statusCode: 301, createdAt: at })))
      .onConflict((oc) => oc.column('fromPath').doUpdateSet((eb) => ({ toPath: eb.ref('excluded.toPath') })))
      .execute()
  }
}

/** Which of these slugs articles already use. */
export async function takenArticleSlugs(db: Executor, slugs: string[]): Promise<Set<string>> {
  const taken = new Set<string>()
  for (let i = 0; i < slugs.length; i += 500) {
    for (const row of await db.selectFrom('articles').select('slug').where('slug', 'in', slugs.slice(i, i + 500)).execute()) taken.add(row.slug)
  }
  return taken
}

/** Which of these ids still exist in a table (a mapped target may have been deleted since). */
export async function existingIds(db: Executor, table: 'articles' | 'users' | 'tags' | 'media', ids: string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (let i = 0; i < ids.length; i += 500) {
    for (const row of await db.selectFrom(table).select('id').where('id', 'in', ids.slice(i, i + 500)).execute()) found.add(row.id)
  }
  return found
}

/** The current slugs of these articles. */
export async function articleSlugs(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const slugs = new Map<string, string>()
  for (let i = 0; i < ids.length; i += 500) {
    for (const row of await db.selectFrom('articles').select(['id', 'slug']).where('id', 'in', ids.slice(i, i + 500)).execute()) slugs.set(row.id, row.slug)
  }
  return slugs
}

/** A table in a Newsdesk export: its name (as Kysely knows it), the key rows are ordered by, columns left out. */
export interface TransferTable {
  name: keyof Database
  key: string[]
  omit?: string[]
  /** Migrations write default rows here; an import replaces them. */
  replace?: boolean
}

// Export and import walk every table the same way, so they address them by name.
const anyDb = (db: Executor) => db as unknown as Kysely<Record<string, Record<string, unknown>>>

/** Every row of a table in key order, a page at a time (camelCase columns, as the code sees them). */
export async function* readRows(db: Executor, table: TransferTable, pageSize: number): AsyncGenerator<Record<string, unknown>[]> {
  for (let offset = 0; ; offset += pageSize) {
    let query = anyDb(db).selectFrom(table.name).selectAll()
    for (const column of table.key) query = query.orderBy(column)
    const rows = await query.limit(pageSize).offset(offset).execute()
    for (const row of rows) for (const column of table.omit ?? []) delete row[column]
    if (rows.length > 0) yield rows
    if (rows.length < pageSize) return
  }
}

export async function insertRows(db: Executor, table: TransferTable, rows: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await anyDb(db).insertInto(table.name).values(rows.slice(i, i + 100)).execute()
}

/** Empties a table (rows a migration wrote, such as default settings and ad slots, before an import replaces them). */
export async function clearTable(db: Executor, table: TransferTable): Promise<void> {
  await anyDb(db).deleteFrom(table.name).execute()
}

export async function countRows(db: Executor, tables: (keyof Database)[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const row = await anyDb(db).selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()
    counts[table] = Number(row?.n ?? 0)
  }
  return counts
}

export async function insertJob(db: Executor, row: ImportJobTable): Promise<void> {
  await db.insertInto('importJobs').values(row).execute()
}

export async function updateJob(db: Executor, id: string, patch: Partial<ImportJobTable>): Promise<void> {
  await db.updateTable('importJobs').set(patch).where('id', '=', id).execute()
}

export function findJob(db: Executor, id: string): Promise<ImportJobTable | undefined> {
  return db.selectFrom('importJobs').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listJobs(db: Executor, limit: number): Promise<ImportJobTable[]> {
  return db.selectFrom('importJobs').selectAll().orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).execute()
}

/** Jobs still marked running that no process has touched since `before`: their process stopped. */
export async function failStaleJobs(db: Executor, before: number, at: number): Promise<number> {
  const result = await db
    .updateTable('importJobs')
    .set({ status: 'failed', error: 'The import stopped (the server restarted). Start it again: items already imported are not duplicated.', finishedAt: at, updatedAt: at })
    .where('status', 'in', ['queued', 'running'])
    .where('updatedAt', '<', before)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}
