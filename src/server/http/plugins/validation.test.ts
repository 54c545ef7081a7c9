import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import Fastify from 'fastify'
import { buildApp } from '../../app.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { testConfig } from '../../../../test/helpers/factories.js'
import { registerValidation } from './validation.js'

describe('schemas compiled on first use', () => {
  it('validates and serializes like eager compilation', async () => {
    const app = Fastify()
    const schemas = registerValidation(app)
    app.post('/x', {
      schema: {
        body: { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'], additionalProperties: false },
        response: { 200: { type: 'object', properties: { n: { type: 'integer' } } } },
      },
      handler: async (request) => ({ n: (request.body as { n: number }).n, secret: 'never sent' }),
    })
    await app.ready()
    const ok = await app.inject({ method: 'POST', url: '/x', payload: { n: 2 } })
    assert.equal(ok.statusCode, 200)
    assert.deepEqual(ok.json(), { n: 2 }, 'the response schema drops fields it does not name')
    const bad = await app.inject({ method: 'POST', url: '/x', payload: { n: 'twee', extra: 1 } })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.json().message, /must be integer|must NOT have additional properties/)
    assert.equal(schemas.compileNext(), false, 'both compiled by the requests')
    await app.close()
  })

  it('reports a broken schema when compileAll runs', async () => {
    const app = Fastify()
    const schemas = registerValidation(app)
    app.get('/y', { schema: { querystring: { type: 'object', properties: { n: { type: 'getal' } } } } }, async () => 'ok')
    await app.ready()
    assert.throws(() => schemas.compileAll(), /type/)
    await app.close()
  })
})

describeEachDialect('every route schema of the app compiles', (suite) => {
  it('compiles all of them', async () => {
    const app = await buildApp(testConfig(), { database: suite.database, jobs: false })
    await app.ready()
    assert.equal(app.schemas.compileNext(), true, 'nothing compiled at start-up')
    app.schemas.compileAll()
    assert.equal(app.schemas.compileNext(), false)
    await app.close()
  })
})
