import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { systemActor } from '../../modules/people/index.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { buildArticle, testConfig } from '../../../../test/helpers/factories.js'
import { parsePage } from '../../../../test/helpers/html.js'

const system = systemActor('test')

describeEachDialect('public site in English (LOCALE=en)', (suite) => {
  let app: FastifyInstance

  before(async () => {
    app = await buildApp(testConfig({ LOCALE: 'en' }), { database: suite.database, jobs: false })
    const author = await app.services.people.createUser({ email: 'sam@example.nl', name: 'Sam Smit', role: 'author' })
    for (let i = 0; i < 22; i += 1) {
      const draft = await app.services.articles.createArticle(system, buildArticle({ title: `Market update ${i}`, authors: [author.id] }))
      await app.services.articles.publishArticle(system, draft.id)
    }
  })
  after(() => app.close())

  it('uses English words on the page and in the URLs', async () => {
    const home = parsePage((await app.inject('/')).body)
    assert.equal(home.first('html')?.attribs.lang, 'en')
    assert.equal(home.text('h2', { id: 'laatste' }), 'Latest news')
    assert.equal(home.first('form', { role: 'search' })?.attribs.action, '/search/')
    assert.equal(home.first('a', { class: 'skip' })?.children.length, 1)
    const article = parsePage((await app.inject('/market-update-3/')).body)
    assert.equal(article.first('a', { rel: 'author' })?.attribs.href, '/author/sam-smit/')
    assert.match(article.text('p', { class: 'meta byline' }), /^By Sam Smit/)
    const author = await app.inject('/author/sam-smit/')
    assert.equal(author.statusCode, 200)
    const news = parsePage((await app.inject('/news/')).body)
    assert.equal(news.text('h1'), 'All news')
    assert.equal(news.first('a', { rel: 'next' })?.attribs.href, '/news/?page=2')
    assert.equal((await app.inject('/news/?page=2')).statusCode, 200)
    assert.equal((await app.inject('/auteur/sam-smit/')).statusCode, 404)
  })
})
