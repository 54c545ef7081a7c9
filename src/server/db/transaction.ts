/** Runs work in one transaction: services use this instead of reaching for Kysely. */
import { sql } from 'kysely'
import type { Db, Executor } from './database.js'
import { dialectOf } from './dialect/index.js'

/**
 * On SQLite the transaction starts with BEGIN IMMEDIATE: it takes the write lock up front (waiting
 * up to busy_timeout), so two processes on one file queue instead of failing with SQLITE_BUSY
 * when a reader tries to become a writer. PostgreSQL uses an ordinary transaction.
 */
export function inTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): Promise<T> {
  if (dialectOf(db).name !== 'sqlite') return db.transaction().execute(work)
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection)
    try {
      const result = await work(connection)
      await sql`commit`.execute(connection)
      return result
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => undefined)
      throw error
    }
  })
}
