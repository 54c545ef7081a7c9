/** Queries on users and staff API tokens. */
import type { Executor } from '../../db/index.js'
import type { ApiTokenTable, UserTable } from './people.table.js'

export type UserRow = UserTable
export type ApiTokenRow = ApiTokenTable

export async function insertUser(db: Executor, row: UserRow): Promise<void> {
  await db.insertInto('users').values(row).execute()
}

export function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()
}

export function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
}

export function findApiTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('apiTokens').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst()
}

export async function touchApiToken(db: Executor, id: string, at: number): Promise<void> {
  await db.updateTable('apiTokens').set({ lastUsedAt: at }).where('id', '=', id).execute()
}

export async function countAdmins(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('count')).where('role', '=', 'admin').where('status', '=', 'active').executeTakeFirstOrThrow()
  return Number(row.count)
}

export async function countAuthoredArticles(db: Executor, userId: string): Promise<number> {
  const row = await db.selectFrom('articleAuthors').select((eb) => eb.fn.countAll<number>().as('count')).where('userId', '=', userId).executeTakeFirstOrThrow()
  return Number(row.count)
}

export async function deleteUser(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', id).execute()
}

export function findUsersByIdsOrEmails(db: Executor, refs: string[]): Promise<UserRow[]> {
  if (refs.length === 0) return Promise.resolve([])
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb.or([eb('id', 'in', refs), eb('email', 'in', refs)]))
    .orderBy('id')
    .execute()
}

export function findUserBySlug(db: Executor, slug: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('slug', '=', slug).executeTakeFirst()
}

export async function updateUser(db: Executor, id: string, patch: Partial<UserRow>): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute()
}

export function listUsers(db: Executor): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute()
}

export async function userSlugsStartingWith(db: Executor, base: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('users')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute()
  return new Set(rows.map((r) => r.slug))
}

export async function insertApiToken(db: Executor, row: ApiTokenRow): Promise<void> {
  await db.insertInto('apiTokens').values(row).execute()
}

export function findApiTokenById(db: Executor, id: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('apiTokens').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listApiTokens(db: Executor, userId: string): Promise<ApiTokenRow[]> {
  return db.selectFrom('apiTokens').selectAll().where('userId', '=', userId).orderBy('createdAt').orderBy('id').execute()
}

export async function revokeApiToken(db: Executor, id: string, at: number): Promise<number> {
  const result = await db.updateTable('apiTokens').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows)
}
