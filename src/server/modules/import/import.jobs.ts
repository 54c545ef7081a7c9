/**
 * Imports started from the desk: the uploaded file is kept in DATA_DIR/imports, the import runs
 * in the background of the process that took the upload, and its progress and report live in
 * `import_jobs`, so any process can answer "how far is it?". A job whose process stopped is marked
 * failed after a while; starting it again is safe (imports never duplicate).
 */
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../errors.js'
import { newId } from '../../../shared/ids.js'
import type { ModuleContext } from '../context.js'
import type { Actor } from '../people/index.js'
import { actorUserId } from '../people/index.js'
import type { createGhostImporter } from './ghost.import.js'
import { failStaleJobs, findJob, insertJob, listJobs, updateJob } from './import.repository.js'
import type { ImportJobTable } from './import.table.js'
import type { createNewsdeskTransfer } from './newsdesk.transfer.js'
import type { createWordPressImporter } from './wordpress.import.js'

export type ImportKind = ImportJobTable['kind']
export const importKinds: readonly ImportKind[] = ['wordpress', 'ghost', 'newsdesk']

export interface ImportJob {
  id: string
  kind: ImportKind
  status: ImportJobTable['status']
  dryRun: boolean
  filename: string
  progress: { done: number; total: number }
  report: unknown
  error: string | null
  createdBy: string | null
  createdAt: number
  updatedAt: number
  finishedAt: number | null
}

/** A running job writes its progress at most this often. */
const progressEveryMs = 1000
/** A running job untouched for this long belongs to a process that stopped. */
const staleAfterMs = 10 * 60_000

function present(row: ImportJobTable): ImportJob {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    dryRun: row.dryRun === 1,
    filename: row.filename,
    progress: { done: row.done, total: row.total },
    report: row.report ? (JSON.parse(row.report) as unknown) : null,
    error: row.error,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
  }
}

export function createImportJobs(
  ctx: ModuleContext,
  deps: { folder: string; wordpress: ReturnType<typeof createWordPressImporter>; ghost: ReturnType<typeof createGhostImporter>; transfer: ReturnType<typeof createNewsdeskTransfer> },
) {
  const running = new Set<Promise<void>>()

  async function run(id: string, kind: ImportKind, file: string, dryRun: boolean): Promise<void> {
    let last = 0
    const onProgress = (done: number, total: number) => {
      const now = ctx.now()
      if (now - last < progressEveryMs && done < total) return
      last = now
      void updateJob(ctx.db, id, { done, total, updatedAt: now }).catch(() => undefined)
    }
    try {
      await updateJob(ctx.db, id, { status: 'running', updatedAt: ctx.now() })
      const report =
        kind === 'wordpress'
          ? await deps.wordpress.importFile(file, { dryRun, onProgress })
          : kind === 'ghost'
            ? await deps.ghost.importFile(file, { dryRun, onProgress })
            : await deps.transfer.importFrom(file)
      const now = ctx.now()
      await updateJob(ctx.db, id, { status: 'done', report: JSON.stringify(report), updatedAt: now, finishedAt: now })
    } catch (error) {
      const now = ctx.now()
      const message = error instanceof AppError ? error.message : error instanceof Error ? `The import failed: ${error.message}` : 'The import failed.'
      await updateJob(ctx.db, id, { status: 'failed', error: message, updatedAt: now, finishedAt: now }).catch(() => undefined)
    } finally {
      rmSync(file, { force: true })
    }
  }

  return {
    /** Where an upload is written before `start` (a fresh path per job). */
    uploadPath(): { id: string; path: string } {
      mkdirSync(deps.folder, { recursive: true })
      const id = newId(ctx.now())
      return { id, path: join(deps.folder, `${id}.upload`) }
    },

    /** Records the job and starts it in the background; the file is removed when it ends. */
    async start(actor: Actor, input: { id: string; path: string; kind: ImportKind; filename: string; dryRun: boolean }): Promise<ImportJob> {
      const now = ctx.now()
      const row: ImportJobTable = {
        id: input.id,
        kind: input.kind,
        status: 'queued',
        dryRun: input.dryRun ? 1 : 0,
        filename: input.filename.slice(0, 200),
        done: 0,
        total: 0,
        report: null,
        error: null,
        createdBy: actorUserId(actor),
        createdAt: now,
        updatedAt: now,
        finishedAt: null,
      }
      await insertJob(ctx.db, row)
      const job = run(input.id, input.kind, input.path, input.dryRun)
      running.add(job)
      void job.finally(() => running.delete(job))
      return present(row)
    },

    async get(id: string): Promise<ImportJob> {
      await failStaleJobs(ctx.db, ctx.now() - staleAfterMs, ctx.now())
      const row = await findJob(ctx.db, id)
      if (!row) throw new AppError('NOT_FOUND', 'No such import.')
      return present(row)
    },

    async list(limit = 20): Promise<ImportJob[]> {
      await failStaleJobs(ctx.db, ctx.now() - staleAfterMs, ctx.now())
      return (await listJobs(ctx.db, limit)).map(present)
    },

    /** Waits for the jobs this process runs (shutdown, tests). */
    async idle(): Promise<void> {
      await Promise.allSettled([...running])
    },
  }
}

export type ImportJobs = ReturnType<typeof createImportJobs>
