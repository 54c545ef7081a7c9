/** Queries on login sessions and login throttling. */
import type { Executor } from '../../db/index.js'
import type { LoginThrottleTable, SessionTable } from './auth.table.js'

export async function insertSession(db: Executor, row: SessionTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute()
}

export function findSession(db: Executor, id: string): Promise<SessionTable | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function touchSession(db: Executor, id: string, lastSeenAt: number, expiresAt: number): Promise<void> {
  await db.updateTable('sessions').set({ lastSeenAt, expiresAt }).where('id', '=', id).execute()
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute()
}

export async function deleteUserSessions(db: Executor, userId: string, keepId?: string): Promise<number> {
  let q = db.deleteFrom('sessions').where('userId', '=', userId)
  if (keepId !== undefined) q = q.where('id', '!=', keepId)
  const result = await q.executeTakeFirst()
  return Number(result.numDeletedRows)
}

export async function deleteExpiredSessions(db: Executor, now: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expiresAt', '<=', now).executeTakeFirst()
  return Number(result.numDeletedRows)
}

export function findThrottles(db: Executor, keys: string[]): Promise<LoginThrottleTable[]> {
  return db.selectFrom('loginThrottle').selectAll().where('key', 'in', keys).orderBy('key').execute()
}

/** Counts one more failure; the caller computes the lock from the new count. */
export async function recordFailure(db: Executor, key: string, now: number, lockFor: (failures: number) => number): Promise<number> {
  const current = await db.selectFrom('loginThrottle').selectAll().where('key', '=', key).executeTakeFirst()
  const failures = (current?.failures ?? 0) + 1
  const lockedUntil = now + lockFor(failures)
  if (current) await db.updateTable('loginThrottle').set({ failures, lastFailureAt: now, lockedUntil }).where('key', '=', key).execute()
  else await db.insertInto('loginThrottle').values({ key, failures, lastFailureAt: now, lockedUntil }).execute()
  return failures
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('loginThrottle').where('key', '=', key).execute()
}

export async function deleteStaleThrottles(db: Executor, before: number): Promise<void> {
  await db.deleteFrom('loginThrottle').where('lastFailureAt', '<', before).where('lockedUntil', '<', before).execute()
}
