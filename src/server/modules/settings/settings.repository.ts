/** Queries on settings. */
import type { Executor } from '../../db/index.js'

export function readSettings(db: Executor) {
  return db.selectFrom('settings').select(['key', 'value']).orderBy('key').execute()
}

export async function writeSetting(db: Executor, key: string, value: string, at: number): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value, updatedAt: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: at }))
    .execute()
}
