/** Queries on tags. */
import type { Executor } from '../../db/index.js'
import type { TagTable } from './tag.table.js'

export type TagRow = TagTable

export function findTagsBySlugsOrNames(db: Executor, slugs: string[], names: string[]): Promise<TagRow[]> {
  if (slugs.length === 0 && names.length === 0) return Promise.resolve([])
  return db
    .selectFrom('tags')
    .selectAll()
    .where((eb) => eb.or([eb('slug', 'in', slugs.length ? slugs : ['']), eb('name', 'in', names.length ? names : [''])]))
    .orderBy('id')
    .execute()
}

export function findTagBySlug(db: Executor, slug: string): Promise<TagRow | undefined> {
  return db.selectFrom('tags').selectAll().where('slug', '=', slug).executeTakeFirst()
}

export async function insertTag(db: Executor, row: TagRow): Promise<void> {
  await db.insertInto('tags').values(row).execute()
}

export function listTags(db: Executor): Promise<TagRow[]> {
  return db.selectFrom('tags').selectAll().orderBy('name').orderBy('id').execute()
}

export async function slugsStartingWith(db: Executor, base: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('tags')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute()
  return new Set(rows.map((r) => r.slug))
}

export function findTagById(db: Executor, id: string): Promise<TagRow | undefined> {
  return db.selectFrom('tags').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function updateTagRow(db: Executor, id: string, patch: Partial<TagRow>): Promise<void> {
  await db.updateTable('tags').set(patch).where('id', '=', id).execute()
}

export async function deleteTagRow(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('tags').where('id', '=', id).execute()
}

/** How many articles carry each tag, for the desk's tag list. */
export async function countTagUse(db: Executor): Promise<Map<string, number>> {
  const rows = await db.selectFrom('articleTags').select(['tagId', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('tagId').execute()
  return new Map(rows.map((r) => [r.tagId, Number(r.count)]))
}
