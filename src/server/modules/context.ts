/** What every module service is built from. */
import type { Db, Dialect } from '../db/index.js'

export interface ModuleContext {
  readonly db: Db
  readonly dialect: Dialect
  /** Epoch milliseconds; injected so tests control time. */
  readonly now: () => number
  readonly locale: 'nl' | 'en'
}
