import { it } from 'node:test'
import assert from 'node:assert/strict'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { openDatabase } from '../index.js'
import { withExclusiveLock } from './index.js'

describeEachDialect('exclusive lock', (suite) => {
  it('runs the work and returns its result', async () => {
    assert.equal(await withExclusiveLock(suite.database.db, suite.database.dialect, 1, async () => 42), 42)
  })

  it('lets one process at a time in (PostgreSQL: two pools stand in for two processes)', { skip: suite.dialect !== 'postgres' && 'SQLite has one writer per file' }, async () => {
    const second = openDatabase({ dialect: 'postgres', url: suite.database.url }, { poolSize: 2 })
    try {
      const log: string[] = []
      const work = (name: string) => async () => {
        log.push(`${name} in`)
        await new Promise((r) => setTimeout(r, 150))
        log.push(`${name} out`)
      }
      await Promise.all([
        withExclusiveLock(suite.database.db, suite.database.dialect, 99, work('a')),
        new Promise((r) => setTimeout(r, 20)).then(() => withExclusiveLock(second.db, second.dialect, 99, work('b'))),
      ])
      assert.deepEqual(log, ['a in', 'a out', 'b in', 'b out'])
    } finally {
      await second.destroy()
    }
  })
})
