import { before, it } from 'node:test'
import assert from 'node:assert/strict'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { servicesFor } from '../../../../test/helpers/factories.js'
import { AppError } from '../../errors.js'
import type { Services } from '../../services.js'
import { hashApiToken, verifyPassword } from './index.js'

describeEachDialect('people', (suite) => {
  let services: Services
  before(() => {
    services = servicesFor(suite.database)
  })

  it('creates a person with a unique slug and a scrypt password hash', async () => {
    const a = await services.people.createUser({ email: 'Jan.Jansen@Example.nl', name: 'Jan Jansen', role: 'editor', password: 'lang-genoeg-wachtwoord' })
    const b = await services.people.createUser({ email: 'jan2@example.nl', name: 'Jan Jansen', role: 'author' })
    assert.equal(a.email, 'jan.jansen@example.nl')
    assert.equal(a.slug, 'jan-jansen')
    assert.equal(b.slug, 'jan-jansen-2')
    const row = await suite.database.db.selectFrom('users').select('passwordHash').where('id', '=', a.id).executeTakeFirstOrThrow()
    assert.match(row.passwordHash ?? '', /^scrypt\$/)
    assert.ok(await verifyPassword('lang-genoeg-wachtwoord', row.passwordHash ?? ''))
    assert.ok(!(await verifyPassword('verkeerd-wachtwoord', row.passwordHash ?? '')))
  })

  it('rejects a bad role, email and password together and writes nothing', async () => {
    const before = (await services.people.listPeople()).length
    await assert.rejects(services.people.createUser({ email: 'geen-email', name: 'X', role: 'bogus', password: 'kort' }), (error: unknown) => {
      assert.ok(error instanceof AppError && error.code === 'VALIDATION_FAILED')
      assert.deepEqual(error.details?.map((d) => d.field), ['email', 'role', 'password'])
      return true
    })
    await assert.rejects(services.people.createUser({ email: 'jan.jansen@example.nl', name: 'Dubbel', role: 'author' }), (e: unknown) => e instanceof AppError && e.code === 'EMAIL_TAKEN')
    assert.equal((await services.people.listPeople()).length, before)
  })

  it('sets a new password', async () => {
    await services.people.createUser({ email: 'pw@example.nl', name: 'Pim', role: 'author' })
    await services.people.setPassword('pw@example.nl', 'een-nieuw-wachtwoord')
    const row = await suite.database.db.selectFrom('users').select('passwordHash').where('email', '=', 'pw@example.nl').executeTakeFirstOrThrow()
    assert.ok(await verifyPassword('een-nieuw-wachtwoord', row.passwordHash ?? ''))
    await assert.rejects(services.people.setPassword('pw@example.nl', 'kort'), (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED')
    await assert.rejects(services.people.setPassword('niemand@example.nl', 'lang-genoeg-wachtwoord'), (e: unknown) => e instanceof AppError && e.code === 'USER_NOT_FOUND')
  })

  it('keeps only the hash of a staff token and revokes it', async () => {
    await services.people.createUser({ email: 'tok@example.nl', name: 'Toke', role: 'admin' })
    const { token, info } = await services.tokens.createForEmail('tok@example.nl', 'Deploy')
    assert.match(token, /^nd_[0-9a-f]{24}_[A-Za-z0-9_-]{32}$/)
    const row = await suite.database.db.selectFrom('apiTokens').selectAll().where('id', '=', info.id).executeTakeFirstOrThrow()
    assert.equal(row.tokenHash, hashApiToken(token))
    assert.ok(!JSON.stringify(row).includes(token.slice(28)))
    const revoked = await services.tokens.revoke(token)
    assert.equal(revoked.id, info.id)
    assert.ok(revoked.revokedAt !== null)
    const listed = await services.tokens.listForEmail('tok@example.nl')
    assert.equal(listed.length, 1)
    assert.ok(listed[0]?.revokedAt)
    await assert.rejects(services.tokens.revoke('0'.repeat(24)), (e: unknown) => e instanceof AppError && e.code === 'TOKEN_NOT_FOUND')
  })
})
