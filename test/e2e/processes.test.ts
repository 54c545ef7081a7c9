/**
 * Several `newsdesk serve` processes on one database, as behind a load balancer: a publish in
 * one process purges the page cache of the other within a second, and scheduled articles go out
 * exactly once although every process runs the scheduler.
 */
import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { systemActor } from '../../src/server/modules/people/index.js'
import type { Services } from '../../src/server/services.js'
import { describeEachDialect } from '../helpers/db.js'
import { buildArticle, servicesFor } from '../helpers/factories.js'
import { freePort, waitForResponse } from '../helpers/net.js'

const root = join(import.meta.dirname, '..', '..')
const bin = join(root, 'bin', 'newsdesk.mjs')
const system = systemActor('test')

interface Server {
  url: string
  child: ChildProcess
  exited: Promise<number | null>
  stderr: () => string
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await freePort()
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  const health = await waitForResponse(`${url}/healthz`)
  assert.equal(health?.status, 200, stderr)
  return { url, child, exited, stderr: () => stderr }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describeEachDialect('two app processes on one database', (suite) => {
  let services: Services
  let token: string
  const servers: Server[] = []

  before(async () => {
    services = servicesFor(suite.database)
    const editor = await services.people.createUser({ email: 'eindredactie@example.nl', name: 'Eindredactie', role: 'editor' })
    token = (await services.tokens.createForUser(editor.id, 'e2e')).token
    const env = { DATABASE_URL: suite.database.url, SECRET: 'gedeeld-geheim-'.repeat(4), DATA_DIR: mkdtempSync(join(tmpdir(), 'newsdesk-multi-')) }
    servers.push(await startServer(env), await startServer(env))
  })

  after(async () => {
    for (const server of servers) server.child.kill('SIGTERM')
    for (const server of servers) assert.equal(await server.exited, 0, server.stderr())
  })

  it('purges the other process’s cached pages within a second of a publish', async () => {
    const [a, b] = servers as [Server, Server]
    const first = await fetch(`${a.url}/`)
    await first.text()
    const cached = await fetch(`${a.url}/`)
    assert.equal(cached.headers.get('x-cache'), 'HIT')
    const title = 'Kabinet kondigt onderzoek naar cryptobeurzen aan'
    assert.doesNotMatch(await cached.text(), new RegExp(title))

    const created = await fetch(`${b.url}/admin/api/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Een test van twee processen.' }] }] } }),
    })
    assert.equal(created.status, 201)
    const { article } = (await created.json()) as { article: { id: string } }
    const published = await fetch(`${b.url}/admin/api/articles/${article.id}/publish`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })
    assert.equal(published.status, 200)
    const publishedAt = Date.now()

    let fresh = false
    while (!fresh && Date.now() - publishedAt < 1000) {
      fresh = (await (await fetch(`${a.url}/`)).text()).includes(title)
      if (!fresh) await sleep(25)
    }
    assert.ok(fresh, 'process A still served the old home page a second after the publish in process B')
  })

  it('publishes scheduled articles exactly once while both processes run the scheduler', async () => {
    const due = Date.now() + 2500
    const ids: string[] = []
    for (let i = 0; i < 8; i += 1) {
      const draft = await services.articles.createArticle(system, buildArticle({ title: `Om half negen online, deel ${i}` }))
      await services.articles.scheduleArticle(system, draft.id, due)
      ids.push(draft.id)
    }
    const deadline = Date.now() + 15_000
    let statuses: string[] = []
    while (Date.now() < deadline) {
      statuses = await Promise.all(ids.map(async (id) => (await services.articles.getArticle(id)).status))
      if (statuses.every((s) => s === 'published')) break
      await sleep(200)
    }
    assert.deepEqual(statuses, ids.map(() => 'published'))
    // Both processes have had several more ticks to publish again by now.
    await sleep(2500)
    const events = await suite.database.db.selectFrom('events').select('subjectId').where('type', '=', 'article.published').where('subjectId', 'in', ids).execute()
    assert.equal(events.length, ids.length)
    const revisions = await suite.database.db.selectFrom('articleRevisions').select('articleId').where('status', '=', 'published').where('articleId', 'in', ids).execute()
    assert.equal(revisions.length, ids.length)
  })
})
