/** Row type of the redirects table: old paths that answer 301 with a new one. */
import type { Generated } from 'kysely'

export interface RedirectTable {
  id: Generated<number>
  fromPath: string
  toPath: string
  statusCode: number
  createdAt: number
}
