/** The events outbox: append in the caller's transaction, read in order. */
import type { Executor } from '../../db/index.js'

export interface DomainEvent {
  id: number
  type: string
  subjectId: string | null
  payload: Record<string, unknown>
  createdAt: number
}

export async function appendEvent(
  db: Executor,
  event: { type: string; subjectId: string | null; payload: Record<string, unknown>; createdAt: number },
): Promise<void> {
  await db
    .insertInto('events')
    .values({ type: event.type, subjectId: event.subjectId, payload: JSON.stringify(event.payload), createdAt: event.createdAt })
    .execute()
}

export async function listEventsAfter(db: Executor, afterId: number, limit: number): Promise<DomainEvent[]> {
  const rows = await db.selectFrom('events').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute()
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as Record<string, unknown> }))
}

export async function latestEventId(db: Executor): Promise<number> {
  const row = await db.selectFrom('events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst()
  return Number(row?.id ?? 0)
}
