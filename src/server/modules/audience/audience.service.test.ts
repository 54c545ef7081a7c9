import { before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Article } from '../articles/index.js'
import { systemActor } from '../people/index.js'
import type { Services } from '../../services.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, servicesFor, testClock } from '../../../../test/helpers/factories.js'

const system = systemActor('test')

describeEachDialect('audience: most read when the most-viewed are not rankable', (suite) => {
  const clock = testClock(Date.UTC(2026, 10, 26, 12, 0))
  let services: Services
  const sponsored: Article[] = []
  let plain: Article
  let tagged: Article

  const view = (articleId: string, times: number) => {
    for (let i = 0; i < times; i += 1) services.audience.record({ articleId, referrerHost: null, visitor: null })
  }

  before(async () => {
    services = servicesFor(suite.database, clock.now)
    const publish = async (extra: Parameters<typeof buildArticle>[0]) => services.articles.publishArticle(system, (await services.articles.createArticle(system, buildArticle(extra))).id)
    // More sponsored articles than the first candidate list holds, each read more than the rest.
    for (let i = 0; i < 30; i += 1) sponsored.push(await publish({ title: `Gesponsorde uitleg ${i}`, sponsored: true, sponsor: 'Beurs', tags: ['Uitleg'] }))
    plain = await publish({ title: 'Gewoon nieuws over de koers', tags: ['Bitcoin'] })
    tagged = await publish({ title: 'Nieuws over de stablecoinregels', tags: ['Regelgeving'] })
    // The first record of an id looks it up; later ones are answered from memory.
    for (const article of [...sponsored, plain, tagged]) await services.audience.record({ articleId: article.id, referrerHost: null, visitor: null })
    sponsored.forEach((article, i) => view(article.id, 100 + i))
    view(plain.id, 20)
    view(tagged.id, 10)
    await services.audience.flush()
    await services.audience.rollUp()
  })

  it('widens the candidate list until the ranking is exact', async () => {
    for (const window of ['24h', '7d', '30d'] as const) {
      const ranked = await services.audience.mostRead({ window, limit: 2 })
      assert.deepEqual(
        ranked.map((r) => [r.articleId, r.views]),
        [
          [plain.id, 21],
          [tagged.id, 11],
        ],
        window,
      )
    }
  })

  it('filters by tag after the widening too', async () => {
    const regelgeving = await services.tags.getTagBySlug('regelgeving')
    assert.ok(regelgeving)
    const ranked = await services.audience.mostRead({ window: '7d', limit: 1, tagId: regelgeving.id })
    assert.deepEqual(ranked, [{ articleId: tagged.id, views: 11 }])
  })

  it('answers fewer than the limit when fewer articles qualify', async () => {
    await services.articles.unpublishArticle(system, tagged.id)
    clock.advance(61_000)
    const ranked = await services.audience.mostRead({ window: '24h', limit: 5 })
    assert.deepEqual(ranked.map((r) => r.articleId), [plain.id])
  })
})
