/**
 * The schema snapshot: migrating an empty database must give exactly the schema recorded in
 * test/fixtures/schema-snapshot.json, and merged migrations must not change. After adding a
 * migration, record the new schema with UPDATE_SCHEMA_SNAPSHOT=1 npm test.
 */
import { it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { describeEachDialect } from '../../../test/helpers/db.js'
import { listMigrations, type Db } from './index.js'

const snapshotFile = join(import.meta.dirname, '../../../test/fixtures/schema-snapshot.json')
const migrationsDir = join(import.meta.dirname, 'migrations')
const update = process.env.UPDATE_SCHEMA_SNAPSHOT === '1'

interface Snapshot {
  migrations: Record<string, string>
  sqlite: string[]
  postgres: string[]
}

function readSnapshot(): Snapshot {
  return existsSync(snapshotFile) ? (JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot) : { migrations: {}, sqlite: [], postgres: [] }
}

function migrationHashes(): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const file of readdirSync(migrationsDir).filter((f) => f !== 'index.ts' && f.endsWith('.ts')).sort()) {
    hashes[file.replace(/\.ts$/, '')] = createHash('sha256').update(readFileSync(join(migrationsDir, file))).digest('hex')
  }
  return hashes
}

async function describeSchema(db: Db, dialect: 'sqlite' | 'postgres'): Promise<string[]> {
  if (dialect === 'sqlite') {
    const rows = await sql<{ type: string; name: string; sql: string | null }>`
      select type, name, sql from sqlite_master where name not like 'sqlite_%' and name not like 'kysely_%' order by type, name`.execute(db)
    return rows.rows.map((r) => `${r.type} ${r.name}: ${(r.sql ?? '(implicit)').replace(/\s+/g, ' ')}`)
  }
  const columns = await sql<{ line: string }>`
    select table_name || '.' || column_name || ' ' || data_type || (case when is_nullable = 'NO' then ' not null' else '' end)
      || coalesce(' default ' || column_default, '') as line
    from information_schema.columns where table_schema = 'public' and table_name not like 'kysely_%'
    order by table_name, ordinal_position`.execute(db)
  const constraints = await sql<{ line: string }>`
    select rel.relname || ' constraint ' || con.conname || ': ' || pg_get_constraintdef(con.oid) as line
    from pg_constraint con join pg_class rel on rel.oid = con.conrelid join pg_namespace ns on ns.oid = rel.relnamespace
    where ns.nspname = 'public' and rel.relname not like 'kysely_%' order by rel.relname, con.conname`.execute(db)
  const indexes = await sql<{ line: string }>`
    select 'index ' || indexname || ': ' || indexdef as line from pg_indexes
    where schemaname = 'public' and tablename not like 'kysely_%' order by indexname`.execute(db)
  return [...columns.rows, ...constraints.rows, ...indexes.rows].map((r) => r.line)
}

describeEachDialect('schema snapshot', (suite) => {
  it('lists every migration file in migrations/index.ts', () => {
    assert.deepEqual(listMigrations(), Object.keys(migrationHashes()))
  })

  it('keeps merged migrations frozen', () => {
    const snapshot = readSnapshot()
    const hashes = migrationHashes()
    for (const [name, hash] of Object.entries(snapshot.migrations)) {
      assert.equal(hashes[name], hash, `migration ${name} changed after it was recorded: add a new migration instead`)
    }
  })

  it('matches the recorded schema', async () => {
    const schema = await describeSchema(suite.database.db, suite.dialect)
    const snapshot = readSnapshot()
    if (update) {
      writeFileSync(snapshotFile, `${JSON.stringify({ ...snapshot, migrations: migrationHashes(), [suite.dialect]: schema }, null, 2)}\n`)
      return
    }
    const hashes = migrationHashes()
    const newMigrations = Object.keys(hashes).filter((name) => !(name in snapshot.migrations))
    assert.deepEqual(newMigrations, [], 'new migrations: record the schema with UPDATE_SCHEMA_SNAPSHOT=1 npm test')
    assert.deepEqual(schema, snapshot[suite.dialect], 'the schema differs from the snapshot, but no migration was added: change the schema only through a new migration')
  })
})
