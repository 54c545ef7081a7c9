/** Row type of the events outbox: written in the transaction of the change it reports. */
import type { Generated } from 'kysely'

export interface EventTable {
  id: Generated<number>
  type: string
  subjectId: string | null
  payload: string
  createdAt: number
}
