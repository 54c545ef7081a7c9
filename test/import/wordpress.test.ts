import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import sharp from 'sharp'
import { buildApp } from '../../src/server/app.js'
import { describeEachDialect } from '../helpers/db.js'
import { testConfig } from '../helpers/factories.js'
import { fixturesDir, fixturesSkipReason } from '../helpers/fixtures.js'
import { parsePage } from '../helpers/html.js'
import { readWxr, type ImportReport, type WxrItem } from '../../src/server/modules/import/index.js'

const fixtures = fixturesDir
const skip = fixturesSkipReason()
const themeUnitTest = join(fixtures, 'wordpress', 'themeunittestdata.wordpress.xml')
const edge = (name: string) => join(fixtures, 'wordpress-edge-cases', `${name}.xml`)
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

async function itemsOf(file: string): Promise<WxrItem[]> {
  const { createReadStream } = await import('node:fs')
  const items: WxrItem[] = []
  for await (const record of readWxr(createReadStream(file, { encoding: 'utf8' }))) if (record.kind === 'item') items.push(record)
  return items
}

describeEachDialect('import wordpress: the theme unit test export', (suite) => {
  let app: FastifyInstance
  let report: ImportReport
  let items: WxrItem[]

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, jobs: false })
    items = await itemsOf(themeUnitTest)
    report = await app.services.wordpress.importFile(themeUnitTest, { batchSize: 25 })
  })
  after(() => app.close())

  it('imports every post and page with its status', async () => {
    // 58 posts: one draft, one scheduled, one password-protected (a draft here), 55 published; 21 pages.
    assert.deepEqual(report.created, { 'article:published': 55, 'article:draft': 2, 'article:scheduled': 1, 'page:published': 21 })
    assert.deepEqual(report.skippedTypes, { nav_menu_item: 70 })
    assert.deepEqual(report.skipped, [])
    const rows = await suite.database.db.selectFrom('articles').select(['type', 'status']).execute()
    assert.equal(rows.length, 79)
    assert.equal(rows.filter((r) => r.type === 'page').length, 21)
    assert.equal(rows.filter((r) => r.status === 'scheduled').length, 1)
  })

  it('turns categories and tags into tags, one per name, and brings every author', async () => {
    const names = new Set<string>()
    const source = readFileSync(themeUnitTest, 'utf8')
    for (const m of source.matchAll(/<wp:(?:cat_name|tag_name)>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?<\/wp:(?:cat_name|tag_name)>/g)) names.add(m[1]!.trim().toLowerCase())
    // Items may use terms the channel does not declare.
    for (const item of items) for (const term of item.terms) if (term.domain === 'category' || term.domain === 'post_tag') names.add(term.name.trim().toLowerCase())
    const tags = await suite.database.db.selectFrom('tags').select('name').execute()
    assert.equal(tags.length, names.size, 'one tag per distinct category or tag name')
    const logins = new Set(items.filter((i) => i.postType === 'post' || i.postType === 'page').map((i) => i.creator))
    const users = await suite.database.db.selectFrom('users').select(['email', 'passwordHash']).execute()
    assert.equal(users.length, logins.size)
    assert.ok(users.every((u) => u.passwordHash === null), 'imported people cannot sign in until given a password')
  })

  it('answers every published post and page at its old URL with a 301 to a page that renders, without scripts or handlers', async () => {
    const published = items.filter((i) => (i.postType === 'post' || i.postType === 'page') && i.status === 'publish' && !i.password)
    assert.equal(published.length, 76)
    for (const item of published) {
      const oldPath = new URL(item.link).pathname
      const moved = await app.inject(oldPath)
      const target = moved.statusCode === 301 ? String(moved.headers.location) : oldPath
      assert.ok(moved.statusCode === 301 || moved.statusCode === 200, `${oldPath}: ${moved.statusCode}`)
      const page = await app.inject(target)
      assert.equal(page.statusCode, 200, `${oldPath} → ${target}`)
      const html = parsePage(page.body)
      for (const script of html.all('script')) assert.ok(script.attribs.type === 'application/ld+json' || /^\/t\/[\w-]+\.js$/.test(script.attribs.src ?? ''), `${target}: a script that is not ours`)
      for (const el of html.elements) {
        for (const name of Object.keys(el.attribs)) assert.ok(!name.startsWith('on'), `${target}: ${el.name} has ${name}`)
      }
      const byId = await app.inject(`/?p=${item.postId}`)
      assert.equal(byId.headers.location, target, `/?p=${item.postId}`)
    }
  })

  it('never makes the password-protected post public', async () => {
    const item = items.find((i) => i.password !== '')
    assert.ok(item)
    assert.deepEqual(report.notPublic.map((n) => [n.sourceId, n.reason]), [[item.postId, 'password']])
    assert.equal((await app.inject(new URL(item.link).pathname)).statusCode, 404)
    assert.equal((await app.inject(`/?p=${item.postId}`)).statusCode, 404)
    const row = await suite.database.db.selectFrom('articles').select(['status', 'slug']).where('title', '=', item.title).executeTakeFirstOrThrow()
    assert.equal(row.status, 'draft')
    assert.equal((await app.inject(`/${row.slug}/`)).statusCode, 404)
  })

  it('moves category, tag, author and feed URLs', async () => {
    const category = await app.inject('/category/aciform/')
    assert.equal(category.statusCode, 301)
    assert.equal(category.headers.location, '/tag/aciform/')
    assert.equal((await app.inject('/category/aciform/feed/')).headers.location, '/tag/aciform/feed/')
    assert.equal((await app.inject('/author/themedemos/')).headers.location, '/auteur/themedemos/')
    assert.equal((await app.inject('/author/themedemos/feed/')).headers.location, '/auteur/themedemos/feed/')
    for (const feed of ['/feed/rss2/', '/?feed=rss2']) assert.equal((await app.inject(feed)).headers.location, '/feed/', feed)
    assert.equal((await app.inject('/feed/')).statusCode, 200)
    assert.equal((await app.inject('/tag/aciform/')).statusCode, 200)
  })

  it('changes nothing when run again', async () => {
    const count = async () => ({
      articles: (await suite.database.db.selectFrom('articles').select('id').execute()).length,
      tags: (await suite.database.db.selectFrom('tags').select('id').execute()).length,
      users: (await suite.database.db.selectFrom('users').select('id').execute()).length,
      redirects: (await suite.database.db.selectFrom('redirects').select('id').execute()).length,
      revisions: (await suite.database.db.selectFrom('articles').select(['id', 'revision', 'updatedAt']).orderBy('id').execute()),
    })
    const before = await count()
    const again = await app.services.wordpress.importFile(themeUnitTest)
    assert.equal(total(again.created), 0)
    assert.equal(total(again.updated), 0)
    assert.equal(total(again.unchanged), 79)
    assert.deepEqual(await count(), before)
  })
}, { skip })

