/**
 * Pagination totals under concurrency: requests that miss the remembered total together share
 * one COUNT, and a content change makes the next request count afresh. The COUNTs are seen by a
 * Kysely plugin on the real database, so nothing in the service is replaced.
 */
import { before, it } from 'node:test'
import assert from 'node:assert/strict'
import { AggregateFunctionNode, AliasNode, TableNode, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, servicesFor, testClock } from '../../../../test/helpers/factories.js'
import { systemActor } from '../people/index.js'
import type { Services } from '../../services.js'
import { createContentService, type BrowseOptions } from './index.js'

const system = systemActor('test')

/** Counts `select count(*) from articles …` queries, the pagination totals of posts and pages. */
function articleCountSpy(): KyselyPlugin & { seen: number } {
  const isArticleCount = (node: RootOperationNode) =>
    node.kind === 'SelectQueryNode' &&
    node.from?.froms.some((f) => TableNode.is(f) && f.table.identifier.name === 'articles') === true &&
    node.selections?.some((s) => AliasNode.is(s.selection) && AggregateFunctionNode.is(s.selection.node) && s.selection.node.func === 'count') === true
  return {
    seen: 0,
    transformQuery(this: { seen: number }, args: PluginTransformQueryArgs): RootOperationNode {
      if (isArticleCount(args.node)) this.seen += 1
      return args.node
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return args.result
    },
  }
}

describeEachDialect('content service totals', (suite) => {
  const clock = testClock()
  let services: Services

  before(async () => {
    services = servicesFor(suite.database, clock.now)
    const author = await services.people.createUser({ email: 'joost@example.nl', name: 'Joost Mulder', role: 'author' })
    for (let i = 0; i < 5; i++) {
      const created = await services.articles.createArticle(system, buildArticle({ tags: i % 2 === 0 ? ['Bitcoin'] : ['Ethereum'], authors: [author.id] }))
      clock.advance(60_000)
      await services.articles.publishArticle(system, created.id)
    }
    clock.advance(60_000)
  })

  function spiedService() {
    const spy = articleCountSpy()
    const content = createContentService({ db: suite.database.db.withPlugin(spy), dialect: suite.database.dialect, now: clock.now, locale: 'nl' })
    const browse = (options: Partial<BrowseOptions> = {}) => content.browseArticles('article', { limit: 2, page: 1, ...options }, { html: false, text: false }, { tags: true, authors: true })
    return { spy, content, browse }
  }

  it('runs one COUNT for many concurrent requests on a cold cache, one per filter', async () => {
    const { spy, browse } = spiedService()
    const pages = await Promise.all(Array.from({ length: 24 }, (_, i) => browse({ page: (i % 2) + 1 })))
    assert.deepEqual(new Set(pages.map((p) => p.total)), new Set([5]))
    assert.equal(spy.seen, 1)

    const filtered = await Promise.all([...Array.from({ length: 8 }, () => browse({ filter: 'tag:bitcoin' })), ...Array.from({ length: 8 }, () => browse({ filter: 'tag:ethereum' }))])
    assert.deepEqual(filtered.map((p) => p.total), [...Array<number>(8).fill(3), ...Array<number>(8).fill(2)])
    assert.equal(spy.seen, 3)

    await browse()
    assert.equal(spy.seen, 3, 'a remembered total costs no COUNT')
  })

  it('counts afresh after a content change, also when the change lands during a COUNT', async () => {
    const { spy, content, browse } = spiedService()
    assert.equal((await browse()).total, 5)
    const created = await services.articles.createArticle(system, buildArticle({ tags: ['Bitcoin'] }))
    await services.articles.publishArticle(system, created.id)
    content.forgetCounts()
    assert.equal((await browse()).total, 6)
    assert.equal(spy.seen, 2)

    // The change is published while a COUNT is under way: that COUNT's answer is not kept.
    content.forgetCounts()
    const during = browse()
    await services.articles.unpublishArticle(system, created.id)
    content.forgetCounts()
    await during
    assert.equal((await browse()).total, 5)
  })
})
