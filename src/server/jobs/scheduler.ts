/**
 * Background work every app process runs: publishing scheduled articles when their time comes
 * (exactly once across processes; see articles.publishDue) and clearing expired sessions.
 * Runs never overlap within a process; a failed run is logged and retried on the next tick.
 */
import type { Services } from '../services.js'

/** The two log levels jobs use (pino's signature: fields first, then the message). */
export interface JobLog {
  info(fields: object, message: string): void
  error(fields: object, message: string): void
}

export interface Jobs {
  /** Runs every job once now (tests, and the first tick at start to catch up after downtime). */
  runOnce(): Promise<void>
  stop(): Promise<void>
}

export function startJobs(services: Services, log: JobLog, options: { intervalMs?: number } = {}): Jobs {
  let running: Promise<void> | null = null
  let ticks = 0

  async function work(): Promise<void> {
    const published = await services.articles.publishDue()
    for (const article of published) log.info({ articleId: article.id, slug: article.slug }, 'published on schedule')
    ticks += 1
    if (ticks % 3600 === 1) await services.auth.purgeExpiredSessions()
  }

  function runOnce(): Promise<void> {
    running ??= work()
      .catch((error: unknown) => log.error({ err: error }, 'scheduled job failed'))
      .finally(() => {
        running = null
      })
    return running
  }

  void runOnce()
  const timer = setInterval(() => void runOnce(), options.intervalMs ?? 1000)
  timer.unref()
  return {
    runOnce,
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
