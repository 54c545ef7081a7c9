/** Runs work in one transaction: services use this instead of reaching for Kysely. */
import type { Db, Executor } from './database.js'

export function inTransaction<T>(db: Db, work: (trx: Executor) => Promise<T>): Promise<T> {
  return db.transaction().execute(work)
}
