import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/server/app.js'
import type { ImportReport } from '../../src/server/modules/import/index.js'
import { describeEachDialect } from '../helpers/db.js'
import { testConfig } from '../helpers/factories.js'
import { fixturesDir, fixturesSkipReason } from '../helpers/fixtures.js'

const file = join(fixturesDir, 'ghost', 'ghost-5.130-export.json')
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

interface Export {
  db: [{ data: { posts: { id: string; slug: string; title: string; type: string; status: string }[]; posts_meta: { post_id: string; feature_image_alt: string | null }[]; tags: { id: string; slug: string }[]; posts_tags: { post_id: string; tag_id: string; sort_order: number }[]; users: { id: string; name: string; slug: string }[]; posts_authors: { post_id: string; author_id: string; sort_order: number }[] } }]
}

describeEachDialect('import ghost: a Ghost 5 export', (suite) => {
  let app: FastifyInstance
  let report: ImportReport
  let data: Export['db'][0]['data']

  before(async () => {
    data = (JSON.parse(readFileSync(file, 'utf8')) as Export).db[0].data
    app = await buildApp(testConfig(), { database: suite.database, jobs: false })
    report = await app.services.ghost.importFile(file, { batchSize: 10 })
  })
  after(() => app.close())

  it('imports posts and pages with their statuses', async () => {
    assert.deepEqual(report.created, { 'article:published': 22, 'page:published': 2, 'article:draft': 1, 'article:scheduled': 1 })
    assert.deepEqual(report.skipped, [])
    const scheduled = data.posts.find((p) => p.status === 'scheduled')!
    const row = await suite.database.db.selectFrom('articles').select(['status', 'scheduledAt']).where('slug', '=', scheduled.slug).executeTakeFirstOrThrow()
    assert.equal(row.status, 'scheduled')
    assert.ok(row.scheduledAt !== null)
    for (const post of data.posts.filter((p) => p.status === 'published')) {
      const page = await app.inject(`/${post.slug}/`)
      assert.equal(page.statusCode, 200, post.slug)
    }
    const draft = data.posts.find((p) => p.status === 'draft')!
    assert.equal((await app.inject(`/${draft.slug}/`)).statusCode, 404)
  })

  it('keeps tags in order (the first is primary) and authors in byline order', async () => {
    for (const post of data.posts.filter((p) => p.status === 'published' && p.type === 'post')) {
      const found = await app.services.articles.getPublishedBySlug(post.slug)
      assert.equal(found.kind, 'found')
      if (found.kind !== 'found') continue
      const tagSlugs = data.posts_tags.filter((l) => l.post_id === post.id).sort((a, b) => a.sort_order - b.sort_order).map((l) => data.tags.find((t) => t.id === l.tag_id)!.slug)
      assert.deepEqual(found.article.tags.map((t) => t.slug), tagSlugs, post.slug)
      const names = data.posts_authors.filter((l) => l.post_id === post.id).sort((a, b) => a.sort_order - b.sort_order).map((l) => data.users.find((u) => u.id === l.author_id)!.name)
      assert.deepEqual(found.article.authors.map((a) => a.name), names, post.slug)
    }
    assert.ok(data.posts_authors.length > data.posts.length, 'the export has co-authored posts')
  })

  it('takes the feature image alt text from posts_meta and moves author URLs', async () => {
    const meta = data.posts_meta.find((m) => m.feature_image_alt)!
    const post = data.posts.find((p) => p.id === meta.post_id)!
    const found = await app.services.articles.getPublishedBySlug(post.slug)
    assert.equal(found.kind === 'found' ? found.article.featureImage?.alt : null, meta.feature_image_alt)
    const user = data.users[0]!
    const moved = await app.inject(`/author/${user.slug}/`)
    assert.equal(moved.statusCode, 301)
    assert.equal(moved.headers.location, `/auteur/${user.slug}/`)
  })

  it('changes nothing when run again', async () => {
    const again = await app.services.ghost.importFile(file)
    assert.equal(total(again.created) + total(again.updated), 0)
    assert.equal(total(again.unchanged), 26)
    assert.equal((await suite.database.db.selectFrom('articles').select('id').execute()).length, 26)
    assert.equal((await suite.database.db.selectFrom('tags').select('id').execute()).length, 7)
  })
}, { skip: fixturesSkipReason() })
