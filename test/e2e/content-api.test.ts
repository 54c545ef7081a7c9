/**
 * Ghost's own Content API client (`@tryghost/content-api`, unchanged) against a running
 * `newsdesk serve`: browse with filters and includes, read by slug and id, settings, paging
 * through everything, and its error path with a wrong key and a bad filter.
 */
import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeEachDialect } from '../helpers/db.js'
import { seedContent, type ContentFixture } from '../helpers/content-api.js'
import { servicesFor } from '../helpers/factories.js'
import { freePort, waitForResponse } from '../helpers/net.js'

const root = join(import.meta.dirname, '..', '..')
const bin = join(root, 'bin', 'newsdesk.mjs')

type Item = Record<string, unknown> & { slug: string; tags?: { slug: string }[]; primary_author?: { slug: string } }
type List = Item[] & { meta: { pagination: { page: number; limit: number | 'all'; pages: number; total: number; next: number | null; prev: number | null } } }
interface Resource {
  browse(options?: Record<string, unknown>): Promise<List>
  read(data: { id?: string; slug?: string }, options?: Record<string, unknown>): Promise<Item>
}
interface GhostApi {
  posts: Resource
  pages: Resource
  tags: Resource
  authors: Resource
  settings: { browse(): Promise<Record<string, unknown>> }
}
type GhostError = Error & { name: string; type: string; response?: { status: number } }

const GhostContentAPI = createRequire(import.meta.url)('@tryghost/content-api') as (options: { url: string; key: string; version: string }) => GhostApi

describeEachDialect('@tryghost/content-api against newsdesk serve', (suite) => {
  let child: ChildProcess
  let exited: Promise<number | null>
  let stderr = ''
  let url = ''
  let key = ''
  let fx: ContentFixture

  before(async () => {
    const services = servicesFor(suite.database)
    fx = await seedContent(services, Date.now() - 60_000)
    key = (await services.contentApiKeys.create({ name: 'De app' })).key
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    child = spawn(process.execPath, [bin, 'serve'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: String(port), SITE_URL: 'https://nieuws.example.nl', DATABASE_URL: suite.database.url, DATA_DIR: mkdtempSync(join(tmpdir(), 'newsdesk-ghost-')) },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)))
    assert.equal((await waitForResponse(`${url}/healthz`))?.status, 200, stderr)
  })

  after(async () => {
    child.kill('SIGTERM')
    assert.equal(await exited, 0, stderr)
  })

  it('browses posts with a filter and includes, as a Ghost front end would', async () => {
    const api = GhostContentAPI({ url, key, version: 'v5.0' })
    const posts = await api.posts.browse({ limit: 5, include: ['tags', 'authors'], filter: "tag:bitcoin+published_at:>'2020-01-01'", order: 'published_at desc' })
    assert.deepEqual(posts.map((p) => p.slug), ['interne-notitie', 'regels-stablecoins', 'bitcoin-boven-70000-dollar'])
    assert.deepEqual(posts.meta.pagination, { page: 1, limit: 5, pages: 1, total: 3, next: null, prev: null })
    assert.ok(posts.every((p) => p.tags?.some((t) => t.slug === 'bitcoin')))
    assert.equal(posts[2]?.url, 'https://nieuws.example.nl/bitcoin-boven-70000-dollar/')
    // One result is still a list with meta (the client keys on meta).
    const one = await api.posts.browse({ filter: 'featured:true', fields: ['title', 'slug'] })
    assert.ok(Array.isArray(one))
    assert.deepEqual(one.map((p) => p.slug), ['bitcoin-boven-70000-dollar'])
  })

  it('reads by slug and by id, with formats', async () => {
    const api = GhostContentAPI({ url, key, version: 'v5.0' })
    const post = await api.posts.read({ slug: 'ethereum-update' }, { include: 'authors', formats: ['html', 'plaintext'] })
    assert.equal(post.id, fx.posts.update.id)
    assert.equal(post.primary_author?.slug, 'bram-bakker')
    assert.match(post.plaintext as string, /transacties goedkoper/)
    const byId = await api.posts.read({ id: fx.posts.koers.id })
    assert.equal(byId.slug, 'bitcoin-boven-70000-dollar')
    const page = await api.pages.read({ slug: 'over-ons' })
    assert.equal(page.title, 'Over ons')
    const tag = await api.tags.read({ slug: 'bitcoin' }, { include: 'count.posts' })
    assert.deepEqual(tag.count, { posts: 3 })
    const author = await api.authors.read({ slug: 'anna-de-vries' })
    assert.equal(author.name, 'Anna de Vries')
  })

  it('reads settings as a plain object', async () => {
    const settings = await GhostContentAPI({ url, key, version: 'v5.0' }).settings.browse()
    assert.equal(settings.url, 'https://nieuws.example.nl/')
    assert.equal(settings.lang, 'nl')
    assert.equal(Array.isArray(settings), false)
  })

  it('pages through everything with page and limit, every post once', async () => {
    const api = GhostContentAPI({ url, key, version: 'v6.0' })
    const seen: string[] = []
    let page: number | null = 1
    while (page !== null) {
      const list: List = await api.posts.browse({ limit: 2, page, fields: 'slug' })
      seen.push(...list.map((p) => p.slug))
      page = list.meta.pagination.next
    }
    assert.equal(seen.length, 7)
    assert.equal(new Set(seen).size, 7)
    const all = await api.tags.browse({ limit: 'all' })
    assert.deepEqual(all.meta.pagination.limit, 'all')
    assert.deepEqual(all.map((t) => t.slug), ['intern', 'bitcoin', 'ethereum', 'regulering'])
  })

  it('works through a legacy version prefix', async () => {
    const tags = await GhostContentAPI({ url, key, version: 'v4' }).tags.browse({ limit: 1 })
    assert.equal(tags.length, 1)
  })

  it('surfaces a wrong key and a bad filter as Ghost’s typed errors', async () => {
    const wrong = GhostContentAPI({ url, key: '0123456789abcdef0123456789', version: 'v5.0' })
    await assert.rejects(wrong.posts.browse(), (error: GhostError) => {
      assert.equal(error.name, 'UnauthorizedError')
      assert.equal(error.message, 'Unknown Content API Key')
      assert.equal(error.response?.status, 401)
      return true
    })
    const api = GhostContentAPI({ url, key, version: 'v5.0' })
    await assert.rejects(api.posts.browse({ filter: 'tag:bitcoin featured:true' }), (error: GhostError) => {
      assert.equal(error.name, 'BadRequestError')
      assert.equal(error.response?.status, 400)
      return true
    })
    await assert.rejects(api.posts.read({ slug: 'bestaat-niet' }), (error: GhostError) => error.name === 'NotFoundError' && error.response?.status === 404)
  })
})
