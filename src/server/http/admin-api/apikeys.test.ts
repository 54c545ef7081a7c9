import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { call, createStaff, firstError, type Staff } from '../../../../test/helpers/admin.js'
import { testConfig } from '../../../../test/helpers/factories.js'

describeEachDialect('admin API: Content API keys', (suite) => {
  let app: FastifyInstance
  let admin: Staff
  let editor: Staff

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, jobs: false })
    admin = await createStaff(app, 'admin', 'Ada Beheerder')
    editor = await createStaff(app, 'editor', 'Eline Redacteur')
  })
  after(() => app.close())

  it('lets admins create a key (shown once, stored hashed), list and revoke it', async () => {
    const created = await call(app, 'POST', '/apikeys', { token: admin.token, body: { name: 'De app', limitCap: 100 } })
    assert.equal(created.statusCode, 201, created.body)
    const { apiKey } = created.json() as { apiKey: { id: string; key: string; name: string; limitCap: number; revokedAt: null } }
    assert.match(apiKey.key, /^[0-9a-f]{26}$/)
    assert.deepEqual([apiKey.name, apiKey.limitCap, apiKey.revokedAt], ['De app', 100, null])
    const stored = await suite.database.db.selectFrom('contentApiKeys').selectAll().where('id', '=', apiKey.id).executeTakeFirstOrThrow()
    assert.notEqual(stored.keyHash, apiKey.key)
    assert.equal(JSON.stringify(stored).includes(apiKey.key), false)

    assert.equal((await app.inject({ url: `/ghost/api/content/tags/?key=${apiKey.key}` })).statusCode, 200)
    const listed = (await call(app, 'GET', '/apikeys', { token: admin.token })).json() as { apiKeys: Record<string, unknown>[] }
    assert.equal(listed.apiKeys.length, 1)
    assert.equal('key' in (listed.apiKeys[0] as Record<string, unknown>), false)
    assert.ok(listed.apiKeys[0]?.lastUsedAt, 'last use is recorded')

    const revoked = await call(app, 'DELETE', `/apikeys/${apiKey.id}`, { token: admin.token })
    assert.equal(revoked.statusCode, 200)
    assert.ok((revoked.json() as { apiKey: { revokedAt: string } }).apiKey.revokedAt)
    assert.equal((await app.inject({ url: `/ghost/api/content/tags/?key=${apiKey.key}` })).statusCode, 401)
  })

  it('refuses everyone but admins, and bad input, changing nothing', async () => {
    assert.equal((await call(app, 'GET', '/apikeys', { token: editor.token })).statusCode, 403)
    assert.equal((await call(app, 'POST', '/apikeys', { token: editor.token, body: { name: 'Stiekem' } })).statusCode, 403)
    assert.equal((await call(app, 'GET', '/apikeys')).statusCode, 401)
    const before = await suite.database.db.selectFrom('contentApiKeys').select('id').execute()
    const noName = await call(app, 'POST', '/apikeys', { token: admin.token, body: { name: '' } })
    assert.equal(noName.statusCode, 400)
    assert.equal(firstError(noName).field, 'name')
    assert.equal((await call(app, 'POST', '/apikeys', { token: admin.token, body: { name: 'X', limitCap: 0 } })).statusCode, 400)
    assert.equal((await call(app, 'POST', '/apikeys', { token: admin.token, body: { name: 'X', extra: true } })).statusCode, 400)
    assert.equal((await call(app, 'DELETE', '/apikeys/0123456789abcdef01234567', { token: admin.token })).statusCode, 404)
    assert.deepEqual(await suite.database.db.selectFrom('contentApiKeys').select('id').execute(), before)
  })
})
