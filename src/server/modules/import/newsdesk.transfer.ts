/**
 * `newsdesk export FILE.json` and `newsdesk import newsdesk FILE.json`: everything the newsroom
 * holds, in one file that is ordinary JSON with one row per line, so both directions stream in
 * flat memory. Rows are written in key order, so exporting, importing into an empty database and
 * exporting again gives the same bytes. Left out: password hashes (people must set a password
 * again), sessions, API tokens and Content API keys (credentials), the events outbox and what is
 * derived and rebuilt after an import (related news by the command, the search index here).
 * Media files are not in the file: the manifest lists them; copy MEDIA_DIR alongside.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { inTransaction } from '../../db/index.js'
import { AppError } from '../../errors.js'
import type { ModuleContext } from '../context.js'
import { rebuildSearchIndex } from '../search/index.js'
import { clearTable, countRows, insertRows, readRows, type TransferTable } from './import.repository.js'

export const exportFormat = 'newsdesk'
export const exportVersion = 1

/** What goes in, in the order rows can be inserted (foreign keys point backwards). */
export const transferTables: readonly TransferTable[] = [
  { name: 'settings', key: ['key'], replace: true },
  { name: 'users', key: ['id'], omit: ['passwordHash'] },
  { name: 'tags', key: ['id'] },
  { name: 'media', key: ['id'] },
  { name: 'articles', key: ['id'] },
  { name: 'articleTags', key: ['articleId', 'tagId'] },
  { name: 'articleAuthors', key: ['articleId', 'userId'] },
  { name: 'articleRevisions', key: ['articleId', 'revision'] },
  { name: 'redirects', key: ['fromPath'], omit: ['id'] },
  { name: 'audienceHourly', key: ['articleId', 'hour'] },
  { name: 'audienceDaily', key: ['articleId', 'day'] },
  { name: 'audienceReferrers', key: ['day', 'host'] },
  { name: 'importSources', key: ['source', 'kind', 'sourceId'] },
  { name: 'adAdvertisers', key: ['id'] },
  { name: 'adSlots', key: ['id'], replace: true },
  { name: 'adCampaigns', key: ['id'] },
  { name: 'adCreatives', key: ['id'] },
  { name: 'adHourly', key: ['creativeId', 'slotId', 'hour'] },
]

export interface TransferReport {
  tables: Record<string, number>
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain')
}

export function createNewsdeskTransfer(ctx: ModuleContext) {
  return {
    /** Writes the whole newsroom to `file`. */
    async exportTo(file: string): Promise<TransferReport> {
      const out = createWriteStream(file)
      const report: TransferReport = { tables: {} }
      try {
        await write(out, `{"format":"${exportFormat}","version":${exportVersion},"tables":{\n`)
        for (const [t, table] of transferTables.entries()) {
          await write(out, `${JSON.stringify(table.name)}:[`)
          let n = 0
          for await (const rows of readRows(ctx.db, table, 1000)) {
            for (const row of rows) {
              await write(out, `${n === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`)
              n += 1
            }
          }
          report.tables[table.name] = n
          await write(out, `${n === 0 ? '' : '\n'}]${t < transferTables.length - 1 ? ',' : ''}\n`)
        }
        await write(out, '}}\n')
      } finally {
        out.end()
        await once(out, 'close')
      }
      return report
    },

    /** Reads an export into an empty newsroom, all in one transaction. */
    async importFrom(file: string): Promise<TransferReport> {
      const counts = await countRows(ctx.db, ['articles', 'users', 'tags'])
      if (Object.values(counts).some((n) => n > 0)) throw new AppError('CONFLICT', 'A Newsdesk export goes into an empty newsroom: this database already holds articles, people or tags.')
      const report: TransferReport = { tables: {} }
      const known = new Map<string, TransferTable>(transferTables.map((t) => [t.name, t]))
      await inTransaction(ctx.db, async (trx) => {
        let table: TransferTable | null = null
        let pending: Record<string, unknown>[] = []
        const flush = async () => {
          if (table && pending.length > 0) await insertRows(trx, table, pending)
          pending = []
        }
        const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })
        let first = true
        let ended = false
        for await (const raw of lines) {
          const line = raw.trim()
          if (line === '') continue
          if (first) {
            first = false
            const header = /^\{"format":"([a-z]+)","version":(\d+),"tables":\{$/.exec(line)
            if (!header) throw new AppError('BAD_REQUEST', 'This is not a Newsdesk export (or it was reformatted: it must keep one row per line).')
            if (header[1] !== exportFormat || Number(header[2]) !== exportVersion) throw new AppError('BAD_REQUEST', `This export has format ${header[1]} version ${header[2]}; this Newsdesk reads ${exportFormat} version ${exportVersion}.`)
            continue
          }
          const start = /^"(\w+)":\[(\]?,?)$/.exec(line)
          if (start) {
            await flush()
            table = known.get(start[1]!) ?? null
            if (!table) throw new AppError('BAD_REQUEST', `The export holds a table this Newsdesk does not know: ${start[1]}.`)
            report.tables[table.name] = 0
            if (table.replace) await clearTable(trx, table)
            if (start[2]) table = null
            continue
          }
          if (line === '],' || line === ']') {
            await flush()
            table = null
            continue
          }
          if (line === '}}') {
            ended = true
            continue
          }
          if (!table || !line.startsWith('{')) throw new AppError('BAD_REQUEST', `The export is damaged near: ${line.slice(0, 80)}`)
          let row: Record<string, unknown>
          try {
            row = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Record<string, unknown>
          } catch {
            throw new AppError('BAD_REQUEST', `The export is damaged near: ${line.slice(0, 80)}`)
          }
          pending.push(row)
          report.tables[table.name] = (report.tables[table.name] ?? 0) + 1
          if (pending.length >= 500) await flush()
        }
        await flush()
        if (!ended) throw new AppError('BAD_REQUEST', 'The export ends too early: it was cut off.')
      })
      // The search index is derived: built afresh from what came in.
      await rebuildSearchIndex(ctx.db)
      return report
    },
  }
}
