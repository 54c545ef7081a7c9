import { before, it } from 'node:test'
import assert from 'node:assert/strict'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, docOf, servicesFor, testClock } from '../../../../test/helpers/factories.js'
import { inTransaction } from '../../db/index.js'
import type { Article, ArticleInput } from '../articles/index.js'
import { systemActor } from '../people/index.js'
import type { Services } from '../../services.js'
import { rebuildAllRelated, recomputeRelated } from './index.js'
import { tokenize } from './related.text.js'

const minute = 60_000
const system = systemActor('test')

it('tokenises Dutch: lowercase, no diacritics, no stopwords or short words, crude stems', () => {
  assert.deepEqual(tokenize('De koersen van Bitcoin-ETF’s stijgen in België: één investering, twee investeringen!'), [
    'koers', 'bitcoin', 'etf', 'stijg', 'belgi', 'investering', 'twee', 'investering',
  ])
})

describeEachDialect('related news', (suite) => {
  const clock = testClock()
  let services: Services

  before(() => {
    services = servicesFor(suite.database, clock.now)
  })

  /** Creates and publishes an article a minute after the previous one. */
  async function publish(overrides: Partial<ArticleInput> = {}): Promise<Article> {
    clock.advance(minute)
    const created = await services.articles.createArticle(system, buildArticle(overrides))
    return services.articles.publishArticle(system, created.id)
  }

  /** The stored list (not filtered at read time), as ids in order. */
  async function stored(articleId: string): Promise<string[]> {
    const rows = await suite.database.db.selectFrom('relatedArticles').select('relatedId').where('articleId', '=', articleId).orderBy('position').execute()
    return rows.map((r) => r.relatedId)
  }

  async function allStored(): Promise<{ articleId: string; position: number; relatedId: string }[]> {
    return suite.database.db.selectFrom('relatedArticles').select(['articleId', 'position', 'relatedId']).orderBy('articleId').orderBy('position').execute()
  }

  it('ranks the same primary tag first, then tag overlap', async () => {
    const secondary = await publish({ tags: ['Ethereum-1', 'Bitcoin-1', 'Regels-1'] })
    const overlapping = await publish({ tags: ['Bitcoin-1', 'Regels-1'] })
    const primaryOnly = await publish({ tags: ['Bitcoin-1'] })
    const unrelated = await publish({ tags: ['Tech-1'] })
    const article = await publish({ tags: ['Bitcoin-1', 'Regels-1', 'Ethereum-1'] })
    // Overlapping shares all but one tag with the primary one; secondary shares every tag but not the primary.
    assert.deepEqual(await stored(article.id), [overlapping.id, primaryOnly.id, secondary.id])
    assert.ok(!(await stored(article.id)).includes(unrelated.id))
    const summaries = await services.articles.listRelated(article.id)
    assert.deepEqual(summaries.map((s) => s.id), [overlapping.id, primaryOnly.id, secondary.id])
    assert.equal(summaries[0]?.primaryTag?.name, 'Bitcoin-1')
    assert.deepEqual((await services.articles.listRelated(article.id, 2)).map((s) => s.id), [overlapping.id, primaryOnly.id])
  })

  it('orders equal tags by text similarity', async () => {
    const tags = ['Bitcoin-2']
    const etf = await publish({ tags, title: 'Amerikaanse toezichthouder keurt spot bitcoin-ETF goed', standfirst: 'Beleggers kunnen via de beurs in een bitcoin-ETF stappen.', doc: docOf('De SEC keurde de ETF-aanvragen van BlackRock en Fidelity goed. Het ETF-fonds volgt de spotkoers.') })
    const mining = await publish({ tags, title: 'Bitcoinminers verhuizen naar goedkope stroom', standfirst: 'Mijnbouwbedrijven zoeken windenergie in Noorwegen.', doc: docOf('De hashrate steeg door nieuwe miningfarms met goedkope stroom uit waterkracht.') })
    const article = await publish({ tags, title: 'Instroom in bitcoin-ETF’s breekt record', standfirst: 'De spot-ETF’s van BlackRock en Fidelity trekken miljarden aan.', doc: docOf('Beleggers stapten deze week voor recordbedragen in de ETF-fondsen op de beurs.') })
    assert.deepEqual(await stored(article.id), [etf.id, mining.id])
  })

  it('never recommends sponsored, unpublished, scheduled or archived articles, or pages', async () => {
    const tags = ['Bitcoin-3']
    const text = { title: 'Bitcoin koers stijgt naar recordhoogte', doc: docOf('De bitcoinkoers stijgt naar een record.') }
    const editorial = await publish({ ...text, tags })
    const sponsored = await publish({ ...text, tags, sponsored: true, sponsor: 'Polderchain' })
    const draft = await services.articles.createArticle(system, buildArticle({ ...text, tags }))
    const scheduled = await services.articles.createArticle(system, buildArticle({ ...text, tags }))
    await services.articles.scheduleArticle(system, scheduled.id, clock.now() + 60 * minute)
    const archived = await publish({ ...text, tags })
    await services.articles.archiveArticle(system, archived.id)
    const unpublished = await publish({ ...text, tags })
    await services.articles.unpublishArticle(system, unpublished.id)
    const page = await publish({ ...text, tags, type: 'page' })
    const article = await publish({ ...text, tags })
    assert.deepEqual(await stored(article.id), [editorial.id])
    // A sponsored article has related news too (the nearer in time first), but is never recommended.
    assert.deepEqual(await stored(sponsored.id), [editorial.id, article.id])
    const everywhere = (await allStored()).map((r) => r.relatedId)
    for (const hidden of [sponsored, draft, scheduled, archived, unpublished, page]) assert.ok(!everywhere.includes(hidden.id), hidden.slug)
    assert.deepEqual(await stored(page.id), [])
  })

  it('takes an article out of every list when it is unpublished, archived or turns sponsored', async () => {
    const tags = ['Ethereum-4']
    const [a, b, c, d] = [await publish({ tags }), await publish({ tags }), await publish({ tags }), await publish({ tags })]
    assert.ok(a && b && c && d)
    assert.deepEqual(new Set(await stored(a.id)), new Set([b.id, c.id, d.id]))
    await services.articles.unpublishArticle(system, b.id)
    assert.deepEqual(new Set(await stored(a.id)), new Set([c.id, d.id]))
    assert.deepEqual(await stored(b.id), [])
    await services.articles.archiveArticle(system, c.id)
    assert.deepEqual(await stored(a.id), [d.id])
    const current = await services.articles.getArticle(d.id)
    await services.articles.updateArticle(system, d.id, { sponsored: true, sponsor: 'Polderchain', revision: current.revision })
    assert.deepEqual(await stored(a.id), [])
    assert.deepEqual(await stored(d.id), [a.id])
    // Published again, b comes back into a's list.
    await services.articles.publishArticle(system, b.id)
    assert.deepEqual(await stored(a.id), [b.id])
  })

  it('puts a newly published article into the lists of recent articles with its primary tag', async () => {
    const older = [await publish({ tags: ['AI-5'] }), await publish({ tags: ['AI-5', 'Tech-5'] }), await publish({ tags: ['Tech-5', 'AI-5'] })]
    const fresh = await publish({ tags: ['AI-5'] })
    assert.ok((await stored(older[0]?.id ?? '')).includes(fresh.id))
    assert.ok((await stored(older[1]?.id ?? '')).includes(fresh.id))
    // Filed under another primary tag, the third is not among the neighbours that are redone.
    assert.ok(!(await stored(older[2]?.id ?? '')).includes(fresh.id))
    // An edit of a published article redoes its list and its neighbours' too.
    const edited = await services.articles.updateArticle(system, fresh.id, { tags: ['AI-5', 'Tech-5'], revision: fresh.revision })
    assert.deepEqual(await stored(edited.id), [older[1]?.id, older[0]?.id, older[2]?.id])
  })

  it('moves an edited article out of lists it no longer belongs at the top of, refilling them', async () => {
    const article = await publish({ tags: ['Tech-7', 'Chips-7'] })
    const fillers: Article[] = []
    for (let i = 0; i < 6; i += 1) fillers.push(await publish({ tags: ['Tech-7'] }))
    const moving = await publish({ tags: ['Tech-7', 'Chips-7'] })
    const before = await stored(article.id)
    assert.equal(before.length, 6)
    assert.equal(before[0], moving.id)
    await services.articles.updateArticle(system, moving.id, { tags: ['Other-7', 'Tech-7'], revision: moving.revision })
    const after = await stored(article.id)
    assert.deepEqual(new Set(after), new Set(fillers.map((f) => f.id)))
    // The same list a full recomputation gives.
    await inTransaction(suite.database.db, (trx) => recomputeRelated(trx, article.id, clock.now()))
    assert.deepEqual(await stored(article.id), after)
  })

  it('relates articles without tags by text alone', async () => {
    const untagged = { tags: [], standfirst: null }
    const a = await publish({ ...untagged, title: 'Zonnepanelen op het stadhuis van Zwolle', doc: docOf('Zwolle legt zonnepanelen op het stadhuis.') })
    await publish({ ...untagged, title: 'Kaasmarkt trekt toeristen', doc: docOf('De Alkmaarse kaasmarkt is weer open.') })
    const b = await publish({ ...untagged, title: 'Zwolle breidt zonnepanelen uit', doc: docOf('Meer daken in Zwolle krijgen zonnepanelen.') })
    assert.deepEqual(await stored(b.id), [a.id])
  })

  it('breaks ties by id, the same on every dialect', async () => {
    const tags = ['Altcoins-6']
    const input = { tags, title: 'Solana netwerk opnieuw stil', doc: docOf('Het Solana netwerk lag opnieuw stil.') }
    // The same text at the same moment: only the id tells them apart.
    const twins: Article[] = []
    for (let i = 0; i < 4; i += 1) {
      const created = await services.articles.createArticle(system, buildArticle(input))
      twins.push(await services.articles.publishArticle(system, created.id, { publishedAt: clock.now() }))
    }
    clock.advance(minute)
    const article = await services.articles.createArticle(system, buildArticle({ ...input, title: 'Solana netwerk weer actief' }))
    const published = await services.articles.publishArticle(system, article.id, { publishedAt: clock.now() - minute })
    assert.deepEqual(await stored(published.id), twins.map((t) => t.id).sort())
  })

  it('rebuilds every list exactly as recomputing each article does', async () => {
    const now = clock.now()
    const published = await suite.database.db.selectFrom('articles').select('id').where('status', '=', 'published').where('type', '=', 'article').orderBy('id').execute()
    await suite.database.db.deleteFrom('relatedArticles').execute()
    for (const { id } of published) await inTransaction(suite.database.db, (trx) => recomputeRelated(trx, id, now))
    const one = await allStored()
    await suite.database.db.deleteFrom('relatedArticles').execute()
    let progress = 0
    const report = await rebuildAllRelated(suite.database.db, now, (done) => (progress = done))
    assert.equal(report.articles, published.length)
    assert.equal(progress, published.length)
    assert.deepEqual(await allStored(), one)
    assert.ok(one.length > 20)
  })
})
