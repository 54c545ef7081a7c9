/**
 * The Content API over HTTP, black-box, with the kind of assertions Ghost's own content API
 * tests make: envelopes, field lists, headers, key checks, parameters and error answers.
 */
import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { systemActor } from '../../modules/people/index.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { hour, seedContent, type ContentFixture } from '../../../../test/helpers/content-api.js'
import { testClock, testConfig } from '../../../../test/helpers/factories.js'

const site = 'https://nieuws.example.nl'
const isoWithTz = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/
const objectId = /^[0-9a-f]{24}$/

const postFields = [
  'id', 'uuid', 'title', 'slug', 'html', 'comment_id', 'feature_image', 'featured', 'visibility', 'created_at', 'updated_at', 'published_at',
  'custom_excerpt', 'codeinjection_head', 'codeinjection_foot', 'custom_template', 'canonical_url', 'url', 'excerpt', 'reading_time', 'access',
  'comments', 'og_image', 'og_title', 'og_description', 'twitter_image', 'twitter_title', 'twitter_description', 'meta_title', 'meta_description',
  'email_subject', 'frontmatter', 'feature_image_alt', 'feature_image_caption',
]
const tagFields = [
  'id', 'name', 'slug', 'description', 'feature_image', 'visibility', 'og_image', 'og_title', 'og_description', 'twitter_image', 'twitter_title',
  'twitter_description', 'meta_title', 'meta_description', 'codeinjection_head', 'codeinjection_foot', 'canonical_url', 'accent_color', 'url',
]
const authorFields = [
  'id', 'name', 'slug', 'profile_image', 'cover_image', 'bio', 'website', 'location', 'facebook', 'twitter', 'threads', 'bluesky', 'mastodon',
  'tiktok', 'youtube', 'instagram', 'linkedin', 'meta_title', 'meta_description', 'url',
]
const errorFields = ['message', 'context', 'type', 'details', 'property', 'help', 'code', 'id', 'ghostErrorCode']

type Json = Record<string, unknown>
type Post = Json & { slug: string; tags?: Json[]; authors?: Json[] }

