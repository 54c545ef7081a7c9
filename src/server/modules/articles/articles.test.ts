import { before, it } from 'node:test'
import assert from 'node:assert/strict'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, docOf, servicesFor, testClock } from '../../../../test/helpers/factories.js'
import { AppError } from '../../errors.js'
import { listEventsAfter, latestEventId } from '../events/index.js'
import { systemActor, userActor, type Person } from '../people/index.js'
import type { Services } from '../../services.js'

const hour = 3_600_000
const system = systemActor('test')

function isError(code: string) {
  return (error: unknown) => error instanceof AppError && error.code === code
}

describeEachDialect('articles', (suite) => {
  const clock = testClock()
  let services: Services
  let eva: Person
  let sam: Person

  before(async () => {
    services = servicesFor(suite.database, clock.now)
    eva = await services.people.createUser({ email: 'eva@example.nl', name: 'Eva de Vries', role: 'author', bio: 'Schrijft over bitcoin.' })
    sam = await services.people.createUser({ email: 'sam@example.nl', name: 'Sam Bakker', role: 'editor' })
  })

  it('creates a draft with a 24-hex id, a Dutch slug, derived fields and ordered tags and authors', async () => {
    const article = await services.articles.createArticle(userActor(eva.id, 'author'), {
      title: 'Ĳzersterke week voor bitcoin: koers stijgt 12%',
      doc: docOf('Eerste alinea over de koers.', 'Tweede alinea.'),
      tags: ['Bitcoin', 'Economie', 'bitcoin'],
      authors: [sam.email, eva.id],
    })
    assert.match(article.id, /^[0-9a-f]{24}$/)
    assert.equal(article.slug, 'ijzersterke-week-voor-bitcoin-koers-stijgt-12-procent')
    assert.equal(article.status, 'draft')
    assert.equal(article.revision, 1)
    assert.equal(article.excerpt, 'Eerste alinea over de koers.\nTweede alinea.'.replace('\n', ' '))
    assert.equal(article.readingTime, 1)
    assert.equal(article.wordCount, 7)
    assert.deepEqual(article.tags.map((t) => t.slug), ['bitcoin', 'economie'])
    assert.equal(article.primaryTag?.name, 'Bitcoin')
    assert.deepEqual(article.authors.map((a) => a.name), ['Sam Bakker', 'Eva de Vries'])
    assert.match(article.html, /^<p>Eerste alinea over de koers\.<\/p>/)
  })

  it('defaults the byline to the acting user', async () => {
    const article = await services.articles.createArticle(userActor(eva.id, 'author'), buildArticle())
    assert.deepEqual(article.authors.map((a) => a.id), [eva.id])
  })

  it('makes slugs unique and keeps reserved words free', async () => {
    const a = await services.articles.createArticle(system, buildArticle({ title: 'Dubbele titel' }))
    const b = await services.articles.createArticle(system, buildArticle({ title: 'Dubbele titel' }))
    const c = await services.articles.createArticle(system, buildArticle({ title: 'Nieuws' }))
    assert.equal(a.slug, 'dubbele-titel')
    assert.equal(b.slug, 'dubbele-titel-2')
    assert.equal(c.slug, 'nieuws-1')
    await assert.rejects(services.articles.createArticle(system, buildArticle({ slug: 'dubbele-titel' })), isError('SLUG_TAKEN'))
    await assert.rejects(services.articles.createArticle(system, buildArticle({ slug: 'Niet Geldig' })), isError('VALIDATION_FAILED'))
  })

  it('rejects bad input with every problem and writes nothing', async () => {
    const before = await services.articles.countAll()
    const eventsBefore = await latestEventId(suite.database.db)
    await assert.rejects(
      services.articles.createArticle(system, { title: '', sponsored: true, seo: { canonicalUrl: 'not a url' } }),
      (error: unknown) => {
        assert.ok(error instanceof AppError && error.code === 'VALIDATION_FAILED')
        assert.deepEqual(error.details?.map((d) => d.field), ['title', 'sponsor', 'seo.canonicalUrl'])
        return true
      },
    )
    await assert.rejects(services.articles.createArticle(system, buildArticle({ doc: { type: 'doc', content: [{ type: 'script' }] } })), isError('DOCUMENT_INVALID'))
    await assert.rejects(services.articles.createArticle(system, buildArticle({ authors: ['nobody@example.nl'] })), isError('VALIDATION_FAILED'))
    assert.equal(await services.articles.countAll(), before)
    assert.equal(await latestEventId(suite.database.db), eventsBefore)
  })

  it('lets only authors and above create tags', async () => {
    const contributor = await services.people.createUser({ email: 'cor@example.nl', name: 'Cor', role: 'contributor' })
    await assert.rejects(
      services.articles.createArticle(userActor(contributor.id, 'contributor'), buildArticle({ tags: ['Gloednieuwe tag'] })),
      isError('VALIDATION_FAILED'),
    )
    const ok = await services.articles.createArticle(userActor(contributor.id, 'contributor'), buildArticle({ tags: ['Bitcoin'] }))
    assert.equal(ok.primaryTag?.slug, 'bitcoin')
  })

  it('walks the workflow and writes an event with every change', async () => {
    const draft = await services.articles.createArticle(system, buildArticle({ title: 'Workflow artikel' }))
    const start = await latestEventId(suite.database.db)
    const review = await services.articles.submitForReview(system, draft.id)
    assert.equal(review.status, 'review')
    clock.advance(hour)
    const published = await services.articles.publishArticle(system, draft.id)
    assert.equal(published.status, 'published')
    assert.equal(published.publishedAt, clock.now())
    assert.equal(published.revision, 3)
    const unpublished = await services.articles.unpublishArticle(system, draft.id)
    assert.equal(unpublished.status, 'draft')
    assert.deepEqual(await services.articles.getPublishedBySlug(draft.slug), { kind: 'gone' })
    clock.advance(hour)
    const again = await services.articles.publishArticle(system, draft.id)
    assert.equal(again.publishedAt, published.publishedAt, 'the first publication time is kept')
    const archived = await services.articles.archiveArticle(system, draft.id)
    assert.equal(archived.status, 'archived')
    await assert.rejects(services.articles.publishArticle(system, draft.id), isError('INVALID_STATUS_TRANSITION'))
    await assert.rejects(services.articles.updateArticle(system, draft.id, { title: 'x' }), isError('INVALID_STATUS_TRANSITION'))
    const events = await listEventsAfter(suite.database.db, start, 100)
    assert.deepEqual(events.map((e) => e.type), ['article.updated', 'article.published', 'article.unpublished', 'article.published', 'article.archived'])
    assert.ok(events.every((e) => e.subjectId === draft.id && e.payload.slug === draft.slug))
  })

  it('schedules only into the future', async () => {
    const draft = await services.articles.createArticle(system, buildArticle())
    await assert.rejects(services.articles.scheduleArticle(system, draft.id, clock.now() - 1), isError('VALIDATION_FAILED'))
    const scheduled = await services.articles.scheduleArticle(system, draft.id, clock.now() + hour)
    assert.equal(scheduled.status, 'scheduled')
    assert.equal(scheduled.scheduledAt, clock.now() + hour)
    assert.deepEqual(await services.articles.getPublishedBySlug(draft.slug), { kind: 'not-found' })
  })

  it('bumps the revision on every save and refuses a stale one', async () => {
    const article = await services.articles.createArticle(system, buildArticle())
    const saved = await services.articles.updateArticle(system, article.id, { standfirst: 'Nieuwe inleiding.', revision: 1 })
    assert.equal(saved.revision, 2)
    assert.equal(saved.excerpt, 'Nieuwe inleiding.')
    await assert.rejects(services.articles.updateArticle(system, article.id, { title: 'Te laat', revision: 1 }), isError('REVISION_CONFLICT'))
    assert.equal((await services.articles.getArticle(article.id)).title, article.title)
  })

  it('leaves a redirect when a published slug changes, without chains', async () => {
    const article = await services.articles.createArticle(system, buildArticle({ title: 'Oude titel' }))
    await services.articles.publishArticle(system, article.id)
    await services.articles.updateArticle(system, article.id, { slug: 'tweede-titel' })
    await services.articles.updateArticle(system, article.id, { slug: 'derde-titel' })
    assert.deepEqual(await services.articles.getPublishedBySlug('oude-titel'), { kind: 'moved', location: '/derde-titel/', statusCode: 301 })
    assert.deepEqual(await services.articles.getPublishedBySlug('tweede-titel'), { kind: 'moved', location: '/derde-titel/', statusCode: 301 })
    const found = await services.articles.getPublishedBySlug('derde-titel')
    assert.equal(found.kind, 'found')
    // Moving back reclaims the old path.
    await services.articles.updateArticle(system, article.id, { slug: 'oude-titel' })
    assert.equal((await services.articles.getPublishedBySlug('oude-titel')).kind, 'found')
    assert.deepEqual(await services.articles.getPublishedBySlug('derde-titel'), { kind: 'moved', location: '/oude-titel/', statusCode: 301 })
  })

  it('does not leave redirects for drafts that were never published', async () => {
    const article = await services.articles.createArticle(system, buildArticle({ title: 'Concept titel' }))
    await services.articles.updateArticle(system, article.id, { slug: 'ander-concept' })
    assert.deepEqual(await services.articles.getPublishedBySlug('concept-titel'), { kind: 'not-found' })
  })

  it('requires a sponsor for sponsored articles and marks their links', async () => {
    await assert.rejects(services.articles.createArticle(system, buildArticle({ sponsored: true })), isError('VALIDATION_FAILED'))
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }] }] }] }
    const article = await services.articles.createArticle(system, buildArticle({ sponsored: true, sponsor: 'Polderchain', sponsorUrl: 'https://example.org/p', doc }))
    assert.deepEqual(article.sponsor, { name: 'Polderchain', url: 'https://example.org/p' })
    assert.match(article.html, /rel="sponsored noopener"/)
  })

  it('lists published articles newest first with deterministic ties and keyset paging', async () => {
    const tag = `volgorde-${suite.dialect}`
    const at = clock.now() - 10 * hour
    const ids: string[] = []
    for (let i = 0; i < 5; i += 1) {
      const a = await services.articles.createArticle(system, buildArticle({ tags: [tag] }))
      // Two pairs share a publication time: the id breaks the tie.
      await services.articles.publishArticle(system, a.id, { publishedAt: at - Math.floor(i / 2) * hour })
      ids.push(a.id)
    }
    const tagId = (await services.tags.getTagBySlug(tag)).id
    const all = await services.articles.listPublished({ tagId, limit: 10 })
    const expected = [...ids].sort((x, y) => {
      const px = at - Math.floor(ids.indexOf(x) / 2) * hour
      const py = at - Math.floor(ids.indexOf(y) / 2) * hour
      return py - px || (y < x ? -1 : 1)
    })
    assert.deepEqual(all.map((a) => a.id), expected)
    const first = await services.articles.listPublished({ tagId, limit: 2 })
    const last = first[first.length - 1]
    assert.ok(last && last.publishedAt !== null)
    const next = await services.articles.listPublished({ tagId, limit: 10, before: { publishedAt: last.publishedAt, id: last.id } })
    assert.deepEqual([...first, ...next].map((a) => a.id), expected)
    assert.ok(all.every((a) => a.tags[0]?.slug === tag))
  })

  it('never lists drafts, pages or articles published in the future', async () => {
    const draft = await services.articles.createArticle(system, buildArticle())
    const page = await services.articles.createArticle(system, buildArticle({ type: 'page', title: 'Over ons' }))
    await services.articles.publishArticle(system, page.id)
    const future = await services.articles.createArticle(system, buildArticle())
    await services.articles.publishArticle(system, future.id, { publishedAt: clock.now() + hour })
    const listed = (await services.articles.listPublished({ limit: 500 })).map((a) => a.id)
    assert.ok(!listed.includes(draft.id) && !listed.includes(page.id) && !listed.includes(future.id))
    const pages = await services.articles.listPublished({ type: 'page', limit: 10 })
    assert.deepEqual(pages.map((p) => p.slug), ['over-ons'])
    assert.equal((await services.articles.getPublishedBySlug('over-ons')).kind, 'found')
  })

  it('looks up published articles by id in the order asked, leaving out drafts, unknown ids and future ones', async () => {
    const first = await services.articles.createArticle(system, buildArticle({ title: 'Eerste bericht over de haven' }))
    await services.articles.publishArticle(system, first.id)
    const second = await services.articles.createArticle(system, buildArticle({ title: 'Tweede bericht over de haven' }))
    await services.articles.publishArticle(system, second.id)
    const draft = await services.articles.createArticle(system, buildArticle())
    const future = await services.articles.createArticle(system, buildArticle())
    await services.articles.publishArticle(system, future.id, { publishedAt: clock.now() + hour })
    const found = await services.articles.listPublishedByIds([second.id, draft.id, 'f'.repeat(24), future.id, first.id])
    assert.deepEqual(found.map((a) => a.id), [second.id, first.id])
    assert.ok(found.every((a) => a.status === 'published'))
    clock.advance(2 * hour)
    assert.deepEqual((await services.articles.listPublishedByIds([future.id])).map((a) => a.id), [future.id], 'shown once its time has come')
  })

  it('rolls back the whole change when a step fails', async () => {
    const before = await latestEventId(suite.database.db)
    const count = await services.articles.countAll()
    // The unknown author is found only after the slug and tags were resolved inside the transaction.
    await assert.rejects(services.articles.createArticle(system, buildArticle({ tags: ['Nooit aangemaakt'], authors: ['ghost@example.nl'] })), isError('VALIDATION_FAILED'))
    assert.equal(await services.articles.countAll(), count)
    assert.equal(await latestEventId(suite.database.db), before)
    await assert.rejects(services.tags.getTagBySlug('nooit-aangemaakt'), isError('TAG_NOT_FOUND'))
  })
})
