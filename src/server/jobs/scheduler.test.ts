import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../app.js'
import type { DatabaseHandle } from '../db/index.js'
import { systemActor } from '../modules/people/index.js'
import { describeEachDialect, openAnotherHandle } from '../../../test/helpers/db.js'
import { buildArticle, testClock, testConfig } from '../../../test/helpers/factories.js'

const system = systemActor('test')
const minute = 60_000

describeEachDialect('scheduled publishing', (suite) => {
  const clock = testClock()
  let first: FastifyInstance
  let second: FastifyInstance
  let secondHandle: DatabaseHandle

  before(async () => {
    first = await buildApp(testConfig(), { database: suite.database, now: clock.now, jobs: false })
    // Two PostgreSQL pools race for real. better-sqlite3 blocks the thread while it waits for a
    // lock, so two SQLite connections in one test process would deadlock: there the apps share
    // one connection (separate processes on one file: test/e2e/processes.test.ts).
    secondHandle = suite.dialect === 'postgres' ? openAnotherHandle(suite.database) : suite.database
    second = await buildApp(testConfig(), { database: secondHandle, now: clock.now, jobs: false })
  })
  after(async () => {
    await first.close()
    await second.close()
    if (secondHandle !== suite.database) await secondHandle.destroy()
  })

  const publishedEvents = async (ids: string[]) =>
    suite.database.db.selectFrom('events').select('subjectId').where('type', '=', 'article.published').where('subjectId', 'in', ids).execute()

  it('publishes every due article exactly once when two processes run the job at the same moment', async () => {
    const { articles } = first.services
    const ids: string[] = []
    for (let i = 0; i < 12; i += 1) {
      const draft = await articles.createArticle(system, buildArticle({ title: `Gepland bericht ${i}` }))
      await articles.scheduleArticle(system, draft.id, clock.now() + 10 * minute + i)
      ids.push(draft.id)
    }
    assert.deepEqual(await first.services.articles.publishDue(), [])
    clock.advance(11 * minute)
    const runs = await Promise.all([first.services.articles.publishDue(), second.services.articles.publishDue(), first.services.articles.publishDue(), second.services.articles.publishDue()])
    const published = runs.flat().map((a) => a.id)
    assert.equal(published.length, 12, `published ${published.length} times`)
    assert.deepEqual([...new Set(published)].sort(), [...ids].sort())
    const events = await publishedEvents(ids)
    assert.equal(events.length, 12)
    for (const id of ids) {
      const article = await articles.getArticle(id)
      assert.equal(article.status, 'published')
      assert.equal(article.scheduledAt, null)
      const revisions = await articles.listRevisions(system, id)
      assert.equal(revisions.filter((r) => r.status === 'published').length, 1)
    }
  })

  it('catches up after downtime, keeping the scheduled time as the publication time', async () => {
    const { articles } = first.services
    const draft = await articles.createArticle(system, buildArticle({ title: 'Verschenen terwijl de server uit stond' }))
    const at = clock.now() + 5 * minute
    await articles.scheduleArticle(system, draft.id, at)
    clock.advance(3 * 60 * minute)
    // A fresh process starts its jobs: the first tick publishes what is overdue.
    const restarted = await buildApp(testConfig(), { database: suite.database, now: clock.now })
    try {
      await restarted.jobs?.runOnce()
      const article = await articles.getArticle(draft.id)
      assert.equal(article.status, 'published')
      assert.equal(article.publishedAt, at)
      assert.equal((await publishedEvents([draft.id])).length, 1)
    } finally {
      await restarted.close()
    }
  })

  it('sends an article that lost its alt text after scheduling back for review instead of publishing it', async () => {
    const { articles } = first.services
    const draft = await articles.createArticle(system, buildArticle({ title: 'Met beeld', featureImage: { src: '/media/a.jpg', alt: 'Beeld' } }))
    const scheduled = await articles.scheduleArticle(system, draft.id, clock.now() + minute)
    await suite.database.db.updateTable('articles').set({ featureImageAlt: '' }).where('id', '=', scheduled.id).execute()
    clock.advance(2 * minute)
    assert.deepEqual(await articles.publishDue(), [])
    assert.equal((await articles.getArticle(draft.id)).status, 'review')
  })
})
