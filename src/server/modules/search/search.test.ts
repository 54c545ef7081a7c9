import { before, it } from 'node:test'
import { sql } from 'kysely'
import assert from 'node:assert/strict'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, docOf, servicesFor, testClock } from '../../../../test/helpers/factories.js'
import type { Article, ArticleInput } from '../articles/index.js'
import { systemActor } from '../people/index.js'
import type { Services } from '../../services.js'
import { countIndexedArticles, rebuildSearchIndex } from './index.js'
import { clearIndex, findCandidates } from './search.repository.js'
import { parseQuery } from './search.text.js'

const minute = 60_000
const day = 24 * 60 * minute
const system = systemActor('test')

describeEachDialect('search', (suite) => {
  const clock = testClock()
  let services: Services

  before(async () => {
    services = servicesFor(suite.database, clock.now)
    await services.people.createUser({ email: 'sanne@example.nl', name: 'Sanne Vermeulen', role: 'author' })
  })

  async function publish(overrides: Partial<ArticleInput> = {}): Promise<Article> {
    clock.advance(minute)
    const created = await services.articles.createArticle(system, buildArticle({ tags: [], ...overrides }))
    return services.articles.publishArticle(system, created.id)
  }

  const ids = async (q: string) => (await services.search.searchPublished(q, 1, 50)).hits.map((h) => h.articleId)

  it('finds inflected Dutch words both ways: investering(en), fiets(en), koers(en)', async () => {
    const one = await publish({ title: 'Pensioenfonds doet een grote investering', doc: docOf('Het fonds stapt in een windpark.') })
    const many = await publish({ title: 'Nieuwe regels voor fietsen op de stoep', doc: docOf('De gemeente wil minder fietsen op het trottoir.') })
    const single = await publish({ title: 'Wie betaalt de gestolen fiets terug?', doc: docOf('Verzekeraars doen moeilijk over één fiets.') })
    const rate = await publish({ title: 'De koers van ether schiet omhoog', doc: docOf('Handelaren kochten massaal.') })
    assert.deepEqual(await ids('investeringen'), [one.id])
    assert.deepEqual(await ids('investering'), [one.id])
    assert.deepEqual(new Set(await ids('fiets ')), new Set([many.id, single.id]))
    assert.deepEqual(new Set(await ids('fietsen ')), new Set([many.id, single.id]))
    assert.deepEqual(await ids('koersen '), [rate.id])
    assert.deepEqual(await ids('Financiële INVESTERINGEN'), [], 'every word must match')
  })

  it('matches "phrases" only in order, and the last word as a prefix while typing', async () => {
    const phrase = await publish({ title: 'Rentebesluit', doc: docOf('De centrale bank verhoogt de rente opnieuw.') })
    const apart = await publish({ title: 'Bankenland', doc: docOf('Een bank in het centrale deel van het land sluit.') })
    assert.deepEqual(new Set(await ids('centrale bank ')), new Set([phrase.id, apart.id]))
    assert.deepEqual(await ids('"centrale bank"'), [phrase.id])
    assert.deepEqual(await ids('"de centrale bank verhoogt"'), [phrase.id])
    // A stop word inside a phrase keeps its place: no neighbouring pair to narrow by, still found.
    const dnb = await publish({ title: 'Toezichthouder', doc: docOf('De Bank van Nederland waarschuwt banken.') })
    assert.deepEqual(await ids('"bank van nederland"'), [dnb.id])
    assert.deepEqual(await ids('"nederland bank"'), [])
    const quantum = await publish({ title: 'Kwantumcomputer kraakt geen bitcoin', doc: docOf('Onderzoekers relativeren.') })
    assert.deepEqual(await ids('kwantumcomp'), [quantum.id])
    assert.deepEqual(await ids('kwantumcomp '), [], 'a finished word is not a prefix')
    assert.deepEqual(await ids('kw'), [], 'two letters are too short for a prefix')
    // A last word that is already a word of the index is taken as finished: no merging of every longer word.
    const coin = await publish({ title: 'Zilvermunt wint terrein', doc: docOf('Verzamelaars kopen meer.') })
    const longer = await publish({ title: 'Zilvermuntenbeurs opent', doc: docOf('Handelaren kijken toe.') })
    assert.deepEqual(await ids('zilvermunt'), [coin.id])
    assert.deepEqual(new Set(await ids('zilvermun')), new Set([coin.id, longer.id]))
  })

  it('takes a word being typed as the indexed words it begins: on SQLite the 64 most common of them', async () => {
    // 70 words that begin with "vlek", once each; "vlekkeloos" in two articles is the most common.
    const many = await publish({ title: 'Woordenlijst', doc: docOf(Array.from({ length: 70 }, (_, i) => `vlek${100 + i}`).join(' ')) })
    const spotless = await publish({ title: 'Een vlekkeloos verloop', doc: docOf('Alles ging goed.') })
    const again = await publish({ title: 'Weer vlekkeloos', doc: docOf('Opnieuw geen fouten.') })
    const late = await publish({ title: 'Nakomer', doc: docOf('Het woord vlek199 komt erbij.') })
    const found = new Set(await ids('vlek'))
    for (const article of [many, spotless, again]) assert.ok(found.has(article.id))
    // vlek199 is one of 72 words beginning with "vlek", and among the least common: SQLite leaves
    // it out of the fragment "vlek" (PostgreSQL's index reads every word of a prefix).
    assert.equal(found.has(late.id), suite.dialect === 'postgres')
    assert.deepEqual(await ids('vlek19'), [late.id])
    // Saving an article again does not make its words more common; a word an edit adds is found.
    let revision = late.revision
    for (const title of ['Nakomer (1)', 'Nakomer (2)', 'Nakomer (3)']) revision = (await services.articles.updateArticle(system, late.id, { title, revision })).revision
    assert.equal(new Set(await ids('vlek')).has(late.id), suite.dialect === 'postgres')
    await services.articles.updateArticle(system, late.id, { doc: docOf('Het woord vlek199 en nu ook vlekvrij.'), revision })
    assert.deepEqual(await ids('vlekv'), [late.id])
  })

  it('finds the same newest matches whether PostgreSQL reads the GIN index or the newest documents in order', async () => {
    for (let i = 0; i < 12; i += 1) await publish({ title: `Getijdenstroom ${i}`, doc: docOf(i % 3 === 0 ? 'Getijdenenergie en de zee.' : 'Een getijdencentrale draait.') })
    const db = suite.database.db
    for (const q of ['getijdenstroom ', 'getijdenenergie ', 'getijden', 'getijdenstroom zee ']) {
      const base = { terms: parseQuery(q).terms, listedOnly: true, maxDocId: Number.MAX_SAFE_INTEGER }
      for (const limit of [3, 1000]) {
        const viaIndex = await findCandidates(db, { ...base, limit, share: 0 })
        // As if the statistics said every document holds the words: read in order, or (fewer than
        // `limit` found among those read) answered by the index after all.
        const inOrder = await findCandidates(db, { ...base, limit, share: 1 })
        assert.deepEqual(inOrder.map((c) => c.articleId), viaIndex.map((c) => c.articleId), `${q} limit ${limit}`)
        assert.ok(viaIndex.length > 0, q)
      }
    }
  })

  it('finds articles by tag and by author name', async () => {
    const tagged = await publish({ title: 'Een bericht zonder het woord', tags: ['Zeewierteelt'], doc: docOf('Over boeren op zee.') })
    const written = await publish({ title: 'Column over de week', authors: ['sanne@example.nl'], doc: docOf('Het was een drukke week.') })
    assert.deepEqual(await ids('zeewierteelt'), [tagged.id])
    assert.deepEqual(await ids('Vermeulen'), [written.id])
    assert.deepEqual(await ids('sanne vermeulen'), [written.id])
  })

  it('follows renamed and deleted tags and renamed authors', async () => {
    const person = await services.people.createUser({ email: 'pim@example.nl', name: 'Pim Jansen', role: 'author' })
    const article = await publish({ title: 'Weekoverzicht', tags: ['Kustwacht'], authors: [person.id], doc: docOf('Niets bijzonders.') })
    const tag = await services.tags.getTagBySlug('kustwacht')
    await services.tags.updateTag(tag.id, { name: 'Reddingsbrigade' })
    assert.deepEqual(await ids('kustwacht'), [])
    assert.deepEqual(await ids('reddingsbrigade'), [article.id])
    await services.tags.deleteTag(tag.id)
    assert.deepEqual(await ids('reddingsbrigade'), [])
    await services.people.updatePerson(person.id, { name: 'Pim Oosterhuis' })
    assert.deepEqual(await ids('jansen'), [])
    assert.deepEqual(await ids('oosterhuis'), [article.id])
  })

  it('ranks a title match above a body match, and the newer of two equal matches first', async () => {
    const inTitle = await publish({ title: 'Stikstofcrisis raakt bouw', doc: docOf('Bouwers wachten op vergunningen.') })
    const inBody = await publish({ title: 'Bouwsector somber', doc: docOf('Door de stikstofcrisis liggen projecten stil en bouwers wachten.') })
    assert.deepEqual(await ids('stikstofcrisis'), [inTitle.id, inBody.id])
    const older = await publish({ title: 'Hittegolf verwacht', doc: docOf('Het KNMI waarschuwt voor hitte.') })
    clock.advance(10 * day)
    const newer = await publish({ title: 'Hittegolf verwacht', doc: docOf('Het KNMI waarschuwt voor hitte.') })
    assert.deepEqual(await ids('hittegolf'), [newer.id, older.id])
  })

  it('never shows drafts, scheduled, unpublished, archived or future-dated articles publicly; the desk finds them', async () => {
    const draft = await services.articles.createArticle(system, buildArticle({ title: 'Geheime overname van Zwaluwbank', tags: [] }))
    const scheduled = await services.articles.createArticle(system, buildArticle({ title: 'Zwaluwbank bericht voor morgen', tags: [] }))
    await services.articles.scheduleArticle(system, scheduled.id, clock.now() + day)
    const future = await services.articles.createArticle(system, buildArticle({ title: 'Zwaluwbank vooruitgedateerd', tags: [], publishedAt: clock.now() + day }))
    await services.articles.publishArticle(system, future.id)
    const page = await services.articles.createArticle(system, buildArticle({ type: 'page', title: 'Over Zwaluwbank', tags: [] }))
    await services.articles.publishArticle(system, page.id)
    assert.deepEqual(await ids('zwaluwbank'), [])
    assert.deepEqual(new Set(await services.search.matchArticleIds('zwaluwbank')), new Set([draft.id, scheduled.id, future.id, page.id]))
    clock.advance(day + minute)
    assert.deepEqual(await ids('zwaluwbank'), [future.id], 'shown once its time has come')
  })

  it('follows edits, unpublishing, archiving, slug changes and deletes', async () => {
    const article = await publish({ title: 'Waterstoftrein rijdt proef', doc: docOf('In Groningen rijdt een trein op waterstof.') })
    assert.deepEqual(await ids('waterstoftrein'), [article.id])
    const edited = await services.articles.updateArticle(system, article.id, { title: 'Batterijtrein rijdt proef', revision: article.revision })
    assert.deepEqual(await ids('waterstoftrein'), [])
    assert.deepEqual(await ids('batterijtrein'), [article.id])
    const moved = await services.articles.updateArticle(system, article.id, { slug: 'batterijtrein-proef', revision: edited.revision })
    assert.deepEqual(await ids('batterijtrein'), [article.id])
    const hit = (await services.articles.listPublishedByIds(await ids('batterijtrein')))[0]
    assert.equal(hit?.slug, 'batterijtrein-proef')
    const retagged = await services.articles.updateArticle(system, article.id, { tags: ['Spoorvervoer'], revision: moved.revision })
    assert.deepEqual(await ids('spoorvervoer'), [article.id])
    const unpublished = await services.articles.unpublishArticle(system, article.id, retagged.revision)
    assert.deepEqual(await ids('batterijtrein'), [])
    assert.deepEqual(await services.search.matchArticleIds('batterijtrein'), [article.id])
    await services.articles.publishArticle(system, article.id, { revision: unpublished.revision })
    assert.deepEqual(await ids('batterijtrein'), [article.id])
    await services.articles.archiveArticle(system, article.id)
    assert.deepEqual(await ids('batterijtrein'), [])

    const draft = await services.articles.createArticle(system, buildArticle({ title: 'Wegwerpconcept', tags: [] }))
    assert.deepEqual(await services.search.matchArticleIds('wegwerpconcept'), [draft.id])
    const before = await countIndexedArticles(suite.database.db)
    await services.articles.deleteArticle(system, draft.id)
    assert.deepEqual(await services.search.matchArticleIds('wegwerpconcept'), [])
    assert.equal(await countIndexedArticles(suite.database.db), before - 1)
  })

  it('answers any input without an error: empty, long, operators, quotes, SQL, emoji, broken UTF-16', async () => {
    const target = await publish({ title: 'Dogecoin 🚀 stijgt na tweet', doc: docOf('Een tweet over dogecoin deed de koers stijgen.') })
    const inputs: unknown[] = [
      '', '   ', undefined, 42, ['dogecoin'], 'de het een', '!!!', '*', '"', '""', '"dogecoin', 'dogecoin"', "' OR 1=1 --",
      '"; drop table articles; --', 'dogecoin AND NOT', 'NEAR(dogecoin tweet)', 'title:dogecoin', '{title}: x', 'dogecoin*', '^dogecoin',
      'dogecoin -tweet', 'a:* & !b', '\\', '%_%', '🚀', '🚀 dogecoin', '\uD800dogecoin', 'dogecoin\uDC00', 'x'.repeat(10_000), `${'dogecoin '.repeat(2000)}`,
    ]
    for (const q of inputs) {
      const result = await services.search.searchPublished(q, 1, 10)
      assert.ok(result.query.length <= 200, `query capped for ${String(q).slice(0, 20)}`)
      assert.ok(Array.isArray(result.hits))
      await services.search.matchArticleIds(String(q))
    }
    assert.deepEqual(await ids('"dogecoin'), [target.id])
    assert.deepEqual(await ids("dogecoin' OR 1=1 --"), [])
    assert.deepEqual(await ids('🚀 dogecoin'), [target.id])
    assert.deepEqual(await ids('\uD800dogecoin'), [target.id])
    assert.deepEqual(await ids('dogecoin AND tweet'), [], '"and" is a word here, not an operator')
    assert.equal(await countIndexedArticles(suite.database.db) > 0, true)
  })

  it('marks matched words in escaped snippets and titles', async () => {
    await publish({
      title: 'Koersdoel <b>verhoogd</b> voor Solana',
      doc: docOf('Inleiding zonder het woord.', `${'Vulwoorden zonder betekenis. '.repeat(20)}Analisten verhogen het koersdoel van solana <script>alert(1)</script> fors.`),
    })
    const [hit] = (await services.search.searchPublished('solana', 1, 10)).hits
    assert.ok(hit)
    assert.equal(hit.titleHtml, 'Koersdoel &lt;b&gt;verhoogd&lt;/b&gt; voor <mark>Solana</mark>')
    assert.match(hit.snippetHtml, /^… .*koersdoel van <mark>solana<\/mark> &lt;script&gt;alert\(1\)&lt;\/script&gt; fors\.$/)
    assert.doesNotMatch(hit.snippetHtml, /<script>/)
  })

  it('pages through results and caps how many matches are ranked', async () => {
    for (let i = 0; i < 7; i += 1) await publish({ title: `Paginatest ${i} over zonnepanelen`, doc: docOf('Zonnepanelen op elk dak.') })
    const first = await services.search.searchPublished('zonnepanelen', 1, 3)
    const third = await services.search.searchPublished('zonnepanelen', 3, 3)
    const beyond = await services.search.searchPublished('zonnepanelen', 9, 3)
    assert.equal(first.total, 7)
    assert.equal(first.pages, 3)
    assert.equal(first.capped, false)
    assert.equal(first.hits.length, 3)
    assert.equal(third.hits.length, 1)
    assert.equal(beyond.hits.length, 0)
    const all = [...first.hits, ...(await services.search.searchPublished('zonnepanelen', 2, 3)).hits, ...third.hits].map((h) => h.articleId)
    assert.equal(new Set(all).size, 7)
  })

  it('indexes imported articles in the import transaction, and rebuilds the whole index', async () => {
    const now = clock.now()
    const [imported] = await services.importer.importPublished(system, [
      { title: 'Geïmporteerd stuk over kernfusie', slug: 'kernfusie-import', doc: docOf('Een reactor in Zuid-Frankrijk.'), publishedAt: now - day },
    ])
    assert.deepEqual(await ids('kernfusie'), [imported])
    const before = await countIndexedArticles(suite.database.db)
    await clearIndex(suite.database.db)
    assert.deepEqual(await ids('kernfusie'), [])
    const report = await rebuildSearchIndex(suite.database.db, undefined, 7)
    assert.equal(report.articles, before)
    assert.equal(await countIndexedArticles(suite.database.db), before)
    assert.deepEqual(await ids('kernfusie'), [imported])
    assert.deepEqual(await ids('investeringen'), (await ids('investering')))
    // A rebuild over the index as it is counts each word's documents afresh (SQLite keeps the
    // counts for prefixes; between rebuilds they only grow).
    if (suite.dialect === 'sqlite') {
      const db = suite.database.db
      await sql`update search_terms set docs = 99 where term = 'kernfusie'`.execute(db)
      await rebuildSearchIndex(db, undefined, 50)
      assert.deepEqual((await sql<{ docs: number }>`select docs from search_terms where term = 'kernfusie'`.execute(db)).rows, [{ docs: 1 }])
    }
  })
})
