/**
 * The desk's editor extras in Chromium against a real `newsdesk serve`: a revision compared word
 * by word with the text now before restoring it, an image chosen from the media library going
 * into the document, a tag's search fields and a person's bio and website. Runs on SQLite and
 * PostgreSQL, each starting with a few drafts (no demo newsroom).
 */
import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import sharp from 'sharp'
import { userActor } from '../../src/server/modules/people/index.js'
import type { Services } from '../../src/server/services.js'
import { browserSkipReason, launchBrowser } from '../helpers/browser.js'
import { describeEachDialect } from '../helpers/db.js'
import { callApi, password, session, shots, signIn, startServer, tearDown, type Server } from '../helpers/desk.js'
import { buildArticle, docOf, servicesFor } from '../helpers/factories.js'

const skip = browserSkipReason()

describeEachDialect('the desk’s editor extras in Chromium', (suite) => {
  let server: Server
  let browser: Browser
  let services: Services
  const contexts: BrowserContext[] = []
  const email = 'bureau@redactie.example'
  const state = { articleId: '', firstRevision: 0 }

  const open = async (viewport?: { width: number; height: number }) => {
    const s = await session(browser, server.base, viewport)
    contexts.push(s.context)
    return s
  }

  before(async () => {
    if (skip) return
    mkdirSync(shots, { recursive: true })
    services = servicesFor(suite.database)
    const editor = await services.people.createUser({ email, name: 'Lotte Bureauredacteur', role: 'editor', password })
    const actor = userActor(editor.id, 'editor')
    // One article saved twice: the harbour "groeit" in the first version and "krimpt" now.
    const first = await services.articles.createArticle(actor, buildArticle({ title: 'Haven van Rotterdam verwerkt meer containers', doc: docOf('De overslag in de haven groeit dit kwartaal opnieuw.', 'Vooral de handel met Azië trok aan.') }))
    const second = await services.articles.updateArticle(actor, first.id, { revision: first.revision, doc: docOf('De overslag in de haven krimpt dit kwartaal opnieuw.', 'Vooral de handel met Azië trok aan.') })
    state.articleId = second.id
    state.firstRevision = first.revision
    server = await startServer(suite.database.url)
    browser = await launchBrowser()
  })

  after(() => tearDown(contexts, browser, server))

  it('compares a revision with the text now, word by word, before restoring it', { skip }, async () => {
    const { page, errors } = await open()
    await signIn(page, email)
    await page.goto(`/admin/articles/${state.articleId}`)
    await page.locator('.body-editor').waitFor()
    await page.getByText('Revisies', { exact: true }).click()
    await page.getByRole('button', { name: `Revisie ${state.firstRevision} vergelijken met de huidige tekst` }).click()
    const diff = page.getByRole('region', { name: `Revisie ${state.firstRevision} vergelijken met de huidige tekst` })
    await diff.waitFor()
    assert.deepEqual(await diff.locator('del').allTextContents(), ['groeit'], 'the word only the revision has')
    assert.deepEqual(await diff.locator('ins').allTextContents(), ['krimpt'], 'the word only the text now has')
    assert.match((await diff.locator('.diff-part').first().textContent()) ?? '', /ongewijzigd/, 'the title did not change')
    // An unsaved change in the editor counts as "now".
    await page.getByLabel('Titel', { exact: true }).fill('Haven van Rotterdam verwerkt minder containers')
    await page.getByRole('button', { name: `Revisie ${state.firstRevision} vergelijken met de huidige tekst` }).click()
    await diff.locator('ins', { hasText: 'minder' }).waitFor()
    assert.deepEqual(await diff.locator('.diff-part').first().locator('del').allTextContents(), ['meer'])
    await page.locator('.revisions').screenshot({ path: join(shots, `desk-revision-diff-${suite.dialect}.png`) })
    assert.deepEqual(errors, [])
  })

  it('puts an image chosen from the media library in the document', { skip }, async () => {
    const { page, errors } = await open()
    await signIn(page, email)
    // An image already in the library, uploaded through the API with its description.
    const png = [...(await sharp({ create: { width: 960, height: 640, channels: 3, background: { r: 30, g: 90, b: 140 } } }).png().toBuffer())]
    const uploaded = await page.evaluate(async (bytes) => {
      const me = (await (await fetch('/admin/api/me')).json()) as { csrfToken: string }
      const form = new FormData()
      form.append('alt', 'Containerschepen in de Rotterdamse haven')
      form.append('credit', 'Foto: redactie')
      form.append('file', new File([new Uint8Array(bytes)], 'haven.png', { type: 'image/png' }))
      const response = await fetch('/admin/api/media', { method: 'POST', headers: { 'x-csrf-token': me.csrfToken }, body: form })
      return { status: response.status, media: ((await response.json()) as { media: { url: string } }).media }
    }, png)
    assert.equal(uploaded.status, 201)

    await page.goto('/admin/articles/new')
    await page.getByLabel('Titel', { exact: true }).fill('Drukte in de haven')
    await page.locator('.body-editor').click()
    await page.keyboard.type('Schepen liggen langer voor anker dan vorig jaar.')
    await page.getByRole('button', { name: 'Afbeelding uit de mediabibliotheek' }).click()
    const library = page.getByRole('dialog', { name: 'Afbeelding uit de mediabibliotheek' })
    await library.getByRole('button', { name: 'Kies Containerschepen in de Rotterdamse haven' }).waitFor()
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.media-tile img')).every((img) => (img as HTMLImageElement).complete))
    await page.screenshot({ path: join(shots, `desk-media-library-${suite.dialect}.png`) })
    await library.getByRole('button', { name: 'Kies Containerschepen in de Rotterdamse haven' }).click()
    await library.waitFor({ state: 'hidden' })
    const figure = page.locator('.nv-figure')
    await figure.waitFor()
    assert.equal(await figure.locator('img').getAttribute('src'), uploaded.media.url)
    assert.equal(await figure.getByLabel('Alt-tekst (wat staat erop?)').inputValue(), 'Containerschepen in de Rotterdamse haven')
    await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 15_000 })
    const id = /\/admin\/articles\/([0-9a-f]{24})$/.exec(new URL(page.url()).pathname)?.[1] ?? ''
    const stored = (await callApi(page, 'GET', `/articles/${id}`)).body.article as { doc: { content: { type: string; attrs?: Record<string, unknown> }[] } }
    const image = stored.doc.content.find((n) => n.type === 'image')?.attrs
    assert.deepEqual([image?.src, image?.alt, image?.credit, image?.width], [uploaded.media.url, 'Containerschepen in de Rotterdamse haven', 'Foto: redactie', 960])

    // The same library serves the feature image, with its description.
    const choose = page.getByRole('button', { name: 'Kies uit de mediabibliotheek' })
    await page.locator('fieldset.panel', { has: choose }).screenshot({ path: join(shots, `desk-feature-image-empty-${suite.dialect}.png`) })
    await choose.click()
    await library.getByRole('button', { name: 'Kies Containerschepen in de Rotterdamse haven' }).click()
    await library.waitFor({ state: 'hidden' })
    assert.equal(await page.locator('#fi-alt').inputValue(), 'Containerschepen in de Rotterdamse haven')
    await page.locator('fieldset.panel', { has: page.locator('#fi-alt') }).screenshot({ path: join(shots, `desk-feature-image-${suite.dialect}.png`) })
    await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 15_000 })
    await page.waitForFunction(async (articleId) => {
      const answer = (await (await fetch(`/admin/api/articles/${articleId}`)).json()) as { article: { featureImage: unknown } }
      return answer.article.featureImage !== null
    }, id)
    const saved = (await callApi(page, 'GET', `/articles/${id}`)).body.article as { featureImage: { src: string; alt: string; credit: string | null } | null }
    assert.deepEqual(saved.featureImage && [saved.featureImage.src, saved.featureImage.alt, saved.featureImage.credit], [uploaded.media.url, 'Containerschepen in de Rotterdamse haven', 'Foto: redactie'])
    assert.deepEqual(errors, [])
  })

  it('edits a tag’s search fields and a person’s bio and website', { skip }, async () => {
    const { page, errors } = await open()
    await signIn(page, email)
    await page.goto('/admin/tags')
    await page.locator('tr', { hasText: 'bitcoin' }).getByRole('button', { name: 'Bewerken' }).click()
    await page.getByLabel('SEO-titel').fill('Bitcoin-nieuws: koers, regels en analyses')
    await page.getByLabel('Meta-omschrijving').fill('Het laatste nieuws over bitcoin van de redactie.')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByRole('heading', { name: /Tag .* bewerken/ }).waitFor({ state: 'hidden' })
    const tag = ((await callApi(page, 'GET', '/tags')).body.tags as { slug: string; seo: { title: string; description: string } }[]).find((t) => t.slug === 'bitcoin')
    assert.deepEqual(tag?.seo, { title: 'Bitcoin-nieuws: koers, regels en analyses', description: 'Het laatste nieuws over bitcoin van de redactie.' })
    // An editor manages tags but not people: the profile button is for admins.
    await page.goto('/admin/people')
    await page.locator('tr', { hasText: 'Lotte Bureauredacteur' }).waitFor()
    assert.equal(await page.getByRole('button', { name: /Profiel van/ }).count(), 0)
    await services.people.createUser({ email: 'hoofd@redactie.example', name: 'Henk Hoofdredacteur', role: 'admin', password })
    const admin = await open()
    await signIn(admin.page, 'hoofd@redactie.example')
    await admin.page.goto('/admin/people')
    await admin.page.getByRole('button', { name: 'Profiel van Lotte Bureauredacteur bewerken' }).click()
    await admin.page.getByLabel('Bio (op de auteurspagina)').fill('Lotte schrijft over havens, scheepvaart en logistiek.')
    await admin.page.getByLabel('Website').fill('https://lotte.example/')
    await admin.page.getByRole('button', { name: 'Opslaan' }).click()
    await admin.page.getByRole('status').filter({ hasText: 'Lotte Bureauredacteur is bijgewerkt.' }).waitFor()
    const person = ((await callApi(admin.page, 'GET', '/people')).body.people as { email: string; bio: string; website: string }[]).find((p) => p.email === email)
    assert.deepEqual([person?.bio, person?.website], ['Lotte schrijft over havens, scheepvaart en logistiek.', 'https://lotte.example/'])
    assert.deepEqual(errors, [])
    assert.deepEqual(admin.errors, [])
  })
})
