/**
 * The one harness every database suite runs through: `describeEachDialect` runs the suite on
 * SQLite (a fresh file) and on PostgreSQL (a fresh database on the server scripts/test.mjs
 * started). Without PostgreSQL the suite is skipped loudly, or fails under CI=true.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { migrateToLatest, openDatabase, type DatabaseHandle, type DialectName } from '../../src/server/db/index.js'

export const pgAdminUrl = process.env.NEWSDESK_TEST_PG_URL
const ci = process.env.CI === 'true'

export interface TestDatabase extends DatabaseHandle {
  /** Removes the database (file or PostgreSQL database). */
  drop(): Promise<void>
  /** How the database is reached, for child processes: a sqlite: or postgres:// URL. */
  url: string
}

export async function createTestDatabase(dialect: DialectName, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-test-'))
    const file = join(dir, 'test.db')
    const handle = openDatabase({ dialect: 'sqlite', file })
    if (migrate) await migrateToLatest(handle.db)
    return {
      ...handle,
      url: `sqlite:${file}`,
      drop: async () => {
        await handle.destroy().catch(() => undefined)
        rmSync(dir, { recursive: true, force: true })
      },
    }
  }
  if (!pgAdminUrl) throw new Error('PostgreSQL is not available')
  const name = `newsdesk_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  const admin = new pg.Client({ connectionString: pgAdminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(pgAdminUrl)
  url.pathname = `/${name}`
  const handle = openDatabase({ dialect: 'postgres', url: url.toString() }, { poolSize: 5 })
  if (migrate) await migrateToLatest(handle.db)
  return {
    ...handle,
    url: url.toString(),
    drop: async () => {
      await handle.destroy().catch(() => undefined)
      const client = new pg.Client({ connectionString: pgAdminUrl })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}

export const dialectNames: DialectName[] = ['sqlite', 'postgres']

export interface DialectSuite {
  readonly dialect: DialectName
  /** The suite's database, fresh for the suite (set in before()). */
  readonly database: TestDatabase
}

/** Runs `body` once per dialect as `name [sqlite]` and `name [postgres]`. */
export function describeEachDialect(name: string, body: (suite: DialectSuite) => void, options: { migrate?: boolean; skip?: string | false } = {}): void {
  for (const dialect of dialectNames) {
    if (options.skip) {
      describe(`${name} [${dialect}]`, { skip: options.skip }, () => undefined)
      continue
    }
    if (dialect === 'postgres' && !pgAdminUrl) {
      if (ci) {
        describe(`${name} [postgres]`, () => {
          it('has a PostgreSQL server (required under CI=true)', () => assert.fail('PostgreSQL is not available: install postgresql or set DATABASE_URL'))
        })
      } else {
        console.warn(`\n!!! SKIPPING "${name} [postgres]": no PostgreSQL found (install postgresql or set DATABASE_URL) !!!\n`)
        describe(`${name} [postgres]`, { skip: 'PostgreSQL not available' }, () => undefined)
      }
      continue
    }
    describe(`${name} [${dialect}]`, () => {
      let database: TestDatabase | undefined
      const suite: DialectSuite = {
        dialect,
        get database() {
          if (!database) throw new Error('the database is set up in before()')
          return database
        },
      }
      before(async () => {
        database = await createTestDatabase(dialect, options)
      })
      body(suite)
      // Registered after the suite's own hooks, so apps close before their database goes.
      after(async () => {
        await database?.drop()
      })
    })
  }
}

/** Another connection (pool) to the same test database, as a second app process would have. */
export function openAnotherHandle(database: TestDatabase): DatabaseHandle {
  if (database.url.startsWith('sqlite:')) return openDatabase({ dialect: 'sqlite', file: database.url.slice('sqlite:'.length) })
  return openDatabase({ dialect: 'postgres', url: database.url }, { poolSize: 5 })
}
