import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../app.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { call, createStaff, type Staff } from '../../../../test/helpers/admin.js'
import { testConfig } from '../../../../test/helpers/factories.js'
import { parsePage } from '../../../../test/helpers/html.js'

const script = '<script>alert("xss")</script>'
const handler = '"><img src=x onerror=alert(1)>'
const payload = `${script}${handler}<svg onload=alert(2)>`

/** The text of the first element named `name`, as a reader sees it. */
const textIn = (html: string, name: string): string => parsePage(html).text(name)

/** No script runs and no handler or dangerous URL survives: the page is inert. */
function assertInert(html: string, where: string): void {
  const { elements } = parsePage(html)
  assert.ok(elements.length > 20, `${where}: parsed the page`)
  for (const el of elements) {
    // Only structured data and our own view beacon (an external file of ours, no inline code).
    if (el.name === 'script') assert.ok(el.attribs.type === 'application/ld+json' || (/^\/t\/[0-9a-f]+\.js$/.test(el.attribs.src ?? '') && el.children.length === 0), `${where}: a script element`)
    assert.ok(!['iframe', 'object', 'embed', 'svg', 'base'].includes(el.name), `${where}: a <${el.name}> element`)
    // The one form is the site's own search box.
    if (el.name === 'form') assert.deepEqual([el.attribs.role, el.attribs.action], ['search', '/zoeken/'], `${where}: a form from input`)
    for (const [name, value] of Object.entries(el.attribs)) {
      assert.ok(!name.startsWith('on'), `${where}: <${el.name} ${name}="${value}">`)
      if (['href', 'src', 'action', 'formaction', 'srcset', 'poster'].includes(name)) {
        assert.doesNotMatch(value.replace(/[\s\u0000-\u001f]/g, ''), /^(javascript|data|vbscript):/i, `${where}: <${el.name} ${name}="${value}">`)
      }
    }
  }
}

describeEachDialect('hostile input comes out inert on the public site', (suite) => {
  let app: FastifyInstance
  let editor: Staff

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, jobs: false })
    editor = await createStaff(app, 'editor', `Redacteur ${script}`)
  })
  after(() => app.close())

  it('escapes script, handler and URL payloads in every text field and in HTML input', async () => {
    const admin = await createStaff(app, 'admin')
    assert.equal((await call(app, 'PATCH', '/settings', { token: admin.token, body: { siteName: `Krant ${script}`, description: payload } })).statusCode, 200)
    const docArticle = await call(app, 'POST', '/articles', {
      token: editor.token,
      body: {
        title: `Kop ${payload}`,
        standfirst: `Intro ${payload}`,
        tags: [`Tag ${script}`],
        featured: true,
        breaking: true,
        sponsored: true,
        sponsor: `Sponsor ${payload}`,
        sponsorUrl: 'https://sponsor.example/"onmouseover="alert(1)',
        seo: { title: `SEO ${payload}`, description: `Omschrijving ${payload}` },
        featureImage: { src: 'https://beeld.example/a.jpg?"onerror="alert(1)', alt: `Alt ${payload}`, caption: `Onderschrift ${payload}`, credit: `Beeld ${payload}` },
        doc: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Tussenkop ${payload}` }] },
            { type: 'paragraph', content: [{ type: 'text', text: `Tekst ${payload}`, marks: [{ type: 'link', attrs: { href: 'https://goed.example/?q="><script>' } }] }] },
            { type: 'blockquote', attrs: { citation: `Bron ${payload}` }, content: [{ type: 'paragraph', content: [{ type: 'text', text: `Citaat ${payload}` }] }] },
            { type: 'image', attrs: { src: '/media/x.jpg', alt: `Beeld ${payload}`, caption: payload, credit: payload } },
            { type: 'embed', attrs: { provider: 'x', url: 'https://x.com/iemand/status/1234567890', authorName: payload, authorHandle: payload, text: payload } },
          ],
        },
      },
    })
    assert.equal(docArticle.statusCode, 201, docArticle.body.slice(0, 300))
    const htmlArticle = await call(app, 'POST', '/articles', {
      token: editor.token,
      body: {
        title: 'Uit HTML',
        html: [
          `<p onclick="alert(1)" style="background:url(javascript:alert(1))">Alinea ${script}</p>`,
          '<p><a href="javascript:alert(1)">js-link</a> <a href=" JaVaScRiPt:alert(1)">js2</a> <a href="data:text/html;base64,PHNjcmlwdD4=">data</a> <a href="vbscript:msgbox">vb</a></p>',
          '<img src="x" onerror="alert(1)"><img src="javascript:alert(1)" alt="j"><img src="data:image/svg+xml,<svg onload=alert(1)>" alt="d">',
          '<svg onload="alert(1)"><script>alert(2)</script></svg><iframe src="https://kwaad.example"></iframe><object data="x.swf"></object>',
          '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">klik</button></form>',
          '<a href="https://goed.example" onmouseover="alert(1)">goede link</a><style>body{display:none}</style>',
        ].join(''),
      },
    })
    assert.equal(htmlArticle.statusCode, 201, htmlArticle.body.slice(0, 300))

    for (const created of [docArticle, htmlArticle]) {
      const { article } = created.json() as { article: { id: string; slug: string } }
      const published = await call(app, 'POST', `/articles/${article.id}/publish`, { token: editor.token })
      assert.equal(published.statusCode, 200, published.body)
      const page = await app.inject({ method: 'GET', url: `/${article.slug}/` })
      assert.equal(page.statusCode, 200)
      assertInert(page.body, `/${article.slug}/`)
    }
    const page = await app.inject({ method: 'GET', url: `/${(docArticle.json() as { article: { slug: string } }).article.slug}/` })
    // The words are still there, as text a reader sees.
    assert.equal(textIn(page.body, 'h1'), `Kop ${payload}`)
    assert.equal(textIn(page.body, 'h2'), `Tussenkop ${payload}`)
    assert.match(textIn(page.body, 'article'), /gesponsord door Sponsor <script>/)
    const html = await app.inject({ method: 'GET', url: `/${(htmlArticle.json() as { article: { slug: string } }).article.slug}/` })
    // From HTML input, a script element is dropped with its content; the paragraph's text stays.
    assert.match(textIn(html.body, 'article'), /Alinea\s+js-link js2 data vb\s+goede link/)
    assert.doesNotMatch(textIn(html.body, 'article').replace(editor.person.name, ''), /alert/)
    assert.match(html.body, /<a href="https:\/\/goed.example"[^>]*>goede link<\/a>/)
    assert.match(html.body, /<p>js-link js2 data vb<\/p>/)
    const home = await app.inject({ method: 'GET', url: '/' })
    assertInert(home.body, '/')
    assert.match(textIn(home.body, 'title'), /Krant <script>alert\("xss"\)<\/script>/)
  })
})
