import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import type { Article } from '../../modules/articles/index.js'
import { systemActor } from '../../modules/people/index.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { call, createStaff } from '../../../../test/helpers/admin.js'
import { buildArticle, testClock, testConfig } from '../../../../test/helpers/factories.js'
import { parsePage } from '../../../../test/helpers/html.js'

const system = systemActor('test')
const hour = 3_600_000
const browser = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'

describeEachDialect('audience: beacons, counts and Meest gelezen', (suite) => {
  // 22:30 in Amsterdam on 26 November: the day boundary is 90 minutes away.
  const clock = testClock(Date.UTC(2026, 10, 26, 21, 30))
  let app: FastifyInstance
  let a: Article
  let b: Article
  let sponsored: Article
  let draft: Article

  const beacon = (articleId: string, options: { ua?: string; ip?: string; headers?: Record<string, string>; body?: string } = {}) =>
    app.inject({
      method: 'POST',
      url: '/collect',
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://nieuws.example.nl', 'user-agent': options.ua ?? browser, 'x-forwarded-for': options.ip ?? '198.51.100.1', ...options.headers },
      payload: options.body ?? JSON.stringify({ a: articleId, p: '/x/', r: '' }),
    })
  const hourly = async (articleId: string) => {
    const rows = await suite.database.db.selectFrom('audienceHourly').selectAll().where('articleId', '=', articleId).execute()
    return { views: rows.reduce((n, r) => n + r.views, 0), uniques: rows.reduce((n, r) => n + r.uniques, 0) }
  }

  before(async () => {
    app = await buildApp(testConfig({ TRUST_PROXY: '1' }), { database: suite.database, now: clock.now, jobs: false })
    const publish = async (title: string, extra = {}) => app.services.articles.publishArticle(system, (await app.services.articles.createArticle(system, buildArticle({ title, ...extra }))).id)
    clock.advance(-2 * hour)
    a = await publish('Veelgelezen bericht over bitcoin', { tags: ['Bitcoin'] })
    b = await publish('Minder gelezen bericht over ether', { tags: ['Ethereum'] })
    sponsored = await publish('Gesponsord bericht', { sponsored: true, sponsor: 'Beurs' })
    draft = await app.services.articles.createArticle(system, buildArticle({ title: 'Nog een concept' }))
    clock.advance(2 * hour)
  })
  after(() => app.close())

  it('counts views and per-day uniques, and writes them on flush', async () => {
    assert.equal((await beacon(a.id)).statusCode, 204)
    assert.equal((await beacon(a.id)).statusCode, 204)
    assert.equal((await beacon(a.id, { ua: `${browser} Edg/131` })).statusCode, 204)
    assert.equal(app.services.audience.pending, 3)
    assert.deepEqual(await hourly(a.id), { views: 0, uniques: 0 }, 'nothing written before the flush')
    assert.equal(await app.services.audience.flush(), 3)
    assert.deepEqual(await hourly(a.id), { views: 3, uniques: 2 })
  })

  it('ignores bots, prefetches, unknown and unpublished articles without counting', async () => {
    for (const response of [
      await beacon(a.id, { ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }),
      await beacon(a.id, { headers: { 'sec-purpose': 'prefetch;prerender' } }),
      await beacon('ffffffffffffffffffffffff'),
      await beacon(draft.id),
    ]) assert.equal(response.statusCode, 204)
    assert.equal(app.services.audience.pending, 0)
  })

  it('rejects malformed, oversized and cross-site beacons with a 4xx and counts nothing', async () => {
    assert.equal((await beacon(a.id, { body: '{"a":' })).statusCode, 400)
    assert.equal((await beacon(a.id, { body: JSON.stringify({ a: a.id, p: '/x/', r: '', ip: '1.2.3.4' }) })).statusCode, 400)
    assert.equal((await beacon(a.id, { body: JSON.stringify({ a: 'geen-id', p: '/x/' }) })).statusCode, 400)
    assert.equal((await beacon(a.id, { body: JSON.stringify({ a: a.id, p: '/x/', r: '<script>' }) })).statusCode, 400)
    assert.equal((await beacon(a.id, { body: JSON.stringify({ a: a.id, p: `/${'x'.repeat(600)}/` }) })).statusCode, 413)
    assert.equal((await beacon(a.id, { headers: { origin: 'https://kwaadaardig.example' } })).statusCode, 403)
    assert.equal((await beacon(a.id, { headers: { 'sec-fetch-site': 'cross-site' } })).statusCode, 403)
    assert.equal((await app.inject({ method: 'GET', url: '/collect' })).statusCode, 404)
    assert.equal((await app.inject({ method: 'HEAD', url: '/collect' })).statusCode, 404)
    assert.equal(app.services.audience.pending, 0)
  })

  it('limits one address per minute', async () => {
    let last = 0
    for (let i = 0; i < 121; i += 1) last = (await beacon(b.id, { ip: '203.0.113.99' })).statusCode
    assert.equal(last, 429)
    assert.equal((await beacon(b.id, { ip: '203.0.113.100' })).statusCode, 204)
    await app.services.audience.flush()
    assert.equal((await hourly(b.id)).views, 121, '120 from the limited address, 1 from another')
  })

  it('ranks over 24 hours, 7 and 30 days across the day boundary, without sponsored articles', async () => {
    for (let i = 0; i < 3; i += 1) await beacon(sponsored.id, { ip: `192.0.2.${i}` })
    // Past midnight in Amsterdam: a new day, new hourly buckets.
    clock.advance(2 * hour)
    for (let i = 0; i < 200; i += 1) await beacon(a.id, { ip: `10.1.${i}.1` })
    await app.services.audience.flush()
    await app.services.audience.rollUp()
    const day = await app.services.audience.mostRead({ window: '24h', limit: 5 })
    assert.deepEqual(day.map((r) => r.articleId), [a.id, b.id])
    assert.equal(day[0]?.views, 203)
    const week = await app.services.audience.mostRead({ window: '7d', limit: 5 })
    assert.deepEqual(week.map((r) => [r.articleId, r.views]), [[a.id, 203], [b.id, 121]])
    const daily = await suite.database.db.selectFrom('audienceDaily').select(['day', 'views']).where('articleId', '=', a.id).orderBy('day').execute()
    assert.deepEqual(daily.map((d) => d.views), [3, 200], 'two Amsterdam days')
    const tagged = await app.services.audience.mostRead({ window: '30d', limit: 5, tagId: a.primaryTag?.id })
    assert.deepEqual(tagged.map((r) => r.articleId), [a.id])
  })

  it('shows Meest gelezen on home, article and its own page, with a window switch', async () => {
    await app.services.audience.rollUp()
    const home = parsePage((await app.inject('/')).body)
    const box = home.first('section', { class: 'headlines numbered', 'aria-label': 'Meest gelezen' })
    assert.ok(box, 'the box on the home page')
    const page = await app.inject('/meest-gelezen/')
    assert.equal(page.statusCode, 200)
    const parsed = parsePage(page.body)
    assert.equal(parsed.text('h1'), 'Meest gelezen')
    assert.match(parsed.text('span', { class: 'views' }), /203 keer gelezen/)
    assert.equal((await app.inject('/meest-gelezen/?periode=30d')).statusCode, 200)
    assert.equal((await app.inject('/meest-gelezen/?periode=jaar')).statusCode, 404)
    const article = parsePage((await app.inject(`/${b.slug}/`)).body)
    assert.ok(article.first('section', { class: 'headlines numbered' }))
    assert.equal(article.first('script', { 'data-a': b.id })?.attribs.defer, '', 'the beacon on article pages')
  })

  it('gives the desk its figures', async () => {
    const editor = await createStaff(app, 'editor')
    const perDay = await call(app, 'GET', `/audience/articles/${a.id}?from=2026-11-20&to=2026-11-30`, { token: editor.token })
    assert.equal(perDay.statusCode, 200, perDay.body)
    assert.deepEqual((perDay.json() as { days: { day: string; views: number }[] }).days.map((d) => [d.day, d.views]), [['2026-11-26', 3], ['2026-11-27', 200]])
    const top = (await call(app, 'GET', '/audience/top?from=2026-11-20&to=2026-11-30', { token: editor.token })).json() as { articles: { id: string; views: number }[] }
    assert.deepEqual(top.articles.slice(0, 2).map((t) => [t.id, t.views]), [[a.id, 203], [b.id, 121]])
    // Site totals count every article, not only the ones in a top list.
    const totals = (await call(app, 'GET', '/audience/totals?from=2026-11-20&to=2026-11-30', { token: editor.token })).json() as { views: number; days: { day: string; views: number }[] }
    const everyArticle = (await call(app, 'GET', '/audience/top?from=2026-11-20&to=2026-11-30&limit=100', { token: editor.token })).json() as { articles: { views: number }[] }
    assert.equal(totals.views, everyArticle.articles.reduce((sum, t) => sum + t.views, 0))
    assert.equal(totals.views, totals.days.reduce((sum, d) => sum + d.views, 0))
    const onlyFirst = (await call(app, 'GET', '/audience/top?from=2026-11-20&to=2026-11-30&limit=1', { token: editor.token })).json() as { articles: { views: number }[] }
    assert.ok(totals.views > (onlyFirst.articles[0]?.views ?? 0), 'more than the first of the list')
    assert.equal((await call(app, 'GET', '/audience/totals?from=2026-12-01&to=2026-11-01', { token: editor.token })).statusCode, 400)
    const bad = await call(app, 'GET', '/audience/top?from=2026-12-01&to=2026-11-01', { token: editor.token })
    assert.equal(bad.statusCode, 400)
  })

  it('keeps hours for seven days and days after that', async () => {
    clock.advance(8 * 24 * hour)
    await app.services.audience.rollUp()
    assert.equal((await suite.database.db.selectFrom('audienceHourly').select('hour').execute()).length, 0)
    assert.deepEqual((await app.services.audience.mostRead({ window: '30d', limit: 5 })).map((r) => r.articleId), [a.id, b.id])
    assert.deepEqual(await app.services.audience.mostRead({ window: '7d', limit: 5 }), [])
    assert.deepEqual(await app.services.audience.mostRead({ window: '24h', limit: 5 }), [])
  })

  it('writes what was counted when the app closes, so a restart loses nothing', async () => {
    await beacon(b.id, { ip: '198.51.100.77' })
    assert.equal(app.services.audience.pending, 1)
    const before = (await hourly(b.id)).views
    await app.close()
    assert.equal((await hourly(b.id)).views, before + 1)
    app = await buildApp(testConfig({ TRUST_PROXY: '1' }), { database: suite.database, now: clock.now, jobs: false })
  })
})
