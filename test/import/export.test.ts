import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/server/app.js'
import { systemActor } from '../../src/server/modules/people/index.js'
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../helpers/db.js'
import { buildArticle, testClock, testConfig } from '../helpers/factories.js'

const system = systemActor('test')

describeEachDialect('export and import newsdesk: a round trip', (suite) => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-export-'))
  const clock = testClock(Date.UTC(2026, 10, 26, 12, 0))
  let app: FastifyInstance
  let second: TestDatabase
  let secondApp: FastifyInstance

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, now: clock.now, jobs: false })
    const editor = await app.services.people.createUser({ email: 'redactie@example.nl', name: 'Sanne Bakker', role: 'editor', password: 'een-lang-wachtwoord' })
    const first = await app.services.articles.createArticle(system, buildArticle({ title: 'Toezichthouder scherpt regels voor cryptobeurzen aan', tags: ['Regelgeving', 'Bitcoin'], authors: [editor.id] }))
    await app.services.articles.updateArticle(system, first.id, { title: 'Toezichthouder scherpt de regels voor cryptobeurzen aan', revision: first.revision })
    const published = await app.services.articles.publishArticle(system, first.id)
    await app.services.articles.updateArticle(system, published.id, { slug: 'strengere-regels-cryptobeurzen', revision: published.revision })
    await app.services.articles.createArticle(system, buildArticle({ title: 'Concept: nieuwe stablecoin in de maak', tags: ['Stablecoins'] }))
    await app.services.articles.createArticle(system, buildArticle({ type: 'page', title: 'Over ons' }))
    await app.services.settings.updateSettings({ description: 'Nieuws over crypto en tech', navigation: ['regelgeving', 'bitcoin'] })
    app.services.audience.record({ articleId: first.id, referrerHost: 'www.google.com', visitor: '198.51.100.1\nMozilla' })
    await app.services.audience.record({ articleId: first.id, referrerHost: null, visitor: null })
    await app.services.audience.flush()
    await app.services.audience.rollUp()
    second = await createTestDatabase(suite.dialect)
    secondApp = await buildApp(testConfig(), { database: second, now: clock.now, jobs: false })
  })
  after(async () => {
    await secondApp?.close()
    await app?.close()
    await second?.drop()
  })

  it('exports everything, and an import into an empty database exports the same bytes', async () => {
    const a = join(dir, 'a.json')
    const report = await app.services.transfer.exportTo(a)
    assert.equal(report.tables.articles, 3)
    assert.equal(report.tables.articleRevisions! >= 4, true)
    assert.equal(report.tables.redirects, 1, 'the moved slug')
    assert.equal(report.tables.audienceDaily, 1)
    const parsed = JSON.parse(readFileSync(a, 'utf8')) as { format: string; version: number; tables: Record<string, Record<string, unknown>[]> }
    assert.equal(parsed.format, 'newsdesk')
    assert.equal(parsed.version, 1)
    assert.ok(parsed.tables.users!.every((u) => !('passwordHash' in u)), 'no password hashes leave the database')

    const imported = await secondApp.services.transfer.importFrom(a)
    assert.deepEqual(imported.tables, report.tables)
    const b = join(dir, 'b.json')
    await secondApp.services.transfer.exportTo(b)
    assert.equal(readFileSync(b, 'utf8'), readFileSync(a, 'utf8'))
    assert.equal((await secondApp.inject('/strengere-regels-cryptobeurzen/')).statusCode, 200)
    assert.equal((await secondApp.inject('/toezichthouder-scherpt-regels-voor-cryptobeurzen-aan/')).headers.location, '/strengere-regels-cryptobeurzen/')
  })

  it('refuses a non-empty database, a damaged file and another format, changing nothing', async () => {
    const a = join(dir, 'a.json')
    await assert.rejects(secondApp.services.transfer.importFrom(a), /empty newsroom/)
    const third = await createTestDatabase(suite.dialect)
    const thirdApp = await buildApp(testConfig(), { database: third, jobs: false })
    try {
      const lines = readFileSync(a, 'utf8').split('\n')
      const cut = join(dir, 'cut.json')
      writeFileSync(cut, lines.slice(0, Math.floor(lines.length / 2)).join('\n'))
      await assert.rejects(thirdApp.services.transfer.importFrom(cut), /cut off/)
      const other = join(dir, 'other.json')
      writeFileSync(other, '{"format":"newsdesk","version":9,"tables":{\n}}\n')
      await assert.rejects(thirdApp.services.transfer.importFrom(other), /version 9/)
      const pretty = join(dir, 'pretty.json')
      writeFileSync(pretty, JSON.stringify(JSON.parse(readFileSync(a, 'utf8')), null, 2))
      await assert.rejects(thirdApp.services.transfer.importFrom(pretty), /one row per line/)
      assert.equal((await third.db.selectFrom('articles').select('id').execute()).length, 0, 'nothing written')
    } finally {
      await thirdApp.close()
      await third.drop()
    }
  })
})