describeEachDialect('import wordpress: edge cases', (suite) => {
  let app: FastifyInstance
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-wxr-'))

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, jobs: false })
  })
  after(() => app.close())

  const article = (slug: string) => app.services.articles.getPublishedBySlug(slug)

  it('takes Yoast titles and descriptions into the SEO fields', async () => {
    await app.services.wordpress.importFile(edge('has-yoast-meta'))
    const found = await article('my-sample-post')
    assert.equal(found.kind, 'found')
    if (found.kind !== 'found') return
    assert.equal(found.article.seo.title, 'My Custom SEO Title for Search Engines')
    assert.equal(found.article.seo.description, 'A short description of the post for search engine results pages')
    const plain = await article('no-yoast')
    assert.equal(plain.kind === 'found' ? plain.article.seo.title : 'not found', null)
  })

  it('keeps every Co-Authors Plus byline once, in order', async () => {
    await app.services.wordpress.importFile(edge('co-authors-plus'))
    const names = async (slug: string) => {
      const found = await article(slug)
      return found.kind === 'found' ? found.article.authors.map((a) => a.name) : []
    }
    assert.deepEqual(await names('multi-author-post'), ['Alice Smith', 'Bob Jones'])
    assert.deepEqual(await names('three-author-post'), ['Alice Smith', 'Bob Jones', 'Carol White'])
    assert.deepEqual(await names('duplicate-author-post'), ['Alice Smith', 'Bob Jones'])
  })

  it('gives feature images their caption and alt text', async () => {
    await app.services.wordpress.importFile(edge('feature-image-captions'))
    const described = await article('post-with-described-image')
    assert.equal(described.kind === 'found' ? described.article.featureImage?.caption : null, 'The caption from the attachment description.')
    await app.services.wordpress.importFile(edge('sample-with-alt'))
    const withAlt = await article('post-with-featured-image-alt')
    assert.equal(withAlt.kind === 'found' ? withAlt.article.featureImage?.alt : null, 'Sunset over mountains with orange and pink sky')
    assert.equal((await app.inject('/blog/post-with-featured-image-alt.html')).headers.location, '/post-with-featured-image-alt/')
  })

  it('makes a slug from the title when the export has none', async () => {
    const report = await app.services.wordpress.importFile(edge('sample-no-slug'))
    assert.equal(report.skippedTypes.customcpt, 1)
    assert.equal((await article('basic-post')).kind, 'found')
    assert.equal((await article('another-post')).kind, 'found')
  })

  it('copies images from a local uploads folder and sends old upload URLs to them', async () => {
    const uploads = join(dir, 'uploads')
    mkdirSync(join(uploads, '2013', '06'), { recursive: true })
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#f7931a' } }).jpeg().toFile(join(uploads, '2013', '06', 'described-image.jpg'))
    const report = await app.services.wordpress.importFile(edge('feature-image-captions'), { uploadsDir: uploads })
    assert.equal(report.media.copied, 1)
    assert.deepEqual(report.media.missing, ['https://example.com/wp-content/uploads/2013/06/title-only-image.jpg'])
    assert.equal(total(report.updated), 1, 'the post with the copied image now points at the media library')
    const found = await article('post-with-described-image')
    const src = found.kind === 'found' ? (found.article.featureImage?.src ?? '') : ''
    assert.match(src, /^\/media\//)
    const old = await app.inject('/wp-content/uploads/2013/06/described-image.jpg')
    assert.equal(old.statusCode, 301)
    assert.equal(old.headers.location, src)
  })

  it('updates what changed at the source, skips a broken item with its id, and writes nothing on a dry run', async () => {
    const original = readFileSync(edge('sample-no-slug'), 'utf8')
    const edited = original.replace('<title>Basic Post</title>', '<title>Basic Post, bijgewerkt</title>').replace(
      '</channel>',
      `<item><title>Kapot</title><link>https://example.com/kapot/</link><wp:post_id>999</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>kapot</wp:post_name><content:encoded><![CDATA[<p>Tekst</p>]]></content:encoded><wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>998</wp:meta_value></wp:postmeta></item>
       <item><title>Bijlage</title><wp:post_id>998</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status><wp:attachment_url>javascript:alert(1)</wp:attachment_url></item></channel>`,
    )
    const file = join(dir, 'edited.xml')
    writeFileSync(file, edited)
    const articlesBefore = (await suite.database.db.selectFrom('articles').select('id').execute()).length
    const dry = await app.services.wordpress.importFile(file, { dryRun: true })
    assert.equal(total(dry.updated), 1)
    assert.equal((await suite.database.db.selectFrom('articles').select('id').execute()).length, articlesBefore, 'a dry run writes nothing')
    const basic = await article('basic-post')
    assert.equal(basic.kind === 'found' ? basic.article.title : '', 'Basic Post')

    const report = await app.services.wordpress.importFile(file)
    assert.deepEqual(report.updated, { 'article:published': 1 })
    assert.deepEqual(report.skipped.map((s) => s.sourceId), ['999'])
    assert.match(report.skipped[0]?.reason ?? '', /featureImage/)
    const updated = await article('basic-post')
    assert.equal(updated.kind === 'found' ? updated.article.title : '', 'Basic Post, bijgewerkt')
    assert.equal((await suite.database.db.selectFrom('articles').select('id').where('title', 'like', 'Basic Post%').execute()).length, 1)
    assert.equal((await article('kapot')).kind, 'not-found')
  })

  it('refuses a file that is not a WordPress export', async () => {
    const file = join(dir, 'not-wxr.xml')
    writeFileSync(file, '<html><body>geen export</body></html>')
    await assert.rejects(app.services.wordpress.importFile(file), /not a WordPress export/)
  })
}, { skip })
