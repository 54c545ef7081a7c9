import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import Fastify, { type FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { roleAllows, type Permission } from '../../modules/auth/index.js'
import { roles, type Role } from '../../modules/people/index.js'
import type { Services } from '../../services.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { call, createStaff, firstError, type Staff } from '../../../../test/helpers/admin.js'
import { testConfig } from '../../../../test/helpers/factories.js'
import { registerPolicies } from './policy.js'

interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  policy: Permission | 'anyone'
}

describe('admin route policies', () => {
  it('stops the server at boot when an admin route declares no policy', async () => {
    const app = Fastify()
    void app.register(async (api) => {
      registerPolicies(api, {} as Services)
      api.get('/vergeten', async () => ({ ok: true }))
    }, { prefix: '/admin/api' })
    await assert.rejects(async () => {
      await app.ready()
    }, /Admin route GET \/admin\/api\/vergeten declares no policy/)
  })
})

describeEachDialect('admin API: every route × every role', (suite) => {
  let app: FastifyInstance
  let operations: Operation[]
  const staff = new Map<Role, Staff>()

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, jobs: false })
    for (const role of roles) staff.set(role, await createStaff(app, role))
    const document = (await app.inject({ method: 'GET', url: '/admin/api/openapi.json' })).json() as { paths: Record<string, Record<string, { 'x-policy': Operation['policy'] }>> }
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase() as Operation['method'], path, policy: op['x-policy'] })),
    )
  })
  after(() => app.close())

  it('describes the routes the issue names, each with a policy', () => {
    const names = operations.map((op) => `${op.method} ${op.path}`)
    for (const expected of [
      'POST /session', 'DELETE /session', 'GET /me', 'GET /articles', 'POST /articles', 'GET /articles/{id}', 'PATCH /articles/{id}', 'DELETE /articles/{id}',
      'POST /articles/{id}/submit', 'POST /articles/{id}/publish', 'POST /articles/{id}/schedule', 'POST /articles/{id}/unpublish', 'POST /articles/{id}/archive',
      'GET /articles/{id}/revisions', 'POST /articles/{id}/revisions/{n}/restore', 'POST /articles/{id}/preview',
      'GET /tags', 'POST /tags', 'PATCH /tags/{id}', 'DELETE /tags/{id}', 'GET /people', 'POST /people', 'PATCH /people/{id}', 'DELETE /people/{id}',
      'GET /settings', 'PATCH /settings', 'GET /tokens', 'POST /tokens', 'DELETE /tokens/{id}',
    ]) assert.ok(names.includes(expected), `missing ${expected}`)
    assert.ok(operations.every((op) => op.policy), 'every operation has a policy')
    assert.ok(operations.length >= 30)
  })

  it('lets each role through exactly the routes its policy allows (route level)', async () => {
    // Ids that exist nowhere: allowed callers reach the handler (404/400/422), refused ones stop at the policy (403).
    const url = (path: string) => path.replace('{id}', 'ffffffffffffffffffffffff').replace('{n}', '1')
    let checked = 0
    for (const op of operations) {
      if (op.policy === 'anyone') continue
      const body = op.method === 'GET' || op.method === 'DELETE' ? undefined : {}
      const anonymous = await call(app, op.method, url(op.path), { body })
      assert.equal(anonymous.statusCode, 401, `${op.method} ${op.path} anonymous`)
      for (const role of roles) {
        const response = await call(app, op.method, url(op.path), { token: staff.get(role)?.token, body })
        const label: string = `${op.method} ${op.path} as ${role} (policy ${op.policy}): ${response.statusCode} ${response.body.slice(0, 200)}`
        if (roleAllows(role, op.policy)) {
          assert.notEqual(response.statusCode, 401, label)
          assert.notEqual(response.statusCode, 403, label)
          assert.ok(response.statusCode < 500, label)
        } else {
          assert.equal(response.statusCode, 403, label)
          assert.equal(firstError(response).code, 'FORBIDDEN', label)
        }
        checked += 1
      }
    }
    assert.ok(checked >= 4 * 28, `checked ${checked} route × role pairs`)
  })
})
