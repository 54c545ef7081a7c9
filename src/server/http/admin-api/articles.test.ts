import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { call, createStaff, firstError, type Staff } from '../../../../test/helpers/admin.js'
import { docOf, testClock, testConfig } from '../../../../test/helpers/factories.js'

interface ApiArticle {
  id: string
  slug: string
  title: string
  status: string
  revision: number
  url: string | null
  publishedAt: string | null
  scheduledAt: string | null
  tags: { slug: string; name: string }[]
  authors: { id: string }[]
  doc: { content: { type: string }[] }
  abilities: { edit: boolean; publish: boolean; delete: boolean }
}

const hour = 3_600_000

describeEachDialect('admin API: articles, workflow and revisions', (suite) => {
  const clock = testClock()
  let app: FastifyInstance
  let contributor: Staff
  let author: Staff
  let otherAuthor: Staff
  let editor: Staff

  const create = async (who: Staff, body: Record<string, unknown>) => {
    const response = await call(app, 'POST', '/articles', { token: who.token, body })
    assert.equal(response.statusCode, 201, response.body)
    return (response.json() as { article: ApiArticle }).article
  }
  const act = async (who: Staff, id: string, action: string, body?: unknown) => call(app, 'POST', `/articles/${id}/${action}`, { token: who.token, body })
  const articleOf = (response: { json(): unknown }) => (response.json() as { article: ApiArticle }).article
  const site = (path: string) => app.inject({ method: 'GET', url: path })

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, now: clock.now, jobs: false })
    contributor = await createStaff(app, 'contributor', 'Cas Contributor')
    author = await createStaff(app, 'author', 'Anouk Auteur')
    otherAuthor = await createStaff(app, 'author', 'Bram Auteur')
    editor = await createStaff(app, 'editor', 'Eef Eindredacteur')
    await app.services.tags.createTag({ name: 'Blockchain' })
  })
  after(() => app.close())

  it('walks a contributor’s draft through review to publication by an editor', async () => {
    const draft = await create(contributor, { title: 'Gemeente test blockchain voor vergunningen', doc: docOf('De gemeente probeert iets nieuws.'), tags: ['Blockchain'] })
    assert.equal(draft.status, 'draft')
    assert.deepEqual(draft.authors.map((a) => a.id), [contributor.person.id])
    assert.deepEqual(draft.abilities, { edit: true, publish: false, delete: true })
    const submitted = await act(contributor, draft.id, 'submit')
    assert.equal(articleOf(submitted).status, 'review')
    const refused = await act(contributor, draft.id, 'publish')
    assert.equal(refused.statusCode, 403)
    const published = await act(editor, draft.id, 'publish')
    assert.equal(published.statusCode, 200)
    const article = articleOf(published)
    assert.equal(article.status, 'published')
    assert.equal(article.url, `https://nieuws.example.nl/${article.slug}/`)
    assert.equal((await site(`/${article.slug}/`)).statusCode, 200)
    // Once published, it is the desk's: the contributor can no longer change it.
    const edit = await call(app, 'PATCH', `/articles/${draft.id}`, { token: contributor.token, body: { title: 'Stiekem aangepast', revision: article.revision } })
    assert.equal(edit.statusCode, 403)
  })

  it('lets contributors and authors see and touch only their own work; pages are for editors', async () => {
    const mine = await create(author, { title: 'Eigen stuk van Anouk' })
    const theirs = await create(otherAuthor, { title: 'Stuk van Bram' })
    assert.equal((await call(app, 'GET', `/articles/${theirs.id}`, { token: author.token })).statusCode, 404)
    assert.equal((await call(app, 'PATCH', `/articles/${theirs.id}`, { token: author.token, body: { title: 'Overgenomen', revision: 1 } })).statusCode, 404)
    assert.equal((await act(author, theirs.id, 'publish')).statusCode, 404)
    const list = (await call(app, 'GET', '/articles?limit=100', { token: author.token })).json() as { articles: ApiArticle[] }
    assert.ok(list.articles.some((a) => a.id === mine.id))
    assert.ok(!list.articles.some((a) => a.id === theirs.id))
    assert.equal((await act(author, mine.id, 'publish')).statusCode, 200)
    // Editors see and publish everything.
    assert.equal((await call(app, 'GET', `/articles/${theirs.id}`, { token: editor.token })).statusCode, 200)
    // Authors cannot write someone else's byline without themselves.
    const byline = await call(app, 'POST', '/articles', { token: author.token, body: { title: 'Op naam van een ander', authors: [otherAuthor.person.id] } })
    assert.equal(byline.statusCode, 422)
    assert.equal(firstError(byline).field, 'authors')
    const page = await call(app, 'POST', '/articles', { token: author.token, body: { title: 'Colofon', type: 'page' } })
    assert.equal(page.statusCode, 403)
    assert.equal((await call(app, 'POST', '/articles', { token: editor.token, body: { title: 'Colofon', type: 'page' } })).statusCode, 201)
  })

  it('refuses tag creation by contributors (422) but lets authors create tags on the fly', async () => {
    const refused = await call(app, 'POST', '/articles', { token: contributor.token, body: { title: 'Nieuw onderwerp', tags: ['Quantumcomputers'] } })
    assert.equal(refused.statusCode, 422)
    assert.match(firstError(refused).message, /unknown tag "Quantumcomputers"/)
    const created = await create(author, { title: 'Nieuw onderwerp', tags: ['Quantumcomputers', 'blockchain'] })
    assert.deepEqual(created.tags.map((t) => t.slug), ['quantumcomputers', 'blockchain'])
  })

  it('unpublishes (410), archives (410) and deletes only drafts that never went out', async () => {
    const a = await create(author, { title: 'Bericht dat offline gaat' })
    const published = articleOf(await act(author, a.id, 'publish'))
    const unpublished = await act(author, a.id, 'unpublish')
    assert.equal(articleOf(unpublished).status, 'draft')
    assert.equal((await site(`/${published.slug}/`)).statusCode, 410)
    const del = await call(app, 'DELETE', `/articles/${a.id}`, { token: author.token })
    assert.equal(del.statusCode, 409)
    assert.equal(firstError(del).code, 'INVALID_STATUS_TRANSITION')
    const archived = await act(author, a.id, 'archive')
    assert.equal(articleOf(archived).status, 'archived')
    assert.equal((await site(`/${published.slug}/`)).statusCode, 410)
    // Archived is final.
    const back = await act(editor, a.id, 'publish')
    assert.equal(back.statusCode, 409)
    assert.equal(firstError(back).code, 'INVALID_STATUS_TRANSITION')
    assert.equal((await call(app, 'PATCH', `/articles/${a.id}`, { token: editor.token, body: { title: 'Toch weer', revision: articleOf(archived).revision } })).statusCode, 409)

    const draft = await create(contributor, { title: 'Kladje' })
    assert.equal((await call(app, 'DELETE', `/articles/${draft.id}`, { token: contributor.token })).statusCode, 204)
    assert.equal((await call(app, 'GET', `/articles/${draft.id}`, { token: editor.token })).statusCode, 404)
  })

  it('schedules for the future only, and refuses to publish images without alt text', async () => {
    const a = await create(author, { title: 'Gepland stuk', featureImage: { src: '/media/2026/11/x/foto.jpg', alt: '' } })
    const past = await act(author, a.id, 'schedule', { scheduledAt: new Date(clock.now() - hour).toISOString() })
    assert.equal(past.statusCode, 422)
    assert.equal(firstError(past).field, 'scheduledAt')
    const noAlt = await act(author, a.id, 'schedule', { scheduledAt: new Date(clock.now() + hour).toISOString() })
    assert.equal(noAlt.statusCode, 422)
    assert.equal(firstError(noAlt).field, 'featureImage.alt')
    const inline = await call(app, 'PATCH', `/articles/${a.id}`, {
      token: author.token,
      body: { revision: a.revision, featureImage: { src: '/media/2026/11/x/foto.jpg', alt: 'Een handelsvloer' }, doc: { type: 'doc', content: [{ type: 'image', attrs: { src: '/media/2026/11/y/grafiek.png', alt: ' ' } }] } },
    })
    assert.equal(inline.statusCode, 200, inline.body)
    const stillNoAlt = await act(author, a.id, 'publish')
    assert.equal(firstError(stillNoAlt).field, 'doc.content.0.attrs.alt')
    const fixed = articleOf(await call(app, 'PATCH', `/articles/${a.id}`, { token: author.token, body: { revision: articleOf(inline).revision, doc: { type: 'doc', content: [{ type: 'image', attrs: { src: '/media/2026/11/y/grafiek.png', alt: 'Grafiek van de koers' } }] } } }))
    const scheduled = articleOf(await act(author, a.id, 'schedule', { scheduledAt: new Date(clock.now() + hour).toISOString(), revision: fixed.revision }))
    assert.equal(scheduled.status, 'scheduled')
    assert.equal(scheduled.scheduledAt, new Date(clock.now() + hour).toISOString())
    assert.equal((await site(`/${scheduled.slug}/`)).statusCode, 404)
  })

  it('keeps a revision per save, restores one as a new revision, and answers 409 on a stale edit', async () => {
    const a = await create(author, { title: 'Eerste versie van de kop', doc: docOf('Eerste tekst.') })
    const second = articleOf(await call(app, 'PATCH', `/articles/${a.id}`, { token: author.token, body: { title: 'Tweede versie van de kop', doc: docOf('Tweede tekst.'), revision: a.revision } }))
    assert.equal(second.revision, 2)
    const stale = await call(app, 'PATCH', `/articles/${a.id}`, { token: author.token, body: { title: 'Verouderde bewerking', revision: a.revision } })
    assert.equal(stale.statusCode, 409)
    assert.equal(firstError(stale).code, 'REVISION_CONFLICT')
    const third = articleOf(await act(author, a.id, 'publish'))
    const revisions = (await call(app, 'GET', `/articles/${a.id}/revisions`, { token: author.token })).json() as { revisions: { revision: number; title: string; status: string }[] }
    assert.deepEqual(revisions.revisions.map((r) => [r.revision, r.status, r.title]), [
      [3, 'published', 'Tweede versie van de kop'],
      [2, 'draft', 'Tweede versie van de kop'],
      [1, 'draft', 'Eerste versie van de kop'],
    ])
    const one = (await call(app, 'GET', `/articles/${a.id}/revisions/1`, { token: author.token })).json() as { revision: { snapshot: { title: string } } }
    assert.equal(one.revision.snapshot.title, 'Eerste versie van de kop')
    const restored = await call(app, 'POST', `/articles/${a.id}/revisions/1/restore`, { token: author.token, body: { revision: third.revision } })
    assert.equal(restored.statusCode, 200, restored.body)
    const back = articleOf(restored)
    assert.equal(back.title, 'Eerste versie van de kop')
    assert.equal(back.status, 'published')
    assert.equal(back.revision, 4)
    assert.match(await (await site(`/${back.slug}/`)).body, /Eerste tekst\./)
    assert.equal((await call(app, 'POST', `/articles/${a.id}/revisions/99/restore`, { token: author.token })).statusCode, 404)
  })

  it('answers bad input with a clear 4xx naming the field, and changes nothing', async () => {
    const before = await app.services.articles.countAll()
    const malformed = await call(app, 'POST', '/articles', { token: author.token, body: '{"title": "kapot",' })
    assert.equal(malformed.statusCode, 400)
    assert.equal(firstError(malformed).code, 'BAD_REQUEST')
    assert.match(firstError(malformed).message, /JSON/)
    const unknown = await call(app, 'POST', '/articles', { token: author.token, body: { title: 'Kop', kleur: 'rood' } })
    assert.equal(unknown.statusCode, 400)
    assert.equal(firstError(unknown).code, 'INVALID_INPUT')
    assert.equal(firstError(unknown).field, 'kleur')
    const wrongType = await call(app, 'POST', '/articles', { token: author.token, body: { title: 5, featured: 'ja' } })
    assert.equal(wrongType.statusCode, 400)
    const fields = (wrongType.json() as { errors: { field: string }[] }).errors.map((e) => e.field)
    assert.deepEqual(fields.sort(), ['featured', 'title'])
    const nested = await call(app, 'POST', '/articles', { token: author.token, body: { title: 'Kop', seo: { title: 'x', kleur: 1 } } })
    assert.equal(firstError(nested).field, 'seo.kleur')
    const missing = await call(app, 'POST', '/articles', { token: author.token, body: {} })
    assert.equal(firstError(missing).field, 'title')
    const badDoc = await call(app, 'POST', '/articles', { token: author.token, body: { title: 'Kop', doc: { type: 'doc', content: [{ type: 'script', text: 'x' }] } } })
    assert.equal(badDoc.statusCode, 422)
    assert.equal(firstError(badDoc).code, 'DOCUMENT_INVALID')
    const both = await call(app, 'POST', '/articles', { token: author.token, body: { title: 'Kop', doc: docOf('a'), html: '<p>b</p>' } })
    assert.equal(both.statusCode, 422)
    const form = await app.inject({ method: 'POST', url: '/admin/api/articles', headers: { authorization: `Bearer ${author.token}`, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'title=Kop' })
    assert.equal(form.statusCode, 415)
    const text = await app.inject({ method: 'POST', url: '/admin/api/articles', headers: { authorization: `Bearer ${author.token}`, 'content-type': 'text/plain' }, payload: 'title=Kop' })
    assert.equal(text.statusCode, 400)
    const badId = await call(app, 'GET', '/articles/abc', { token: author.token })
    assert.equal(badId.statusCode, 400)
    assert.equal(firstError(badId).field, 'id')
    const badQuery = await call(app, 'GET', '/articles?status=gepubliceerd&limit=5000', { token: author.token })
    assert.equal(badQuery.statusCode, 400)
    assert.equal(await app.services.articles.countAll(), before)
  })

  it('pages the desk list with the conventional meta and filters by status, tag, author and text', async () => {
    for (let i = 1; i <= 5; i += 1) {
      clock.advance(1000)
      await create(otherAuthor, { title: `Marktupdate nummer ${i} over ether`, tags: ['Ethereum'] })
    }
    const first = (await call(app, 'GET', `/articles?author=${otherAuthor.person.id}&tag=ethereum&q=marktupdate&limit=2`, { token: editor.token })).json() as { articles: ApiArticle[]; meta: { pagination: Record<string, unknown> } }
    assert.deepEqual(first.meta.pagination, { page: 1, limit: 2, pages: 3, total: 5, next: 2, prev: null })
    assert.deepEqual(first.articles.map((a) => a.title), ['Marktupdate nummer 5 over ether', 'Marktupdate nummer 4 over ether'])
    const last = (await call(app, 'GET', `/articles?author=${otherAuthor.person.id}&q=MARKTUPDATE ether&limit=2&page=3`, { token: editor.token })).json() as { articles: ApiArticle[]; meta: { pagination: Record<string, unknown> } }
    assert.deepEqual(last.meta.pagination, { page: 3, limit: 2, pages: 3, total: 5, next: null, prev: 2 })
    const published = (await call(app, 'GET', '/articles?status=published,archived&limit=100', { token: editor.token })).json() as { articles: ApiArticle[] }
    assert.ok(published.articles.length > 0 && published.articles.every((a) => a.status === 'published' || a.status === 'archived'))
    const wildcard = (await call(app, 'GET', '/articles?q=%25', { token: editor.token })).json() as { articles: ApiArticle[] }
    assert.equal(wildcard.articles.length, 0)
  })

  it('converts HTML input into the document, dropping what has no place in it', async () => {
    const a = await create(author, { title: 'Uit de oude site', html: '<h1>Tussenkop</h1><p>Tekst met <b>vet</b> en <a href="javascript:alert(1)">een link</a>.</p><script>alert(1)</script><p><img src="https://beeld.example/x.jpg" alt="Beeld"></p>' })
    assert.deepEqual(a.doc.content.map((n) => n.type), ['heading', 'paragraph', 'image'])
  })

  it('gives signed preview links that show drafts, and refuses forged or expired ones', async () => {
    const a = await create(author, { title: 'Nog geheim nieuws', standfirst: 'Alleen voor de bron.' })
    const created = await call(app, 'POST', `/articles/${a.id}/preview`, { token: author.token })
    assert.equal(created.statusCode, 201)
    const { url } = (created.json() as { preview: { url: string } }).preview
    const path = new URL(url).pathname
    const page = await site(path)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Nog geheim nieuws/)
    assert.match(page.body, /<meta name="robots" content="noindex, nofollow"\/?>/)
    assert.equal(page.headers['cache-control'], 'private, no-store')
    const forged = path.replace(/.\/$/, (m) => (m[0] === 'A' ? 'B/' : 'A/'))
    assert.equal((await site(forged)).statusCode, 404)
    assert.equal((await site(path.replace(a.id, 'f'.repeat(24)))).statusCode, 404)
    clock.advance(49 * hour)
    assert.equal((await site(path)).statusCode, 410)
    // Others' drafts cannot be previewed through the API either.
    assert.equal((await call(app, 'POST', `/articles/${a.id}/preview`, { token: otherAuthor.token })).statusCode, 404)
  })
})
