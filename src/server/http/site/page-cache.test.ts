import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { systemActor } from '../../modules/people/index.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, testConfig } from '../../../../test/helpers/factories.js'

const system = systemActor('test')

describeEachDialect('page cache and purging by events', (suite) => {
  let app: FastifyInstance
  const home = () => app.inject({ method: 'GET', url: '/' })

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, jobs: false })
  })
  after(() => app.close())

  it('serves cached pages until a change readers can see, and ignores draft saves', async () => {
    const { articles } = app.services
    const first = await articles.createArticle(system, buildArticle({ title: 'Eerste bericht op de voorpagina' }))
    await articles.publishArticle(system, first.id)
    await app.eventFeed.catchUp()
    assert.equal((await home()).headers['x-cache'], 'MISS')
    const hit = await home()
    assert.equal(hit.headers['x-cache'], 'HIT')
    assert.match(hit.headers.etag as string, /^W\/"/)

    // Drafts and their autosaves change nothing a reader sees: the cache stays.
    const draft = await articles.createArticle(system, buildArticle({ title: 'Nog niet klaar' }))
    await articles.updateArticle(system, draft.id, { standfirst: 'Een andere intro', revision: draft.revision })
    await app.eventFeed.catchUp()
    assert.equal((await home()).headers['x-cache'], 'HIT')

    await articles.publishArticle(system, draft.id)
    await app.eventFeed.catchUp()
    const fresh = await home()
    assert.equal(fresh.headers['x-cache'], 'MISS')
    assert.match(fresh.body, /Nog niet klaar/)

    // Unpublishing purges too: the article leaves the home page at once.
    await articles.unpublishArticle(system, draft.id)
    await app.eventFeed.catchUp()
    assert.doesNotMatch((await home()).body, /Nog niet klaar/)
    // So do settings.
    assert.equal((await home()).headers['x-cache'], 'HIT')
    await app.services.settings.updateSettings({ description: 'Een nieuwe ondertitel' })
    await app.eventFeed.catchUp()
    assert.equal((await home()).headers['x-cache'], 'MISS')
  })
})
