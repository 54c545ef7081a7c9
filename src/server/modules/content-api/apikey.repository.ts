/** Queries on Content API keys. */
import type { Executor } from '../../db/index.js'
import type { ContentApiKeyTable } from './apikey.table.js'

export type ContentApiKeyRow = ContentApiKeyTable

export async function insertContentApiKey(db: Executor, row: ContentApiKeyRow): Promise<void> {
  await db.insertInto('contentApiKeys').values(row).execute()
}

export function findContentApiKeyByHash(db: Executor, keyHash: string): Promise<ContentApiKeyRow | undefined> {
  return db.selectFrom('contentApiKeys').selectAll().where('keyHash', '=', keyHash).executeTakeFirst()
}

export function findContentApiKeyById(db: Executor, id: string): Promise<ContentApiKeyRow | undefined> {
  return db.selectFrom('contentApiKeys').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listContentApiKeys(db: Executor): Promise<ContentApiKeyRow[]> {
  return db.selectFrom('contentApiKeys').selectAll().orderBy('createdAt').orderBy('id').execute()
}

export async function revokeContentApiKey(db: Executor, id: string, at: number): Promise<void> {
  await db.updateTable('contentApiKeys').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).execute()
}

export async function touchContentApiKey(db: Executor, id: string, at: number): Promise<void> {
  await db.updateTable('contentApiKeys').set({ lastUsedAt: at }).where('id', '=', id).execute()
}
