/** Queries on the media table. */
import type { Executor } from '../../db/index.js'
import type { MediaTable } from './media.table.js'

export type MediaRow = MediaTable

export async function insertMedia(db: Executor, row: MediaRow): Promise<void> {
  await db.insertInto('media').values(row).execute()
}

export function findMediaById(db: Executor, id: string): Promise<MediaRow | undefined> {
  return db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst()
}

export function findMediaByIds(db: Executor, ids: readonly string[]): Promise<MediaRow[]> {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('media').selectAll().where('id', 'in', [...ids]).orderBy('id').execute()
}

export interface MediaListQuery {
  limit: number
  offset: number
  /** Only rows older than this position in the list (keyset paging). */
  before?: { createdAt: number; id: string }
}

/** Newest first; the id breaks ties so SQLite and PostgreSQL agree. */
export function listMedia(db: Executor, query: MediaListQuery): Promise<MediaRow[]> {
  const { before } = query
  let select = db.selectFrom('media').selectAll()
  if (before) {
    select = select.where((eb) =>
      eb.or([eb('createdAt', '<', before.createdAt), eb.and([eb('createdAt', '=', before.createdAt), eb('id', '<', before.id)])]),
    )
  }
  return select.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute()
}

export async function countMedia(db: Executor): Promise<number> {
  const row = await db.selectFrom('media').select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirstOrThrow()
  return Number(row.count)
}

export async function updateMedia(db: Executor, id: string, patch: Partial<Pick<MediaRow, 'alt' | 'caption' | 'credit' | 'updatedAt'>>): Promise<number> {
  const result = await db.updateTable('media').set(patch).where('id', '=', id).executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export async function deleteMedia(db: Executor, id: string): Promise<number> {
  const result = await db.deleteFrom('media').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows)
}
