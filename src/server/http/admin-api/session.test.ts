import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { throttleLimits } from '../../modules/auth/index.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { call, createStaff, firstError, signIn, type Staff } from '../../../../test/helpers/admin.js'
import { testClock, testConfig } from '../../../../test/helpers/factories.js'

describeEachDialect('admin API: sessions, CSRF, tokens, login throttling', (suite) => {
  const clock = testClock()
  let app: FastifyInstance
  let editor: Staff

  before(async () => {
    app = await buildApp(testConfig({ TRUST_PROXY: '1' }), { database: suite.database, now: clock.now, jobs: false })
    editor = await createStaff(app, 'editor', 'Eva Redacteur')
  })
  after(() => app.close())

  it('signs in with a session cookie that is HttpOnly, SameSite=Lax, and Secure behind HTTPS', async () => {
    const plain = await signIn(app, editor.person.email)
    assert.match(plain.setCookie, /^nd_session=[A-Za-z0-9_-]{43}; /)
    assert.match(plain.setCookie, /HttpOnly/)
    assert.match(plain.setCookie, /SameSite=Lax/)
    assert.match(plain.setCookie, /Path=\/admin/)
    assert.doesNotMatch(plain.setCookie, /Secure/)
    const https = await signIn(app, editor.person.email, undefined, { 'x-forwarded-proto': 'https' })
    assert.match(https.setCookie, /; Secure/)

    const me = await call(app, 'GET', '/me', { cookie: plain.cookie })
    assert.equal(me.statusCode, 200)
    const body = me.json() as { user: { email: string; role: string; permissions: string[] }; csrfToken: string }
    assert.equal(body.user.email, editor.person.email)
    assert.equal(body.csrfToken, plain.csrf)
    assert.deepEqual(body.user.permissions, ['desk', 'publishOwn', 'editAll', 'managePages', 'manageTags', 'manageAds'])
    assert.equal((body.user as Record<string, unknown>).passwordHash, undefined)
  })

  it('answers 401 without credentials and with a wrong password, in the error envelope', async () => {
    const anonymous = await call(app, 'GET', '/me')
    assert.equal(anonymous.statusCode, 401)
    assert.equal(firstError(anonymous).code, 'UNAUTHENTICATED')
    const wrong = await call(app, 'POST', '/session', { body: { email: editor.person.email, password: 'niet-het-wachtwoord' } })
    assert.equal(wrong.statusCode, 401)
    assert.deepEqual(wrong.json(), { errors: [{ code: 'LOGIN_FAILED', message: 'That email address and password do not match.' }] })
    const unknown = await call(app, 'POST', '/session', { body: { email: 'niemand@redactie.example', password: 'niet-het-wachtwoord' } })
    assert.equal(firstError(unknown).code, 'LOGIN_FAILED')
    assert.equal(wrong.headers['set-cookie'], undefined)
  })

  it('refuses a change made with the cookie but without the matching X-CSRF-Token', async () => {
    const { cookie, csrf } = await signIn(app, editor.person.email)
    const body = { title: 'Nieuwe kop' }
    const missing = await call(app, 'POST', '/articles', { cookie, body })
    assert.equal(missing.statusCode, 403)
    assert.equal(firstError(missing).code, 'CSRF_FAILED')
    const forged = await call(app, 'POST', '/articles', { cookie, csrf: `${csrf.slice(0, -2)}xx`, body })
    assert.equal(firstError(forged).code, 'CSRF_FAILED')
    const before = await app.services.articles.countAll()
    assert.equal(before, 0)
    const ok = await call(app, 'POST', '/articles', { cookie, csrf, body })
    assert.equal(ok.statusCode, 201, ok.body)
    // Reading needs no CSRF token; a staff token needs none either.
    assert.equal((await call(app, 'GET', '/articles', { cookie })).statusCode, 200)
    assert.equal((await call(app, 'POST', '/articles', { token: editor.token, body })).statusCode, 201)
  })

  it('signs out one session, and everywhere', async () => {
    const first = await signIn(app, editor.person.email)
    const second = await signIn(app, editor.person.email)
    const out = await call(app, 'DELETE', '/session', { cookie: first.cookie, csrf: first.csrf })
    assert.equal(out.statusCode, 204)
    assert.match(String(out.headers['set-cookie']), /nd_session=;/)
    assert.equal((await call(app, 'GET', '/me', { cookie: first.cookie })).statusCode, 401)
    assert.equal((await call(app, 'GET', '/me', { cookie: second.cookie })).statusCode, 200)
    const third = await signIn(app, editor.person.email)
    const everywhere = await call(app, 'DELETE', '/sessions', { cookie: third.cookie, csrf: third.csrf })
    assert.equal(everywhere.statusCode, 200)
    assert.ok((everywhere.json() as { ended: number }).ended >= 2)
    assert.equal((await call(app, 'GET', '/me', { cookie: second.cookie })).statusCode, 401)
    assert.equal((await call(app, 'GET', '/me', { cookie: third.cookie })).statusCode, 401)
  })

  it('expires sessions after two weeks without use', async () => {
    const { cookie } = await signIn(app, editor.person.email)
    clock.advance(15 * 24 * 3600 * 1000)
    assert.equal((await call(app, 'GET', '/me', { cookie })).statusCode, 401)
  })

  it('creates, uses and revokes staff tokens; a revoked or bogus token is refused', async () => {
    const created = await call(app, 'POST', '/tokens', { token: editor.token, body: { name: 'Nieuwsbrief-koppeling' } })
    assert.equal(created.statusCode, 201)
    const { token } = (created.json() as { token: { id: string; token: string } })
    assert.match(token.token, /^nd_[0-9a-f]{24}_/)
    assert.equal((await call(app, 'GET', '/me', { token: token.token })).statusCode, 200)
    const listed = (await call(app, 'GET', '/tokens', { token: token.token })).json() as { tokens: Record<string, unknown>[] }
    assert.ok(listed.tokens.every((t) => t.token === undefined && t.tokenHash === undefined))
    assert.equal((await call(app, 'DELETE', `/tokens/${token.id}`, { token: editor.token })).statusCode, 200)
    const revoked = await call(app, 'GET', '/me', { token: token.token })
    assert.equal(revoked.statusCode, 401)
    assert.equal(firstError(revoked).code, 'UNAUTHENTICATED')
    assert.equal((await call(app, 'GET', '/me', { token: 'nd_000000000000000000000000_bogusbogusbogusbogusbogus' })).statusCode, 401)
    // Someone else's token cannot be revoked.
    const other = await createStaff(app, 'author')
    const otherToken = (await app.services.tokens.listForUser(other.person.id))[0]
    assert.equal((await call(app, 'DELETE', `/tokens/${otherToken?.id}`, { token: editor.token })).statusCode, 404)
  })

  it('a suspended account loses its sessions and tokens at once', async () => {
    const admin = await createStaff(app, 'admin')
    const author = await createStaff(app, 'author')
    const session = await signIn(app, author.person.email)
    const suspended = await call(app, 'PATCH', `/people/${author.person.id}`, { token: admin.token, body: { status: 'suspended' } })
    assert.equal(suspended.statusCode, 200)
    assert.equal((await call(app, 'GET', '/me', { cookie: session.cookie })).statusCode, 401)
    assert.equal((await call(app, 'GET', '/me', { token: author.token })).statusCode, 401)
    assert.equal(firstError(await call(app, 'POST', '/session', { body: { email: author.person.email, password: 'een-lang-wachtwoord' } })).code, 'LOGIN_FAILED')
  })

  it('throttles failed sign-ins per account with a growing backoff, even for the right password', async () => {
    const victim = await createStaff(app, 'author')
    const attempt = (password: string, ip = '203.0.113.7') =>
      call(app, 'POST', '/session', { body: { email: victim.person.email, password }, headers: { 'x-forwarded-for': ip } })
    for (let i = 0; i < throttleLimits.account; i += 1) assert.equal((await attempt('fout-wachtwoord-1')).statusCode, 401)
    const locked = await attempt('een-lang-wachtwoord', '198.51.100.9')
    assert.equal(locked.statusCode, 429)
    assert.equal(firstError(locked).code, 'LOGIN_THROTTLED')
    assert.equal(locked.headers['retry-after'], '30')
    clock.advance(31_000)
    assert.equal((await attempt('nog-steeds-fout')).statusCode, 401)
    const longer = await attempt('een-lang-wachtwoord')
    assert.equal(longer.statusCode, 429)
    assert.equal(longer.headers['retry-after'], '60')
    clock.advance(61_000)
    assert.equal((await attempt('een-lang-wachtwoord')).statusCode, 201)
    // A success clears the account's count.
    assert.equal((await attempt('weer-fout')).statusCode, 401)
    assert.equal((await attempt('een-lang-wachtwoord')).statusCode, 201)
  })

  it('throttles one client address trying many accounts (the forwarded address, with TRUST_PROXY)', async () => {
    const ip = '192.0.2.44'
    for (let i = 0; i < throttleLimits.address; i += 1) {
      const response = await call(app, 'POST', '/session', { body: { email: `gok${i}@redactie.example`, password: 'raden-maar-1' }, headers: { 'x-forwarded-for': ip } })
      assert.equal(response.statusCode, 401)
    }
    const blocked = await call(app, 'POST', '/session', { body: { email: editor.person.email, password: 'een-lang-wachtwoord' }, headers: { 'x-forwarded-for': ip } })
    assert.equal(blocked.statusCode, 429)
    // Another address is not affected.
    const other = await call(app, 'POST', '/session', { body: { email: editor.person.email, password: 'een-lang-wachtwoord' }, headers: { 'x-forwarded-for': '192.0.2.45' } })
    assert.equal(other.statusCode, 201)
  })

  it('changes one’s own password only with the current one, ending the other sessions', async () => {
    const person = await createStaff(app, 'contributor')
    const mine = await signIn(app, person.person.email)
    const elsewhere = await signIn(app, person.person.email)
    const wrong = await call(app, 'PATCH', '/me', { cookie: mine.cookie, csrf: mine.csrf, body: { currentPassword: 'fout', newPassword: 'een-nieuw-wachtwoord' } })
    assert.equal(wrong.statusCode, 422)
    assert.equal(firstError(wrong).field, 'currentPassword')
    const ok = await call(app, 'PATCH', '/me', { cookie: mine.cookie, csrf: mine.csrf, body: { currentPassword: 'een-lang-wachtwoord', newPassword: 'een-nieuw-wachtwoord', name: 'Nieuwe Naam' } })
    assert.equal(ok.statusCode, 200, ok.body)
    assert.equal((ok.json() as { user: { name: string } }).user.name, 'Nieuwe Naam')
    assert.equal((await call(app, 'GET', '/me', { cookie: mine.cookie })).statusCode, 200)
    assert.equal((await call(app, 'GET', '/me', { cookie: elsewhere.cookie })).statusCode, 401)
    await signIn(app, person.person.email, 'een-nieuw-wachtwoord')
  })
})
