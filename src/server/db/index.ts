/**
 * Opens the database named by the config: better-sqlite3 (WAL, foreign keys, busy timeout) or a
 * `pg` pool. CamelCasePlugin maps snake_case columns to the camelCase the code uses.
 */
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import type pgModule from 'pg'
import type { DatabaseConfig } from '../config/index.js'
import type { Database, Db } from './database.js'
import { postgresDialect, sqliteDialect, type Dialect } from './dialect/index.js'

export type { Database, Db, Executor } from './database.js'
export type { Dialect, DialectName } from './dialect/index.js'
export { withExclusiveLock } from './dialect/index.js'
export { migrateToLatest, listMigrations } from './migrate.js'
export { inTransaction } from './transaction.js'
export { prepare, type PreparedQuery } from './prepared.js'

/** Ends a LISTEN subscription. */
export type Unlisten = () => Promise<void>

export interface DatabaseHandle {
  readonly db: Db
  readonly dialect: Dialect
  /**
   * PostgreSQL only: calls `onNotify` on every NOTIFY on `channel`, over a dedicated
   * connection that reconnects after a failure (`onReconnect` then lets the caller catch up).
   */
  readonly listen?: (channel: string, onNotify: () => void, onReconnect?: () => void) => Promise<Unlisten>
  destroy(): Promise<void>
}

/** What Kysely's SQLite driver uses of a statement. */
interface DriverStatement {
  readonly reader: boolean
  all(parameters: readonly unknown[]): unknown[]
  iterate(parameters: readonly unknown[]): IterableIterator<unknown>
  run(parameters: readonly unknown[]): SqliteDatabase.RunResult
}

/**
 * Rows as objects, made in JS. better-sqlite3 builds each row object in C++ one property at a
 * time; asking it for arrays and turning them into objects with a constructor made once per
 * statement (one object literal, so every row shares one shape) takes 40% less time — measured
 * on the Content API's list of 15 posts, 48 µs against 79 µs. Same keys, same values, and, as
 * with better-sqlite3's objects, a later column of the same name wins.
 */
function withObjectRows(statement: SqliteDatabase.Statement): DriverStatement {
  if (!statement.reader) return statement as unknown as DriverStatement
  statement.raw(true)
  // The source is built from JSON-quoted column names only.
  const maker = () => new Function('values', `return { ${statement.columns().map((column, i) => `${JSON.stringify(column.name)}: values[${i}]`).join(', ')} }`) as (values: unknown[]) => unknown
  let row = maker()
  let width = statement.columns().length
  // A `select *` prepared before a migration added a column answers with more values: rebuild.
  const fit = (values: unknown[]) => {
    if (values.length !== width) {
      row = maker()
      width = values.length
    }
  }
  return {
    reader: true,
    all(parameters) {
      const rows = statement.all(parameters) as unknown[][]
      if (rows[0]) fit(rows[0])
      return rows.map(row)
    },
    *iterate(parameters) {
      for (const values of statement.iterate(parameters) as IterableIterator<unknown[]>) {
        fit(values)
        yield row(values)
      }
    },
    run: (parameters) => statement.run(parameters),
  }
}

/**
 * Kysely prepares every query afresh; preparing costs as much as running a small query. Keep the
 * prepared statements (by SQL text, which holds no values) and reuse them: a page render runs
 * the same dozen statements every time.
 */
function withStatementCache(database: SqliteDatabase.Database, size = 500): SqliteDatabase.Database {
  const statements = new Map<string, DriverStatement>()
  const prepare = database.prepare.bind(database)
  database.prepare = ((source: string) => {
    let statement = statements.get(source)
    if (!statement) {
      statement = withObjectRows(prepare(source))
      statements.set(source, statement)
      if (statements.size > size) statements.delete(statements.keys().next().value as string)
    }
    return statement
  }) as unknown as typeof database.prepare
  return database
}

/** pg is loaded only for PostgreSQL: a SQLite newsroom starts without it (tens of ms at boot). */
const loadPg = (): typeof pgModule => createRequire(import.meta.url)('pg') as typeof pgModule

const int8 = 20
const numeric = 1700

export function openDatabase(config: DatabaseConfig, options: { poolSize?: number } = {}): DatabaseHandle {
  if (config.dialect === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true })
    const database = new SqliteDatabase(config.file)
    database.pragma('journal_mode = WAL')
    database.pragma('synchronous = NORMAL')
    database.pragma('foreign_keys = ON')
    database.pragma('busy_timeout = 5000')
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }), plugins: [new CamelCasePlugin()] })
    return { db, dialect: sqliteDialect, destroy: () => db.destroy() }
  }
  const pg = loadPg()
  const pool = new pg.Pool({
    connectionString: config.url,
    max: options.poolSize ?? 10,
    // bigint counts and epoch-millisecond times fit in a JS number (< 2^53).
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === int8 || oid === numeric ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  })
  // An idle connection that breaks (server restart) is dropped by the pool; without a listener
  // the error would crash the process.
  pool.on('error', () => undefined)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] })
  return { db, dialect: postgresDialect, listen: (channel, onNotify, onReconnect) => listenOn(config.url, channel, onNotify, onReconnect), destroy: () => db.destroy() }
}

async function listenOn(url: string, channel: string, onNotify: () => void, onReconnect?: () => void): Promise<Unlisten> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`)
  const pg = loadPg()
  let client: pgModule.Client | null = null
  let stopped = false
  let retry: NodeJS.Timeout | undefined
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url })
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify()
    })
    next.on('error', () => {
      // The connection broke (server restart, network): reconnect and let the caller catch up.
      void next.end().catch(() => undefined)
      if (!stopped) retry = setTimeout(() => void connect().then(onReconnect, () => undefined), 1000)
    })
    await next.connect()
    await next.query(`LISTEN ${channel}`)
    client = next
  }
  await connect()
  return async () => {
    stopped = true
    clearTimeout(retry)
    await client?.end().catch(() => undefined)
  }
}
