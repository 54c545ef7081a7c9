import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import Fastify, { type FastifyInstance } from 'fastify'
import { registerTracker, trackerPath, trackerScript } from './tracker.js'

describe('view beacon route', () => {
  let app: FastifyInstance

  before(async () => {
    app = Fastify({ logger: false })
    registerTracker(app)
    await app.ready()
  })
  after(() => app.close())

  it('serves the beacon at an address named by its content, cached for a year', async () => {
    const path = trackerPath()
    assert.ok(path, 'run from sources, the beacon is built in memory')
    assert.match(path, /^\/t\/[0-9a-f]{12}\.js$/)
    const response = await app.inject({ method: 'GET', url: path })
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-type'], 'text/javascript; charset=utf-8')
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable')
    assert.ok(response.body.includes('/collect'))
    assert.ok(!response.body.includes('sourceMappingURL'))
    assert.equal(path, `/t/${createHash('sha256').update(response.body).digest('hex').slice(0, 12)}.js`)
  })

  it('answers 404 for any other version', async () => {
    const response = await app.inject({ method: 'GET', url: '/t/000000000000.js' })
    assert.equal(response.statusCode, 404)
  })

  it('gives a new address when the content changes', () => {
    const before = trackerScript('console.log(1)\n')
    assert.equal(trackerScript('console.log(1)\n').path, before.path)
    assert.notEqual(trackerScript('console.log(2)\n').path, before.path)
  })
})
