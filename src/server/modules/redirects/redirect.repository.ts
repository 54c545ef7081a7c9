/** Queries on redirects. */
import type { Executor } from '../../db/index.js'

export function findRedirect(db: Executor, fromPath: string) {
  return db.selectFrom('redirects').select(['toPath', 'statusCode']).where('fromPath', '=', fromPath).executeTakeFirst()
}

/**
 * Records that `fromPath` moved to `toPath`: earlier redirects to `fromPath` now point straight
 * at `toPath` (no chains), and a redirect from `toPath` is dropped (the path is live again).
 */
export async function moveRedirect(db: Executor, fromPath: string, toPath: string, at: number): Promise<void> {
  await db.deleteFrom('redirects').where('fromPath', '=', toPath).execute()
  await db.updateTable('redirects').set({ toPath }).where('toPath', '=', fromPath).execute()
  await db
    .insertInto('redirects')
    .values({ fromPath, toPath, statusCode: 301, createdAt: at })
    .onConflict((oc) => oc.column('fromPath').doUpdateSet({ toPath, statusCode: 301 }))
    .execute()
}

export async function deleteRedirectFrom(db: Executor, fromPath: string): Promise<void> {
  await db.deleteFrom('redirects').where('fromPath', '=', fromPath).execute()
}
