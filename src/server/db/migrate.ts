/** Runs the migrations in migrations/index.ts up to the latest, on either dialect. */
import { Migrator, type Kysely, type MigrationResultSet } from 'kysely'
import { migrations } from './migrations/index.js'

export function listMigrations(): string[] {
  return Object.keys(migrations)
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on Kysely<any>
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const result = await migrator.migrateToLatest()
  if (result.error) throw result.error
  return result
}
