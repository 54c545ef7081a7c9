/**
 * Follows the events outbox in order and hands new events to a consumer (cache purge, later the
 * search index and feeds). PostgreSQL pushes a NOTIFY on every commit, so every process reads
 * the new rows at once; SQLite processes (one machine) poll. Both also poll slowly as a safety
 * net. Ids from concurrent transactions can commit out of order, so each read looks a little
 * behind the last id seen and skips what it already handled.
 */
import type { Unlisten } from '../../db/index.js'
import type { ModuleContext } from '../context.js'
import { eventsChannel, latestEventId, listEventsAfter, type DomainEvent } from './event.repository.js'

/** How far behind the newest id each read looks for late commits. */
const lookBehind = 64
const seenLimit = 4096

export interface EventFeedOptions {
  /** LISTEN on PostgreSQL; absent on SQLite. */
  listen?: (channel: string, onNotify: () => void, onReconnect?: () => void) => Promise<Unlisten>
  /** Poll interval: short without LISTEN, a slow safety net with it. */
  pollMs?: number
  onEvents: (events: DomainEvent[]) => void | Promise<void>
  onError?: (error: unknown) => void
}

export interface EventFeed {
  /** Reads whatever is new now (tests call this instead of waiting for a poll). */
  catchUp(): Promise<void>
  stop(): Promise<void>
}

export async function startEventFeed(ctx: ModuleContext, options: EventFeedOptions): Promise<EventFeed> {
  let lastId = await latestEventId(ctx.db)
  const seen = new Set<number>()
  let running: Promise<void> | null = null
  let again = false
  let stopped = false

  async function read(): Promise<void> {
    for (;;) {
      const events = (await listEventsAfter(ctx.db, Math.max(0, lastId - lookBehind), 500)).filter((e) => !seen.has(e.id))
      if (events.length === 0) return
      for (const event of events) {
        seen.add(event.id)
        lastId = Math.max(lastId, event.id)
      }
      if (seen.size > seenLimit) for (const id of [...seen].slice(0, seen.size - seenLimit)) seen.delete(id)
      await options.onEvents(events)
      if (events.length < 500) return
    }
  }

  function catchUp(): Promise<void> {
    if (stopped) return Promise.resolve()
    if (running) {
      again = true
      return running
    }
    running = read()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = null
        if (again) {
          again = false
          void catchUp()
        }
      })
    return running
  }

  // Everything up to now is history: mark the last window as seen so it is not replayed.
  for (const event of await listEventsAfter(ctx.db, Math.max(0, lastId - lookBehind), lookBehind)) seen.add(event.id)

  const unlisten = options.listen ? await options.listen(eventsChannel, () => void catchUp(), () => void catchUp()) : null
  const timer = setInterval(() => void catchUp(), options.pollMs ?? (unlisten ? 2000 : 250))
  timer.unref()

  return {
    catchUp,
    async stop() {
      stopped = true
      clearInterval(timer)
      await unlisten?.()
      await running
    },
  }
}
