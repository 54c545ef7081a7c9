/**
 * Impressions, viewable impressions and clicks counted in memory per creative × slot × hour and
 * written every second as additive upserts (several processes each add their own). Nothing about
 * a reader is kept. A failed flush keeps its counts for the next one; a hard crash loses at most
 * the last second.
 */
import { inTransaction, type Db } from '../../db/index.js'
import { addHourly } from './ads.repository.js'
import type { AdHourlyTable } from './ads.table.js'

export type AdEvent = 'impressions' | 'viewable' | 'clicks'

const hour = 3_600_000

export function createAdCounters(db: Db, now: () => number) {
  let counts = new Map<string, AdHourlyTable>()

  function merge(into: Map<string, AdHourlyTable>, key: string, row: AdHourlyTable): void {
    const current = into.get(key)
    if (!current) into.set(key, row)
    else {
      current.impressions += row.impressions
      current.viewable += row.viewable
      current.clicks += row.clicks
    }
  }

  return {
    count(event: AdEvent, creativeId: string, slotId: string): void {
      const bucket = Math.floor(now() / hour) * hour
      const key = `${creativeId}|${slotId}|${bucket}`
      let row = counts.get(key)
      if (!row) {
        row = { creativeId, slotId, hour: bucket, impressions: 0, viewable: 0, clicks: 0 }
        counts.set(key, row)
      }
      row[event] += 1
    },

    /** Events counted and not yet written. */
    get pending(): number {
      let n = 0
      for (const row of counts.values()) n += row.impressions + row.viewable + row.clicks
      return n
    },

    async flush(): Promise<number> {
      if (counts.size === 0) return 0
      const batch = counts
      counts = new Map()
      try {
        await inTransaction(db, (trx) => addHourly(trx, [...batch.values()]))
      } catch (error) {
        for (const [key, row] of batch) merge(counts, key, row)
        throw error
      }
      let n = 0
      for (const row of batch.values()) n += row.impressions + row.viewable + row.clicks
      return n
    },
  }
}
