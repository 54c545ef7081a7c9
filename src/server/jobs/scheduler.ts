/**
 * Background work every app process runs: flushing its view and ad counts (every second) and folding
 * them into days (every minute), publishing scheduled articles when their time comes (exactly
 * once across processes; see articles.publishDue) and clearing expired sessions.
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

  /** One task's failure is logged and does not hold up the others. */
  const attempt = (name: string, task: () => Promise<unknown>) => task().catch((error: unknown) => log.error({ err: error, job: name }, 'scheduled job failed'))

  async function work(): Promise<void> {
    // This process's view counts go to the database every second; days are folded every minute.
    await attempt('audience flush', () => services.audience.flush())
    await attempt('ads flush', () => services.ads.flush())
    if (ticks % 60 === 0) await attempt('audience roll-up', () => services.audience.rollUp())
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
