import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/server/app.js'
import { createStaff, type Staff } from '../helpers/admin.js'
import { describeEachDialect } from '../helpers/db.js'
import { testConfig } from '../helpers/factories.js'
import { fixturesDir, fixturesSkipReason } from '../helpers/fixtures.js'

function multipart(name: string, bytes: Buffer) {
  const boundary = 'newsdesk-import-boundary'
  const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

interface JobBody {
  import: { id: string; status: string; kind: string; dryRun: boolean; progress: { done: number; total: number }; report: { created?: Record<string, number> } | null; error: string | null }
}

describeEachDialect('admin API: imports as background jobs', (suite) => {
  let app: FastifyInstance
  let admin: Staff
  let editor: Staff
  const file = readFileSync(join(fixturesDir, 'wordpress-edge-cases', 'co-authors-plus.xml'))

  const upload = (who: Staff, query: string, name: string, bytes: Buffer) => {
    const body = multipart(name, bytes)
    return app.inject({ method: 'POST', url: `/admin/api/imports${query}`, headers: { ...body.headers, authorization: `Bearer ${who.token}` }, payload: body.payload })
  }
  const poll = async (who: Staff, id: string): Promise<JobBody['import']> => {
    await app.services.imports.idle()
    const response = await app.inject({ url: `/admin/api/imports/${id}`, headers: { authorization: `Bearer ${who.token}` } })
    assert.equal(response.statusCode, 200)
    return (response.json() as JobBody).import
  }

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, jobs: false })
    admin = await createStaff(app, 'admin')
    editor = await createStaff(app, 'editor')
  })
  after(() => app.close())

  it('takes an upload, runs it in the background and reports when polled', async () => {
    const started = await upload(admin, '?kind=wordpress', 'export.xml', file)
    assert.equal(started.statusCode, 202, started.body)
    const job = (started.json() as JobBody).import
    assert.equal(started.headers.location, `/admin/api/imports/${job.id}`)
    assert.equal(job.status, 'queued')
    const done = await poll(admin, job.id)
    assert.equal(done.status, 'done', done.error ?? '')
    assert.deepEqual(done.report?.created, { 'article:published': 4 })
    assert.deepEqual(done.progress, { done: 4, total: 4 })
    const list = await app.inject({ url: '/admin/api/imports', headers: { authorization: `Bearer ${admin.token}` } })
    assert.deepEqual((list.json() as { imports: { id: string }[] }).imports.map((j) => j.id), [job.id])
    assert.equal((await app.inject('/multi-author-post/')).statusCode, 200)
  })

  it('reports a file that is not an export as a failed job, writing nothing', async () => {
    const before = (await suite.database.db.selectFrom('articles').select('id').execute()).length
    const started = await upload(admin, '?kind=ghost', 'export.json', Buffer.from('dit is geen json'))
    const done = await poll(admin, (started.json() as JobBody).import.id)
    assert.equal(done.status, 'failed')
    assert.match(done.error ?? '', /not a Ghost export/)
    assert.equal((await suite.database.db.selectFrom('articles').select('id').execute()).length, before)
  })

  it('is for admins only and checks its input', async () => {
    assert.equal((await upload(editor, '?kind=wordpress', 'export.xml', file)).statusCode, 403)
    assert.equal((await upload(admin, '?kind=joomla', 'export.xml', file)).statusCode, 400)
    assert.equal((await upload(admin, '', 'export.xml', file)).statusCode, 400)
    const json = await app.inject({ method: 'POST', url: '/admin/api/imports?kind=wordpress', headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' }, payload: '{}' })
    assert.equal(json.statusCode, 415)
    const missing = await app.inject({ url: '/admin/api/imports/0123456789abcdef01234567', headers: { authorization: `Bearer ${admin.token}` } })
    assert.equal(missing.statusCode, 404)
  })
}, { skip: fixturesSkipReason() })
