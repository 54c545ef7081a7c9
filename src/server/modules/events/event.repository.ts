/** The events outbox: append in the caller's transaction, read in order. */
import { sql } from 'kysely'
import type { Executor } from '../../db/index.js'
import { dialectOf } from '../../db/dialect/index.js'

/** The PostgreSQL channel every process listens on; the notification carries nothing, readers fetch from the table. */
export const eventsChannel = 'newsdesk_events'

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
  // Delivered when (and only if) the surrounding transaction commits; repeats within it fold into one.
  if (dialectOf(db).notify) await sql`select pg_notify(${eventsChannel}, '')`.execute(db)
}

export async function listEventsAfter(db: Executor, afterId: number, limit: number): Promise<DomainEvent[]> {
  const rows = await db.selectFrom('events').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute()
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as Record<string, unknown> }))
}

export async function latestEventId(db: Executor): Promise<number> {
  const row = await db.selectFrom('events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst()
  return Number(row?.id ?? 0)
}