describeEachDialect('Content API', (suite) => {
  const clock = testClock()
  const start = clock.now()
  let app: FastifyInstance
  let fx: ContentFixture
  let key: string

  const get = (path: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url: path, headers })
  const api = (path: string, query = '') => get(`/ghost/api/content/${path}?key=${key}${query ? `&${query}` : ''}`)
  const json = async (path: string, query = '') => {
    const res = await api(path, query)
    assert.equal(res.statusCode, 200, res.body)
    return JSON.parse(res.body) as Json
  }
  const posts = async (query = '') => (await json('posts/', query)).posts as Post[]
  const slugs = async (query: string) => (await posts(`fields=slug&${query}`)).map((p) => p.slug)
  const errorOf = async (path: string, query = '') => {
    const res = await api(path, query)
    const body = JSON.parse(res.body) as { errors: Json[] }
    assert.equal(body.errors.length, 1)
    assert.deepEqual(Object.keys(body.errors[0] as Json), errorFields)
    return { status: res.statusCode, error: body.errors[0] as Json, res }
  }

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, now: clock.now, jobs: false })
    fx = await seedContent(app.services, start)
    key = (await app.services.contentApiKeys.create({ name: 'App' })).key
    clock.advance(60_000)
    await app.eventFeed.catchUp()
  })
  after(() => app.close())

  it('browses posts newest first with Ghost’s post fields, absolute URLs and pagination meta', async () => {
    const body = await json('posts/')
    assert.deepEqual(Object.keys(body), ['posts', 'meta'])
    const list = body.posts as Post[]
    // Two posts share a published_at: the id breaks the tie (descending, as the order).
    const [a, b] = [fx.posts.gelijkA, fx.posts.gelijkB].sort((x, y) => (x.id < y.id ? 1 : -1))
    assert.deepEqual(
      list.map((p) => p.slug),
      [a?.slug, b?.slug, 'kort-bericht', 'interne-notitie', 'regels-stablecoins', 'ethereum-update', 'bitcoin-boven-70000-dollar'],
    )
    assert.deepEqual(body.meta, { pagination: { page: 1, limit: 15, pages: 1, total: 7, next: null, prev: null } })
    const koers = list.find((p) => p.slug === 'bitcoin-boven-70000-dollar') as Post
    assert.deepEqual(Object.keys(koers), postFields)
    assert.match(koers.id as string, objectId)
    assert.equal(koers.comment_id, koers.id)
    assert.equal(koers.url, `${site}/bitcoin-boven-70000-dollar/`)
    assert.equal(koers.feature_image, `${site}/media/2026/11/koers.jpg`)
    assert.equal(koers.feature_image_alt, 'Een stijgende koersgrafiek')
    assert.equal(koers.feature_image_caption, 'De grafiek van vannacht')
    assert.equal(koers.featured, true)
    assert.equal(koers.visibility, 'public')
    assert.equal(koers.access, true)
    assert.equal(koers.custom_excerpt, 'De koers van bitcoin brak vannacht door een oude grens.')
    assert.equal(koers.excerpt, 'De koers van bitcoin brak vannacht door een oude grens.')
    assert.equal(koers.meta_title, 'Bitcoin boven 70.000 dollar')
    assert.equal(koers.meta_description, 'Waarom de koers steeg.')
    assert.equal(typeof koers.reading_time, 'number')
    for (const field of ['created_at', 'updated_at', 'published_at']) assert.match(koers[field] as string, isoWithTz)
    // 02:00 UTC on 26 November is 03:00 in Amsterdam.
    assert.equal(koers.published_at, '2026-11-26T03:00:00.000+01:00')
    assert.match(koers.html as string, /href="https:\/\/nieuws\.example\.nl\/ethereum-update\/"/)
    assert.match(koers.html as string, /src="https:\/\/nieuws\.example\.nl\/media\/2026\/11\/binnen\.webp"/)
    assert.doesNotMatch(koers.html as string, /="\/(?!\/)/)
    assert.equal(koers.plaintext, undefined)
    assert.equal(koers.tags, undefined)
  })

  it('sends the stored HTML character for character, as the database writes it into the JSON', async () => {
    // Quotes, a backslash, line breaks, a tab, a control character, U+2028, an emoji and an
    // ellipsis: the database escapes the HTML (json_quote / to_json), and clients must read back
    // exactly what was stored.
    const html = '<p class="x">“Koers” — 10 € \\ C:\\pad\n\tregel\u0001 \u2028 🚀 …</p>\n<p><a href="https://elders.example/">uit</a></p>'
    await suite.database.db.updateTable('articles').set({ bodyHtml: html }).where('slug', '=', 'kort-bericht').execute()
    const [listed] = await posts('filter=slug:kort-bericht&limit=1&formats=html')
    assert.equal(listed?.html, html)
    const read = (await json('posts/slug/kort-bericht/', 'formats=html')).posts as Post[]
    assert.equal(read[0]?.html, html)
    const picked = await posts('filter=slug:kort-bericht&fields=html')
    assert.equal(picked[0]?.html, html)
  })

  it('never shows drafts, reviews, scheduled, archived or future posts, not even by filter, slug or id', async () => {
    const hiddenSlugs = fx.hidden.map((a) => a.slug)
    assert.deepEqual((await slugs('limit=all&filter=status:draft,status:published')).filter((s) => hiddenSlugs.includes(s)), [])
    for (const article of fx.hidden) {
      assert.equal((await api(`posts/slug/${article.slug}/`)).statusCode, 404)
      assert.equal((await api(`posts/${article.id}/`)).statusCode, 404)
    }
    // The tag only a draft carries is not listed either.
    assert.equal((await api('tags/slug/onzichtbaar/')).statusCode, 404)
  })

  it('reads a post by id and by slug: one element, no meta, also with the redundant ?slug= the client sends', async () => {
    const byId = await json(`posts/${fx.posts.update.id}/`)
    assert.deepEqual(Object.keys(byId), ['posts'])
    assert.equal((byId.posts as Post[]).length, 1)
    const bySlug = await json('posts/slug/ethereum-update/', 'slug=ethereum-update&include=authors')
    const post = (bySlug.posts as Post[])[0] as Post
    assert.equal(post.id, fx.posts.update.id)
    assert.deepEqual(post.authors?.map((a) => a.slug), ['bram-bakker', 'anna-de-vries'])
    assert.equal((post.primary_author as Json).slug, 'bram-bakker')
    // Without the trailing slash too.
    assert.equal((await get(`/ghost/api/content/posts/slug/ethereum-update?key=${key}`)).statusCode, 200)
  })

  it('answers unknown ids and slugs with Ghost’s 404, and bad ones with its 422', async () => {
    const missing = await errorOf('posts/0123456789abcdef01234567/')
    assert.equal(missing.status, 404)
    assert.equal(missing.error.type, 'NotFoundError')
    assert.equal(missing.error.message, 'Resource not found error, cannot read post.')
    assert.equal(missing.error.context, 'Post not found.')
    assert.match(missing.error.id as string, /^[0-9a-f-]{36}$/)
    assert.match(missing.res.headers['cache-control'] as string, /no-store/)
    assert.equal(missing.res.headers['access-control-allow-origin'], '*')
    const page = await errorOf(`pages/${fx.posts.koers.id}/`)
    assert.deepEqual([page.status, page.error.context], [404, 'Page not found.'])
    assert.equal((await errorOf(`posts/${fx.pages.over.id}/`)).status, 404)
    const badId = await errorOf('posts/not-an-id/')
    assert.deepEqual([badId.status, badId.error.type, badId.error.context], [422, 'ValidationError', 'Validation (matches) failed for id undefined.id'])
    assert.equal(badId.error.message, 'Validation error, cannot read post.')
    const badSlug = await errorOf('posts/slug/Hoofdletters/')
    assert.deepEqual([badSlug.status, badSlug.error.context], [422, 'Validation (isSlug) failed for slug undefined.slug'])
    assert.deepEqual([(await errorOf('tags/slug/bestaat-niet/')).error.context, (await errorOf('authors/slug/bestaat-niet/')).error.context], ['Tag not found.', 'Author not found.'])
  })

  it('includes tags and authors with primary_tag (public only) and primary_author', async () => {
    const list = await posts('include=tags,authors&limit=all')
    const koers = list.find((p) => p.slug === 'bitcoin-boven-70000-dollar') as Post
    assert.deepEqual(koers.tags?.map((t) => t.slug), ['bitcoin', 'ethereum'])
    assert.deepEqual(Object.keys(koers.tags?.[0] as Json), tagFields)
    assert.equal((koers.tags?.[0] as Json).url, `${site}/tag/bitcoin/`)
    assert.deepEqual(koers.primary_tag, koers.tags?.[0])
    assert.deepEqual(Object.keys(koers.authors?.[0] as Json), authorFields)
    assert.equal((koers.authors?.[0] as Json).url, `${site}/auteur/anna-de-vries/`)
    const intern = list.find((p) => p.slug === 'interne-notitie') as Post
    assert.equal((intern.tags?.[0] as Json).visibility, 'internal')
    assert.equal(intern.primary_tag, null)
    const kaal = list.find((p) => p.slug === 'kort-bericht') as Post
    assert.deepEqual([kaal.tags, kaal.primary_tag], [[], null])
    // Unknown include values are dropped silently.
    assert.equal((await api('posts/', 'include=comments,TAGS')).statusCode, 200)
  })

  it('applies fields (computed ones too) and formats as Ghost does', async () => {
    const [onlyUrl] = await posts('fields=url&limit=1')
    assert.deepEqual(Object.keys(onlyUrl as Json), ['url'])
    const [some] = await posts('fields=title,excerpt,reading_time,primary_tag,nonsense&limit=1')
    assert.deepEqual(Object.keys(some as Json), ['title', 'excerpt', 'reading_time'])
    const [plain] = await posts('formats=plaintext&filter=slug:kort-bericht')
    assert.equal(plain?.html, undefined)
    assert.equal(plain?.plaintext, "O'Neil zegt: de markt is 'rustig'.")
    const [both] = await posts('formats=html,plaintext&fields=title&filter=slug:kort-bericht')
    assert.deepEqual(Object.keys(both as Json), ['title', 'html', 'plaintext'])
    const [withInclude] = await posts('fields=slug&include=tags&filter=slug:ethereum-update')
    assert.deepEqual(Object.keys(withInclude as Json), ['slug', 'tags', 'primary_tag'])
    const bad = await errorOf('posts/', 'formats=html,mobiledoc,pdf')
    assert.deepEqual([bad.status, bad.error.type, bad.error.context], [422, 'ValidationError', 'Validation (AllowedValues) failed for formats'])
    // mobiledoc and lexical are accepted and never sent.
    const [post] = await posts('formats=mobiledoc,lexical&limit=1')
    assert.equal((post as Json).mobiledoc, undefined)
    assert.equal((post as Json).lexical, undefined)
  })

  it('pages with limit and page, limit=all, beyond the end, and validates both', async () => {
    const first = await json('posts/', 'limit=3&fields=slug')
    assert.deepEqual(first.meta, { pagination: { page: 1, limit: 3, pages: 3, total: 7, next: 2, prev: null } })
    const third = await json('posts/', 'limit=3&page=3&fields=slug')
    assert.deepEqual(third.meta, { pagination: { page: 3, limit: 3, pages: 3, total: 7, next: null, prev: 2 } })
    assert.deepEqual((third.posts as Post[]).map((p) => p.slug), ['bitcoin-boven-70000-dollar'])
    const pages = [...((first.posts as Post[]) ?? []), ...((await json('posts/', 'limit=3&page=2&fields=slug')).posts as Post[]), ...(third.posts as Post[])].map((p) => p.slug)
    assert.deepEqual(pages, await slugs('limit=all'))
    const beyond = await json('posts/', 'limit=3&page=9')
    assert.deepEqual([beyond.posts, (beyond.meta as { pagination: Json }).pagination.next], [[], null])
    const all = await json('posts/', 'limit=all&fields=slug')
    assert.deepEqual(all.meta, { pagination: { page: 1, limit: 'all', pages: 1, total: 7, next: null, prev: null } })
    assert.equal(((await json('posts/', 'limit=0')).meta as { pagination: Json }).pagination.limit, 15)
    assert.equal(((await json('posts/', 'page=0')).meta as { pagination: Json }).pagination.page, 1)
    for (const [query, name] of [['limit=abc', 'limit'], ['limit=-1', 'limit'], ['page=2x', 'page'], ['order=title;drop', 'order']] as const) {
      const bad = await errorOf('posts/', query)
      assert.deepEqual([bad.status, bad.error.context], [422, `Validation (matches) failed for ${name} undefined.${name}`], query)
    }
  })

  it('orders by the given fields with an id tie-breaker, drops unknown ones, and orders by a slug list', async () => {
    assert.deepEqual(await slugs('order=title%20asc&limit=3'), ['bitcoin-boven-70000-dollar', 'ethereum-update', 'regels-stablecoins'])
    assert.deepEqual(await slugs('order=title%20DESC&limit=2'), ['kort-bericht', 'interne-notitie'])
    assert.deepEqual(await slugs('order=nonsense%20asc,published_at%20asc&limit=2'), ['bitcoin-boven-70000-dollar', 'ethereum-update'])
    // Two order keys are both used.
    assert.deepEqual(await slugs('order=featured%20desc&order=published_at%20asc&limit=2'), ['bitcoin-boven-70000-dollar', 'ethereum-update'])
    assert.deepEqual(await slugs('filter=slug:[kort-bericht,bitcoin-boven-70000-dollar,ethereum-update]'), ['kort-bericht', 'bitcoin-boven-70000-dollar', 'ethereum-update'])
    assert.deepEqual(await slugs('filter=slug:[kort-bericht,bitcoin-boven-70000-dollar,ethereum-update]&order=published_at%20asc'), ['bitcoin-boven-70000-dollar', 'ethereum-update', 'kort-bericht'])
  })

  it('filters posts by tags, authors, primary tag and author, flags, dates, text and lists', async () => {
    const cases: [string, string[]][] = [
      ['tag:bitcoin', ['interne-notitie', 'regels-stablecoins', 'bitcoin-boven-70000-dollar']],
      ['tag:bitcoin+tag:ethereum', ['bitcoin-boven-70000-dollar']],
      ['tags:[regulering,ethereum]', [...[fx.posts.gelijkA, fx.posts.gelijkB].sort((x, y) => (x.id < y.id ? 1 : -1)).map((a) => a.slug), 'regels-stablecoins', 'ethereum-update', 'bitcoin-boven-70000-dollar']],
      ['tag:-bitcoin+tag:-regulering', ['kort-bericht', 'ethereum-update']],
      ['primary_tag:bitcoin', ['bitcoin-boven-70000-dollar']],
      ['primary_tag:intern', []],
      ['tags.visibility:internal', ['interne-notitie']],
      ['author:anna-de-vries', ['kort-bericht', 'interne-notitie', 'ethereum-update', 'bitcoin-boven-70000-dollar']],
      ['primary_author:anna-de-vries', ['kort-bericht', 'interne-notitie', 'bitcoin-boven-70000-dollar']],
      ['authors:[carla-nooitgepubliceerd]', []],
      ['featured:true', ['bitcoin-boven-70000-dollar']],
      ['featured:false+tag:ethereum', ['ethereum-update']],
      ["published_at:<'2026-11-26 03:30:00'", ['ethereum-update', 'bitcoin-boven-70000-dollar']],
      ["published_at:<='2026-11-26T04:30:00+01:00'", ['ethereum-update', 'bitcoin-boven-70000-dollar']],
      ['published_at:>now-7h+published_at:<now-6h', ['kort-bericht']],
      ["title:~'STIJGT'", ['bitcoin-boven-70000-dollar']],
      ["title:-~'bericht'+tag:bitcoin", ['interne-notitie', 'regels-stablecoins', 'bitcoin-boven-70000-dollar']],
      ["slug:~^'gelijk'", [fx.posts.gelijkA, fx.posts.gelijkB].sort((x, y) => (x.id < y.id ? 1 : -1)).map((a) => a.slug)],
      ["slug:~$'-update'", ['ethereum-update']],
      ["title:~'50%'", []],
      ['custom_excerpt:null+tag:regulering+slug:-[gelijk-a,gelijk-b]', ['regels-stablecoins']],
      ['feature_image:-null', ['bitcoin-boven-70000-dollar']],
      [`id:${fx.posts.update.id}`, ['ethereum-update']],
      ['(tag:ethereum,featured:true)+author:anna-de-vries', ['ethereum-update', 'bitcoin-boven-70000-dollar']],
      ['visibility:public+slug:kort-bericht', ['kort-bericht']],
      ['visibility:paid', []],
      ['og_title:null+slug:kort-bericht', ['kort-bericht']],
      ['status:draft+slug:kort-bericht', ['kort-bericht']],
      ['authors.email:anna@example.nl+slug:kort-bericht', ['kort-bericht']],
      ["title:'Kort bericht zonder onderwerp'", ['kort-bericht']],
    ]
    for (const [filter, expected] of cases) assert.deepEqual(await slugs(`limit=all&filter=${encodeURIComponent(filter)}`), expected, filter)
    // The totals follow the filter.
    assert.equal(((await json('posts/', 'filter=tag:bitcoin&limit=1')).meta as { pagination: Json }).pagination.total, 3)
    // Pages are filtered on their own.
    assert.deepEqual((await json('pages/', 'filter=tag:bitcoin&fields=slug')).pages, [{ slug: 'adverteren' }])
  })

  it('answers bad filters with Ghost’s 400 and bad values with 422, without leaking SQL', async () => {
    const syntax = await errorOf('posts/', 'filter=tag:bitcoin%20featured:true')
    assert.deepEqual([syntax.status, syntax.error.type, syntax.error.message], [400, 'BadRequestError', 'Request not understood error, cannot list posts.'])
    assert.match(syntax.error.context as string, /^Error parsing filter/)
    // A raw + is a space in a query string: the filter then fails to parse, as in Ghost.
    assert.equal((await errorOf('posts/', 'filter=tag:bitcoin+tag:ethereum')).status, 400)
    const unknown = await errorOf('posts/', 'filter=page:true')
    assert.deepEqual([unknown.status, unknown.error.type], [400, 'BadRequestError'])
    assert.match(unknown.error.context as string, /Could not understand request/)
    const value = await errorOf('posts/', "filter=published_at:<'1715091791890'")
    assert.deepEqual([value.status, value.error.type], [422, 'ValidationError'])
    assert.match(value.error.context as string, /^Invalid value/)
    assert.equal((await errorOf('posts/', 'filter=featured:misschien')).status, 422)
    assert.equal((await errorOf('tags/', 'filter=tag:bitcoin')).status, 400)
    for (const res of [syntax, unknown, value]) assert.doesNotMatch(JSON.stringify(res.error), /SQLITE|select|syntax error at/i)
  })

  it('browses pages by title, tags and authors by name, each with correct totals and post counts', async () => {
    assert.deepEqual(((await json('pages/', 'fields=slug')).pages as Post[]).map((p) => p.slug), ['adverteren', 'over-ons'])
    const pageFields = (((await json('pages/slug/over-ons/')).pages as Json[])[0] as Json)
    assert.equal(pageFields.show_title_and_feature_image, true)
    assert.equal('email_subject' in pageFields, false)

    const tags = await json('tags/', 'include=count.posts')
    const list = tags.tags as Json[]
    assert.deepEqual(list.map((t) => t.slug), ['intern', 'bitcoin', 'ethereum', 'regulering'])
    assert.deepEqual(Object.keys(list[1] as Json), [...tagFields, 'count'])
    assert.deepEqual(list.map((t) => (t.count as Json).posts), [1, 3, 2, 3])
    assert.equal((tags.meta as { pagination: Json }).pagination.total, 4)
    assert.deepEqual(((await json('tags/', 'limit=2')).meta as { pagination: Json }).pagination, { page: 1, limit: 2, pages: 2, total: 4, next: 2, prev: null })
    assert.deepEqual(((await json('tags/', 'filter=visibility:public&fields=slug,url')).tags as Json[])[0], { slug: 'bitcoin', url: `${site}/tag/bitcoin/` })
    // bitcoin and regulering both count 3: the id decides, in the direction of the order.
    const tied = [...list].filter((t) => t.slug === 'bitcoin' || t.slug === 'regulering').sort((x, y) => ((x.id as string) < (y.id as string) ? 1 : -1)).map((t) => t.slug)
    assert.deepEqual(((await json('tags/', 'include=count.posts&order=count.posts%20desc&fields=slug')).tags as Json[]).map((t) => t.slug), [...tied, 'ethereum', 'intern'])
    const tag = ((await json('tags/slug/bitcoin/', 'include=count.posts')).tags as Json[])[0] as Json
    assert.deepEqual(tag.count, { posts: 3 })
    assert.deepEqual(Object.keys(((await json(`tags/${tag.id as string}/`, 'fields=name')).tags as Json[])[0] as Json), ['name'])

    const authors = await json('authors/', 'include=count.posts')
    const people = authors.authors as Json[]
    // Carla is on a published page only: listed, with no posts; nobody without published content is.
    assert.deepEqual(people.map((a) => [a.slug, (a.count as Json).posts]), [['anna-de-vries', 4], ['bram-bakker', 4], ['carla-nooitgepubliceerd', 0]])
    assert.deepEqual(Object.keys(people[0] as Json), [...authorFields, 'count'])
    assert.equal((people[0] as Json).bio, 'Anna volgt de cryptomarkten.')
    assert.equal(((await json(`authors/${fx.anna.id}/`)).authors as Json[])[0]?.slug, 'anna-de-vries')
    assert.equal(((await json('authors/slug/bram-bakker/')).authors as Json[])[0]?.name, 'Bram Bakker')
    assert.equal('email' in (people[0] as Json), false)
    // email is never filterable: the clause is dropped, as Ghost drops it.
    assert.equal(((await json('authors/', 'filter=email:anna@example.nl')).authors as Json[]).length, 3)
  })

  it('serves settings as an object with meta, tiers, empty newsletters and a 404 for offers', async () => {
    const settings = await json('settings/')
    assert.deepEqual(settings.meta, {})
    const s = settings.settings as Json
    assert.equal(s.title, 'Testkrant')
    assert.equal(s.url, `${site}/`)
    assert.deepEqual([s.lang, s.locale, s.timezone, s.version], ['nl', 'nl', 'Europe/Amsterdam', '5.130'])
    for (const name of ['logo', 'icon', 'accent_color', 'navigation', 'secondary_navigation', 'members_enabled', 'comments_enabled', 'labs', 'portal_plans']) assert.ok(name in s, name)
    const tiers = await json('tiers/')
    assert.equal((tiers.tiers as Json[])[0]?.type, 'free')
    assert.ok((tiers.meta as Json).pagination)
    assert.deepEqual(await json('newsletters/'), { newsletters: [], meta: { pagination: { page: 1, limit: 15, pages: 1, total: 0, next: null, prev: null } } })
    const offer = await errorOf(`offers/${fx.posts.koers.id}/`)
    assert.deepEqual([offer.status, offer.error.context], [404, 'Offer not found.'])
  })

  it('checks the key with Ghost’s answers, in Ghost’s order', async () => {
    const none = await get('/ghost/api/content/posts/')
    const noneBody = JSON.parse(none.body) as { errors: Json[] }
    assert.equal(none.statusCode, 403)
    assert.deepEqual([noneBody.errors[0]?.type, noneBody.errors[0]?.message], ['NoPermissionError', 'Authorization failed'])
    assert.match(noneBody.errors[0]?.context as string, /Unable to determine the authenticated member or integration/)
    const twice = await get(`/ghost/api/content/posts/?key=${key}&key=${key}`)
    assert.deepEqual([twice.statusCode, (JSON.parse(twice.body) as { errors: Json[] }).errors[0]?.code], [400, 'INVALID_REQUEST'])
    const unknown = await get('/ghost/api/content/posts/?key=0123456789abcdef0123456789')
    const unknownError = (JSON.parse(unknown.body) as { errors: Json[] }).errors[0] as Json
    assert.deepEqual([unknown.statusCode, unknownError.type, unknownError.message, unknownError.code], [401, 'UnauthorizedError', 'Unknown Content API Key', 'UNKNOWN_CONTENT_API_KEY'])
    assert.equal((await get('/ghost/api/content/posts/?key=kort')).statusCode, 401)
    // A member token is tolerated (no memberships here): the key decides.
    assert.equal((await get(`/ghost/api/content/posts/?key=${key}`, { authorization: 'GhostMembers eyJhbGciOi.x.y' })).statusCode, 200)
    // A revoked key stops working at once.
    const spare = await app.services.contentApiKeys.create({ name: 'Reserve' })
    assert.equal((await get(`/ghost/api/content/tags/?key=${spare.key}`)).statusCode, 200)
    await app.services.contentApiKeys.revoke(spare.info.id)
    assert.equal((await get(`/ghost/api/content/tags/?key=${spare.key}`)).statusCode, 401)
    // Many failures do not lock anyone out: there is no brute-force lock on a public key.
    for (let i = 0; i < 120; i += 1) await get('/ghost/api/content/posts/slug/bestaat-niet/?key=0123456789abcdef0123456789')
    assert.equal((await api('posts/', 'limit=1')).statusCode, 200)
  })

  it('caps limit (also limit=all) for a key with a cap, and says so in the meta', async () => {
    const capped = (await app.services.contentApiKeys.create({ name: 'Starter', limitCap: 2 })).key
    const res = await get(`/ghost/api/content/posts/?key=${capped}&limit=all&fields=slug`)
    const body = JSON.parse(res.body) as { posts: Post[]; meta: { pagination: Json } }
    assert.equal(body.posts.length, 2)
    assert.deepEqual(body.meta.pagination, { page: 1, limit: 2, pages: 4, total: 7, next: 2, prev: null })
    // The same URL with the uncapped key is a different cache entry.
    assert.equal((await posts('limit=all&fields=slug')).length, 7)
  })

  it('sends CORS, Content-Version and Vary on answers and errors, and answers preflights without a key', async () => {
    const res = await api('posts/', 'limit=1')
    assert.equal(res.headers['access-control-allow-origin'], '*')
    assert.match(res.headers['content-version'] as string, /^v\d+\.\d+$/)
    assert.match(res.headers.vary as string, /Accept-Version/)
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8')
    const preflight = await app.inject({ method: 'OPTIONS', url: '/ghost/api/content/posts/', headers: { origin: 'https://app.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'accept-version' } })
    assert.equal(preflight.statusCode, 204)
    assert.equal(preflight.body, '')
    assert.equal(preflight.headers['access-control-allow-origin'], '*')
    assert.equal(preflight.headers['access-control-allow-methods'], 'GET,HEAD,PUT,PATCH,POST,DELETE')
    assert.equal(preflight.headers['access-control-allow-headers'], 'accept-version')
    assert.equal(preflight.headers['access-control-max-age'], '86400')
    const head = await app.inject({ method: 'HEAD', url: `/ghost/api/content/posts/?key=${key}` })
    assert.equal(head.statusCode, 200)
  })

  it('answers unknown routes with JSON 404, or 406 when Accept-Version differs', async () => {
    const res = await get(`/ghost/api/content/nonsense/?key=${key}`)
    const error = (JSON.parse(res.body) as { errors: Json[] }).errors[0] as Json
    assert.deepEqual([res.statusCode, error.type, error.message], [404, 'NotFoundError', 'Resource not found'])
    assert.equal(res.headers['access-control-allow-origin'], '*')
    assert.equal((await app.inject({ method: 'POST', url: `/ghost/api/content/posts/?key=${key}` })).statusCode, 404)
    const behind = await get(`/ghost/api/content/nonsense/?key=${key}`, { 'accept-version': 'v4.0' })
    const behindError = (JSON.parse(behind.body) as { errors: Json[] }).errors[0] as Json
    assert.deepEqual([behind.statusCode, behindError.type, behindError.code], [406, 'RequestNotAcceptableError', 'UPDATE_CLIENT'])
    assert.equal((JSON.parse((await get('/ghost/api/content/nonsense/', { 'accept-version': 'v6.0' })).body) as { errors: Json[] }).errors[0]?.code, 'UPDATE_GHOST')
    assert.equal((await get('/ghost/api/content/nonsense/', { 'accept-version': 'zes' })).statusCode, 400)
    // A served request is never refused for its Accept-Version.
    assert.equal((await get(`/ghost/api/content/posts/?key=${key}`, { 'accept-version': 'v6.0' })).statusCode, 200)
  })

  it('serves the legacy /v2|v3|v4|canary/ prefixes with Deprecation and Link headers', async () => {
    for (const version of ['v2', 'v3', 'v4', 'canary']) {
      const res = await get(`/ghost/api/${version}/content/tags/?key=${key}&limit=1`)
      assert.equal(res.statusCode, 200, version)
      assert.equal(res.headers.deprecation, `version="${version === 'canary' ? 'v4' : version}"`)
      assert.equal(res.headers.link, `<${site}/ghost/api/content/tags/?limit=1>; rel="latest-version"`)
    }
    assert.equal((await get(`/ghost/api/v5/content/tags/?key=${key}`)).statusCode, 404)
  })

  it('sends ETag and Cache-Control, answers 304 on revalidation, and purges on publish', async () => {
    const first = await api('posts/', 'limit=2&fields=slug')
    assert.equal(first.headers['x-cache'], 'MISS')
    assert.match(first.headers['cache-control'] as string, /^public, max-age=0/)
    const etag = first.headers.etag as string
    assert.ok(etag)
    const again = await api('posts/', 'limit=2&fields=slug')
    assert.deepEqual([again.headers['x-cache'], again.headers.etag, again.body], ['HIT', etag, first.body])
    const notModified = await get(`/ghost/api/content/posts/?key=${key}&limit=2&fields=slug`, { 'if-none-match': etag })
    assert.equal(notModified.statusCode, 304)
    // Another key gets the same cached answer (the key is not part of the response).
    const other = (await app.services.contentApiKeys.create({ name: 'Website' })).key
    assert.equal((await get(`/ghost/api/content/posts/?key=${other}&limit=2&fields=slug`)).headers['x-cache'], 'HIT')

    const system = systemActor('test')
    const created = await app.services.articles.createArticle(system, { title: 'Vers van de pers: nieuw record', slug: 'vers-van-de-pers', tags: ['Bitcoin'], authors: [fx.anna.id], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Net binnen.' }] }] } })
    await app.eventFeed.catchUp()
    // A draft save changes nothing readers see: still cached.
    assert.equal((await api('posts/', 'limit=2&fields=slug')).headers['x-cache'], 'HIT')
    await app.services.articles.publishArticle(system, created.id, { publishedAt: clock.now() })
    await app.eventFeed.catchUp()
    const fresh = await api('posts/', 'limit=2&fields=slug')
    assert.equal(fresh.headers['x-cache'], 'MISS')
    assert.notEqual(fresh.headers.etag, etag)
    const body = JSON.parse(fresh.body) as { posts: Post[]; meta: { pagination: Json } }
    assert.equal(body.posts[0]?.slug, 'vers-van-de-pers')
    assert.equal(body.meta.pagination.total, 8)
    await app.services.articles.unpublishArticle(system, created.id)
    await app.eventFeed.catchUp()
    assert.equal((await api('posts/slug/vers-van-de-pers/')).statusCode, 404)
    assert.equal((((await json('posts/', 'limit=2')).meta as { pagination: Json }).pagination.total), 7)
  })

  it('searches posts and pages in Dutch (search=, Newsdesk’s addition): best first, filtered, paged, published only', async () => {
    const found = async (query: string) => {
      const body = await json('posts/', `fields=slug&${query}`)
      return { slugs: (body.posts as Post[]).map((p) => p.slug), pagination: (body.meta as { pagination: Json }).pagination }
    }
    // Stemmed: "stablecoin" finds the post about "stablecoins".
    assert.deepEqual((await found('search=stablecoin')).slugs, ['regels-stablecoins'])
    // A word in the title ranks above the same word in a tag only; drafts, scheduled and future posts never show.
    const bitcoin = await found('search=bitcoin')
    assert.equal(bitcoin.slugs[0], 'bitcoin-boven-70000-dollar')
    assert.deepEqual(new Set(bitcoin.slugs), new Set(['bitcoin-boven-70000-dollar', 'regels-stablecoins', 'interne-notitie']))
    assert.equal(bitcoin.pagination.total, 3)
    for (const hidden of fx.hidden) assert.ok(!bitcoin.slugs.includes(hidden.slug))
    // With a filter, paging and an explicit order.
    assert.deepEqual((await found(`search=bitcoin&filter=${encodeURIComponent('tag:regulering')}`)).slugs, ['regels-stablecoins'])
    const paged = await found('search=bitcoin&limit=1&page=2')
    assert.deepEqual(paged.pagination, { page: 2, limit: 1, pages: 3, total: 3, next: 3, prev: 1 })
    assert.equal(paged.slugs.length, 1)
    assert.equal(paged.slugs[0], bitcoin.slugs[1])
    assert.deepEqual((await found('search=bitcoin&order=published_at%20asc')).slugs, ['bitcoin-boven-70000-dollar', 'regels-stablecoins', 'interne-notitie'])
    // With tags and authors, as any browse.
    const full = (await json('posts/', 'search=stablecoins&include=tags,authors')).posts as Post[]
    assert.deepEqual(full.map((p) => [p.slug, (p.primary_author as Json).slug]), [['regels-stablecoins', 'bram-bakker']])
    // Pages too.
    const pages = (await json('pages/', 'search=crypto&fields=slug')).pages as Post[]
    assert.deepEqual(pages.map((p) => p.slug), ['over-ons'])
    // Nothing found, and input that looks like operators or SQL: an empty list, never an error.
    for (const q of ['walvissen', encodeURIComponent("' OR 1=1 --"), encodeURIComponent('"bitcoin* AND -'), encodeURIComponent('🚀🚀'), 'x'.repeat(500)]) {
      const res = await api('posts/', `search=${q}&fields=slug`)
      assert.equal(res.statusCode, 200, res.body)
      assert.ok(Array.isArray((JSON.parse(res.body) as { posts: unknown[] }).posts))
    }
    assert.deepEqual(await found('search=walvissen'), { slugs: [], pagination: { page: 1, limit: 15, pages: 1, total: 0, next: null, prev: null } })
    // An empty search is no search.
    assert.equal((await found('search=')).pagination.total, 7)
  })

  it('shows a renamed tag and an edited author on the posts that carry them, also when the lists were read before', async () => {
    const tagOf = async () => ((await json('posts/slug/regels-stablecoins/', 'include=tags,authors')).posts as Post[])[0] as Post
    const before = await tagOf()
    assert.equal((before.primary_tag as Json).name, 'Regulering')
    await json('posts/', 'include=tags,authors')
    const regulering = await app.services.tags.getTagBySlug('regulering')
    await app.services.tags.updateTag(regulering.id, { name: 'Wet- en regelgeving' })
    await app.services.people.updatePerson(fx.bram.id, { bio: 'Bram volgt Brussel.' })
    await app.eventFeed.catchUp()
    const after = await tagOf()
    assert.equal((after.primary_tag as Json).name, 'Wet- en regelgeving')
    assert.equal((after.primary_author as Json).bio, 'Bram volgt Brussel.')
    const listed = ((await json('posts/', 'include=tags,authors&filter=tag:regulering')).posts as Post[]).flatMap((p) => p.tags ?? [])
    assert.ok(listed.length > 0 && listed.filter((t) => t.slug === 'regulering').every((t) => t.name === 'Wet- en regelgeving'))
    await app.services.tags.updateTag(regulering.id, { name: 'Regulering' })
    await app.eventFeed.catchUp()
  })

  it('reads ?key= and filters with form decoding (%2B is a plus, + a space)', async () => {
    const res = await get(`/ghost/api/content/posts/?key=${key}&filter=${encodeURIComponent("title:~'70.000 dollar'+tag:bitcoin")}&fields=slug`)
    assert.deepEqual((JSON.parse(res.body) as { posts: Post[] }).posts.map((p) => p.slug), ['bitcoin-boven-70000-dollar'])
    const spaced = await get(`/ghost/api/content/posts/?key=${key}&filter=title:~'70.000+dollar'&fields=slug`)
    assert.deepEqual((JSON.parse(spaced.body) as { posts: Post[] }).posts.map((p) => p.slug), ['bitcoin-boven-70000-dollar'])
  })

  it('keeps totals right after content changes although counts are remembered', async () => {
    const before = ((await json('posts/', 'filter=tag:regulering&limit=1')).meta as { pagination: Json }).pagination.total
    const system = systemActor('test')
    const extra = await app.services.articles.createArticle(system, { title: 'Nog een reguleringsbericht', slug: 'nog-een-regel', tags: ['Regulering'], authors: [fx.bram.id], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Meer regels.' }] }] } })
    await app.services.articles.publishArticle(system, extra.id, { publishedAt: clock.now() - hour })
    await app.eventFeed.catchUp()
    assert.equal(((await json('posts/', 'filter=tag:regulering&limit=1')).meta as { pagination: Json }).pagination.total, (before as number) + 1)
  })
})
