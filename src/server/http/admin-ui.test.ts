/**
 * Serving the built desk: index.html for every client route (never cached, strict CSP, the
 * configured language), hashed assets cached for a year, unknown API paths and assets still
 * 404, and a plain 503 before the desk is built.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import { registerAdminUi } from './admin-ui.js'
import { registerErrorHandling } from './plugins/errors.js'

function builtDesk(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-desk-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html>\n<html lang="nl"><head><script type="module" src="/admin/assets/index-a1b2c3.js"></script></head><body><div id="app"></div></body></html>')
  writeFileSync(join(dir, 'assets', 'index-a1b2c3.js'), 'console.log("desk")')
  return dir
}

async function appWith(dir: string | null, locale: 'nl' | 'en' = 'nl'): Promise<FastifyInstance> {
  const app = Fastify({ logger: false })
  registerErrorHandling(app, async () => '<!doctype html><p>niet gevonden</p>')
  await registerAdminUi(app, { dir, locale })
  await app.ready()
  return app
}

describe('the desk at /admin/', () => {
  it('answers every client route with index.html, uncached, under a strict CSP', async () => {
    const app = await appWith(builtDesk())
    for (const url of ['/admin/', '/admin/articles', '/admin/articles/0123456789abcdef01234567', '/admin/settings?x=1']) {
      const response = await app.inject({ url })
      assert.equal(response.statusCode, 200, url)
      assert.match(String(response.headers['content-type']), /^text\/html/)
      assert.equal(response.headers['cache-control'], 'no-cache')
      const csp = String(response.headers['content-security-policy'])
      assert.match(csp, /script-src 'self'(;|$)/)
      assert.match(csp, /style-src 'self'(;|$)/)
      assert.match(csp, /frame-ancestors 'none'/)
      assert.match(csp, /frame-src 'self'(;|$)/, 'frames only from the desk itself (the sandboxed ad preview)')
      assert.match(response.body, /<div id="app">/)
    }
    assert.equal((await app.inject({ url: '/admin' })).headers.location, '/admin/')
    await app.close()
  })

  it('serves hashed assets for a year and keeps unknown API paths and assets as 404s', async () => {
    const app = await appWith(builtDesk())
    const asset = await app.inject({ url: '/admin/assets/index-a1b2c3.js' })
    assert.equal(asset.statusCode, 200)
    assert.match(String(asset.headers['cache-control']), /max-age=31536000/)
    assert.match(String(asset.headers['cache-control']), /immutable/)
    assert.equal((await app.inject({ url: '/admin/assets/index-gone.js' })).statusCode, 404)
    const api = await app.inject({ url: '/admin/api/nothing-here' })
    assert.equal(api.statusCode, 404)
    assert.equal((api.json() as { errors: { code: string }[] }).errors[0]?.code, 'NOT_FOUND')
    await app.close()
  })

  it('serves the HTML ad preview frame as a sandbox without same-origin that only the desk may frame', async () => {
    const app = await appWith(builtDesk())
    const response = await app.inject({ url: '/admin/ad-preview' })
    assert.equal(response.statusCode, 200)
    const csp = String(response.headers['content-security-policy'])
    const sandbox = /sandbox ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? []
    assert.ok(sandbox.includes('allow-scripts'))
    assert.equal(sandbox.includes('allow-same-origin'), false, 'scripts and same-origin together would let a creative reach the desk')
    assert.equal(sandbox.some((s) => s.startsWith('allow-top-navigation') || s === 'allow-forms'), false)
    assert.match(csp, /frame-ancestors 'self'/)
    assert.match(response.body, /event\.origin !== location\.origin/)
    await app.close()
  })

  it('names the configured language, and says how to build when the desk is missing', async () => {
    const english = await appWith(builtDesk(), 'en')
    assert.match((await english.inject({ url: '/admin/' })).body, /<html lang="en">/)
    await english.close()
    const unbuilt = await appWith(null)
    const response = await unbuilt.inject({ url: '/admin/' })
    assert.equal(response.statusCode, 503)
    assert.match(response.body, /npm run build/)
    await unbuilt.close()
  })
})
