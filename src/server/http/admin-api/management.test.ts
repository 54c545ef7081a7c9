import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { call, createStaff, firstError, type Staff } from '../../../../test/helpers/admin.js'
import { testConfig } from '../../../../test/helpers/factories.js'

describeEachDialect('admin API: tags, people and settings', (suite) => {
  let app: FastifyInstance
  let admin: Staff
  let editor: Staff

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, jobs: false })
    admin = await createStaff(app, 'admin', 'Ada Beheerder')
    editor = await createStaff(app, 'editor', 'Eline Redacteur')
  })
  after(() => app.close())

  it('creates, renames (leaving a redirect from the old tag page) and deletes tags', async () => {
    const created = await call(app, 'POST', '/tags', { token: editor.token, body: { name: 'Stablecoins', description: 'Munten met een vaste koers' } })
    assert.equal(created.statusCode, 201)
    const { tag } = created.json() as { tag: { id: string; slug: string } }
    assert.equal(tag.slug, 'stablecoins')
    const duplicate = await call(app, 'POST', '/tags', { token: editor.token, body: { name: 'Iets anders', slug: 'stablecoins' } })
    assert.equal(duplicate.statusCode, 409)
    const renamed = await call(app, 'PATCH', `/tags/${tag.id}`, { token: editor.token, body: { name: 'Stablecoin', slug: 'stablecoin', seo: { title: 'Alles over stablecoins' } } })
    assert.equal(renamed.statusCode, 200, renamed.body)
    assert.deepEqual((renamed.json() as { tag: { slug: string; seo: { title: string } } }).tag.seo.title, 'Alles over stablecoins')
    const redirect = await suite.database.db.selectFrom('redirects').select(['toPath']).where('fromPath', '=', '/tag/stablecoins/').executeTakeFirst()
    assert.equal(redirect?.toPath, '/tag/stablecoin/')
    const listed = (await call(app, 'GET', '/tags', { token: editor.token })).json() as { tags: { slug: string; articles: number }[] }
    assert.deepEqual(listed.tags.find((t) => t.slug === 'stablecoin')?.articles, 0)
    assert.equal((await call(app, 'DELETE', `/tags/${tag.id}`, { token: editor.token })).statusCode, 204)
    assert.equal((await call(app, 'GET', `/tags/${tag.id}`, { token: editor.token })).statusCode, 404)
  })

  it('manages accounts and never lets the last admin go', async () => {
    const created = await call(app, 'POST', '/people', { token: admin.token, body: { email: 'nieuw@redactie.example', name: 'Noor Nieuw', role: 'author', password: 'een-lang-wachtwoord' } })
    assert.equal(created.statusCode, 201)
    const { person } = created.json() as { person: { id: string; role: string } }
    assert.equal((person as Record<string, unknown>).passwordHash, undefined)
    const promoted = await call(app, 'PATCH', `/people/${person.id}`, { token: admin.token, body: { role: 'editor', website: 'https://noor.example' } })
    assert.equal((promoted.json() as { person: { role: string } }).person.role, 'editor')
    const badUrl = await call(app, 'PATCH', `/people/${person.id}`, { token: admin.token, body: { website: 'javascript:alert(1)' } })
    assert.equal(badUrl.statusCode, 422)
    const lastAdmin = await call(app, 'PATCH', `/people/${admin.person.id}`, { token: admin.token, body: { role: 'editor' } })
    assert.equal(lastAdmin.statusCode, 409)
    assert.equal((await call(app, 'DELETE', `/people/${admin.person.id}`, { token: admin.token })).statusCode, 409)
    const taken = await call(app, 'POST', '/people', { token: admin.token, body: { email: 'NIEUW@redactie.example', name: 'Dubbel', role: 'author' } })
    assert.equal(firstError(taken).code, 'EMAIL_TAKEN')
    // Someone with a byline is suspended, not removed.
    await app.services.articles.createArticle({ kind: 'user', id: person.id, role: 'editor' }, { title: 'Een stuk van Noor' })
    assert.equal((await call(app, 'DELETE', `/people/${person.id}`, { token: admin.token })).statusCode, 409)
    const bare = (await call(app, 'POST', '/people', { token: admin.token, body: { email: 'weg@redactie.example', name: 'Wim Weg', role: 'contributor' } })).json() as { person: { id: string } }
    assert.equal((await call(app, 'DELETE', `/people/${bare.person.id}`, { token: admin.token })).statusCode, 204)
  })

  it('validates settings as a whole and shows the new site name on the site', async () => {
    const bad = await call(app, 'PATCH', '/settings', { token: admin.token, body: { navigation: ['Geen Slug!'], appPromo: { title: 'App', text: 'x', appStoreId: 'abc', playStoreId: 'geen pakket' } } })
    assert.equal(bad.statusCode, 422)
    assert.deepEqual((bad.json() as { errors: { field: string }[] }).errors.map((e) => e.field), ['navigation', 'appPromo.appStoreId', 'appPromo.playStoreId'])
    const ok = await call(app, 'PATCH', '/settings', {
      token: admin.token,
      body: { siteName: 'Het Cryptoblad', navigation: ['bitcoin', 'ethereum'], appPromo: { title: 'Bekijk de app', text: 'Nieuws in je zak.', appStoreId: '1234567890', playStoreId: 'nl.cryptoblad.app' } },
    })
    assert.equal(ok.statusCode, 200, ok.body)
    assert.equal((ok.json() as { settings: { siteName: string } }).settings.siteName, 'Het Cryptoblad')
    await app.eventFeed.catchUp()
    assert.match((await app.inject({ method: 'GET', url: '/' })).body, /<title>[^<]*Het Cryptoblad/)
    assert.equal((await call(app, 'PATCH', '/settings', { token: editor.token, body: { siteName: 'Overgenomen' } })).statusCode, 403)
  })
})
