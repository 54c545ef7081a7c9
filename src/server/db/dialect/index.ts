/**
 * What differs between SQLite and PostgreSQL, in one place. Everything else is plain Kysely
 * that both dialects run unchanged.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely'

export type DialectName = 'sqlite' | 'postgres'

export interface Dialect {
  readonly name: DialectName
  /** Row locks with SKIP LOCKED, so several processes can share a job queue. */
  readonly skipLocked: boolean
  /** LISTEN/NOTIFY, so every process hears an event at once. */
  readonly notify: boolean
  /** True when the error is a unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean
}

export const sqliteDialect: Dialect = Object.freeze({
  name: 'sqlite',
  skipLocked: false,
  notify: false,
  isUniqueViolation: (error: unknown) => {
    const code = (error as { code?: unknown }).code
    return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  },
})

export const postgresDialect: Dialect = Object.freeze({
  name: 'postgres',
  skipLocked: true,
  notify: true,
  isUniqueViolation: (error: unknown) => (error as { code?: unknown }).code === '23505',
})

/** Which dialect a Kysely instance speaks (migrations run on Kysely<any>). */
export function dialectOf(db: Pick<Kysely<unknown>, 'getExecutor'>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect
}

/** The column type of an auto-incrementing integer key. */
export function autoIncrementType(dialect: Dialect) {
  return dialect.name === 'postgres' ? sql`bigserial` : sql`integer`
}

/**
 * Runs `work` while holding a database-wide lock, so only one of several processes does it at a
 * time (a PostgreSQL advisory lock). On SQLite it simply runs: SQLite is the one-process setup,
 * and two processes started at the same moment on one empty file are not guarded.
 */
export async function withExclusiveLock<T, DB>(db: Kysely<DB>, dialect: Dialect, key: number, work: () => Promise<T>): Promise<T> {
  if (dialect.name !== 'postgres') return work()
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${key})`.execute(connection)
    try {
      return await work()
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(connection)
    }
  })
}
