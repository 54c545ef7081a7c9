/**
 * The desk in Chromium against a real `newsdesk serve` and database: signing in (and the words
 * for a wrong password and a locked account), a contributor writing an article with a heading,
 * a link, an uploaded picture and a post from X and submitting it, an editor finding it in the
 * list and publishing it, the article on the public site, scheduling one that then appears,
 * restoring a revision, the question before leaving unsaved work, the 409 comparison, and the
 * role limits shown in the UI and enforced by the API. Screenshots go to test-results/.
 *
 * The flow runs on SQLite (where the server starts on an empty database and seeds the demo
 * newsroom, as a new install does) and on PostgreSQL (with a few drafts instead).
 */
import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { userActor } from '../../src/server/modules/people/index.js'
import type { Services } from '../../src/server/services.js'
import { browserSkipReason, launchBrowser } from '../helpers/browser.js'
import { describeEachDialect } from '../helpers/db.js'
import { buildArticle, servicesFor } from '../helpers/factories.js'
import { callApi, password, session, shots, signIn, startServer, tearDown, type Server } from '../helpers/desk.js'

const skip = browserSkipReason()

/** Waits for "Opgeslagen om …"; on a timeout, says what the save state showed instead. */
async function saved(page: Page) {
  try {
    await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 15_000 })
  } catch (error) {
    const shown = await page.locator('.save-state').textContent().catch(() => null)
    await page.screenshot({ path: join(shots, 'desk-save-failed.png'), fullPage: true }).catch(() => undefined)
    throw new Error(`the article was not saved; the editor says: ${shown ?? '(nothing)'}`, { cause: error })
  }
}
const articleIdOf = (page: Page) => /\/admin\/(?:articles|pages)\/([0-9a-f]{24})$/.exec(new URL(page.url()).pathname)?.[1] ?? ''

/** Writes title, standfirst and body text in the editor of a new article. */
async function writeArticle(page: Page, title: string, paragraphs: string[]) {
  await page.getByLabel('Titel', { exact: true }).fill(title)
  await page.getByLabel('Intro', { exact: true }).fill(`${title}: de kern in twee zinnen voor de lezer.`)
  await page.locator('.body-editor').click()
  for (const [i, text] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter')
    await page.keyboard.type(text)
  }
}

async function pngBytes(): Promise<number[]> {
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 240, g: 160, b: 20 } } }).png().toBuffer()
  return [...png]
}

describeEachDialect('the desk in Chromium', (suite) => {
  let server: Server
  let browser: Browser
  let services: Services
  const contexts: BrowserContext[] = []
  const people = { contributor: 'medewerker@redactie.example', editor: 'eindredactie@redactie.example', locked: 'vergeten@redactie.example', admin: 'beheer@redactie.example' }
  const state = { submittedId: '', submittedTitle: '' }

  const open = async (viewport?: { width: number; height: number }) => {
    const s = await session(browser, server.base, viewport)
    contexts.push(s.context)
    return s
  }

  before(async () => {
    if (skip) return
    mkdirSync(shots, { recursive: true })
    services = servicesFor(suite.database)
    const staff = async () => {
      await services.people.createUser({ email: people.contributor, name: 'Sanne Medewerker', role: 'contributor', password })
      const editor = await services.people.createUser({ email: people.editor, name: 'Eva Eindredacteur', role: 'editor', password })
      await services.people.createUser({ email: people.locked, name: 'Vera Vergeetachtig', role: 'author', password })
      await services.people.createUser({ email: people.admin, name: 'Bram Beheerder', role: 'admin', password })
      for (const name of ['Stablecoins', 'Regelgeving']) await services.tags.createTag({ name }).catch(() => undefined)
      return editor
    }
    if (suite.dialect === 'sqlite') {
      // An empty database: the server seeds the demo newsroom first, as on a new install.
      server = await startServer(suite.database.url)
      await staff()
    } else {
      // Drawing the demo's pictures twice at once would only slow the run: a few drafts will do.
      const editor = await staff()
      for (let i = 0; i < 4; i += 1) await services.articles.createArticle(userActor(editor.id, 'editor'), buildArticle())
      server = await startServer(suite.database.url)
    }
    browser = await launchBrowser()
  })

  after(() => tearDown(contexts, browser, server))

  it('serves the desk with a strict CSP, cached assets and the sign-in form', { skip }, async () => {
    const response = await fetch(`${server.base}/admin/articles/deep/link`)
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/)
    assert.equal(response.headers.get('cache-control'), 'no-cache')
    const html = await response.text()
    const asset = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(html)?.[1]
    assert.ok(asset, 'the page loads a hashed script')
    const script = await fetch(`${server.base}${asset}`)
    assert.equal(script.status, 200)
    assert.match(script.headers.get('cache-control') ?? '', /max-age=31536000.*immutable/)
    await script.arrayBuffer()
    const api404 = await fetch(`${server.base}/admin/api/bestaat-niet`)
    assert.equal(api404.status, 404)
    assert.match(api404.headers.get('content-type') ?? '', /json/, 'unknown API paths stay JSON')
    await api404.arrayBuffer()
  })

  it('says plainly when the password is wrong and when the account is locked for a while', { skip }, async () => {
    const { page, errors } = await open()
    await page.goto('/admin/')
    await page.getByLabel('E-mailadres').fill(people.locked)
    for (let i = 0; i < 5; i += 1) {
      await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord')
      await page.getByRole('button', { name: 'Inloggen' }).click()
      await page.getByRole('alert').filter({ hasText: 'horen niet bij elkaar' }).waitFor()
    }
    await page.getByLabel('Wachtwoord').fill(password)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    const locked = page.getByRole('alert').filter({ hasText: 'Te vaak een verkeerd wachtwoord' })
    await locked.waitFor()
    assert.match((await locked.textContent()) ?? '', /over \d+ seconden opnieuw/)
    await page.screenshot({ path: join(shots, `desk-sign-in-locked-${suite.dialect}.png`) })
    assert.deepEqual(errors, [])
  })

  it('lets a contributor write an article with a heading, a link, a picture and a post from X, and submit it', { skip }, async () => {
    const { page, errors } = await open()
    await signIn(page, people.contributor)
    // Role limits in the UI: no pages or settings in the menu.
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
    assert.equal(await nav.getByRole('link', { name: "Pagina's" }).count(), 0)
    assert.equal(await nav.getByRole('link', { name: 'Instellingen' }).count(), 0)

    await nav.getByRole('link', { name: 'Artikelen' }).click()
    await page.getByRole('link', { name: 'Nieuw artikel' }).first().click()
    const title = `Toezichthouder onderzoekt stablecoins ${suite.dialect}`
    await writeArticle(page, title, ['De Nederlandsche Bank kijkt kritisch naar de reserves achter stablecoins.'])
    await saved(page)
    const id = articleIdOf(page)
    assert.match(id, /^[0-9a-f]{24}$/, 'the first save gave the article an address')

    // A heading, then a paragraph with a link.
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Tussenkop', exact: true }).click()
    await page.keyboard.type('Wat de bank wil weten')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Lees het volledige besluit van DNB')
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+ArrowLeft')
    await page.getByRole('button', { name: 'Link', exact: true }).click()
    await page.getByLabel('Adres van de link').fill('https://www.dnb.nl/')
    await page.getByRole('button', { name: 'Link zetten' }).click()
    await page.locator('.body-editor p', { hasText: 'Lees het volledige besluit' }).click()
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')

    // A picture dropped into the text is uploaded, then described.
    const bytes = await pngBytes()
    await page.evaluate(async (data) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(data)], 'reserves.png', { type: 'image/png' }))
      const target = document.querySelector('.body-editor') as HTMLElement
      const box = target.getBoundingClientRect()
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: box.left + 40, clientY: box.bottom - 8 }))
    }, bytes)
    const figure = page.locator('.nv-figure')
    await figure.waitFor({ timeout: 15_000 })
    await figure.getByLabel('Alt-tekst (wat staat erop?)').fill('Grafiek van de reserves achter stablecoins')
    await figure.getByLabel('Bijschrift').fill('De reserves groeiden dit jaar snel')
    await figure.getByLabel('Fotograaf / bron').fill('Grafiek: redactie')

    // A post on X, pasted as its address.
    await page.locator('.body-editor p').last().click()
    await page.evaluate(() => {
      const transfer = new DataTransfer()
      transfer.setData('text/plain', 'https://twitter.com/DNB_NL/status/1861234567890123456')
      document.querySelector('.body-editor')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
    })
    await page.locator('.nv-embed').waitFor()
    assert.match((await page.locator('.nv-embed').textContent()) ?? '', /Post op X @DNB_NL/)

    // A feature image, chosen with the file picker, described.
    await page.locator('.dropzone input[type="file"]').setInputFiles({ name: 'koersbord.png', mimeType: 'image/png', buffer: Buffer.from(bytes) })
    await page.locator('#fi-alt').waitFor({ timeout: 15_000 })
    assert.equal(await page.getByText('Nodig voor publicatie: beschrijf wat er op de afbeelding staat.').count(), 1, 'the missing alt text is pointed out')
    await page.locator('#fi-alt').fill('Een koersbord met de prijs van stablecoins')
    await page.locator('#fi-credit').fill('Foto: redactie')

    // Tags: the first is the primary one; a contributor picks existing tags only.
    await page.getByPlaceholder('Tag toevoegen').fill('Bestaat Niet')
    await page.keyboard.press('Enter')
    await page.getByRole('alert').filter({ hasText: 'De tag “Bestaat Niet” bestaat nog niet' }).waitFor()
    await page.getByPlaceholder('Tag toevoegen').fill('Stablecoins')
    await page.keyboard.press('Enter')
    await page.getByPlaceholder('Tag toevoegen').fill('Regelgeving')
    await page.keyboard.press('Enter')
    assert.match((await page.locator('.chip.primary-chip').textContent()) ?? '', /Stablecoins/)
    // The search preview follows the title.
    assert.match((await page.locator('.serp-title').textContent()) ?? '', /Toezichthouder onderzoekt stablecoins/)

    await page.keyboard.press('Control+s')
    await saved(page)
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: join(shots, `desk-editor-${suite.dialect}.png`) })

    const stored = await callApi(page, 'GET', `/articles/${id}`)
    const article = stored.body.article as { doc: { content: { type: string; attrs?: Record<string, unknown>; content?: { marks?: { type: string; attrs?: { href: string } }[] }[] }[] }; tags: { name: string }[]; primaryTag: { name: string } }
    const types = article.doc.content.map((node) => node.type)
    assert.ok(types.includes('heading') && types.includes('image') && types.includes('embed'), `stored blocks: ${types.join(', ')}`)
    assert.deepEqual(article.doc.content.find((n) => n.type === 'heading')?.attrs, { level: 2 })
    const links = article.doc.content.flatMap((n) => n.content ?? []).flatMap((c) => c.marks ?? []).filter((m) => m.type === 'link')
    assert.deepEqual(links.map((m) => m.attrs?.href), ['https://www.dnb.nl/'], JSON.stringify(article.doc))
    const image = article.doc.content.find((n) => n.type === 'image')?.attrs ?? {}
    assert.match(String(image.src), /^\/media\//)
    assert.equal(image.alt, 'Grafiek van de reserves achter stablecoins')
    assert.equal(image.credit, 'Grafiek: redactie')
    assert.equal(article.doc.content.find((n) => n.type === 'embed')?.attrs?.url, 'https://x.com/DNB_NL/status/1861234567890123456')
    assert.equal(article.primaryTag.name, 'Stablecoins')
    const feature = (stored.body.article as { featureImage: { src: string; alt: string; credit: string } | null }).featureImage
    assert.match(String(feature?.src), /^\/media\/.+koersbord/)
    assert.deepEqual([feature?.alt, feature?.credit], ['Een koersbord met de prijs van stablecoins', 'Foto: redactie'])

    // A contributor submits; publishing is not theirs, in the UI or through the API.
    assert.equal(await page.getByRole('button', { name: 'Nu publiceren' }).count(), 0)
    await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click()
    await page.getByRole('status').filter({ hasText: 'Ingediend ter beoordeling.' }).waitFor()
    assert.equal((await page.locator('.workflow .badge').textContent())?.trim(), 'Ter beoordeling')
    const forbidden = await callApi(page, 'POST', `/articles/${id}/publish`, {})
    assert.equal(forbidden.status, 403)
    assert.equal((await callApi(page, 'PATCH', '/settings', { description: 'Gekaapt' })).status, 403)
    await page.goto('/admin/settings')
    await page.getByRole('heading', { name: 'Geen toegang' }).waitFor()
    state.submittedId = id
    state.submittedTitle = title
    assert.deepEqual(errors, [])
  })

  it('lets an editor find the submitted article in the list and publish it; readers then see it', { skip }, async () => {
    assert.ok(state.submittedId, 'the contributor’s article exists')
    const { page, errors } = await open()
    await signIn(page, people.editor)
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Artikelen' }).click()
    await page.getByLabel('Status').selectOption('review')
    await page.waitForURL(/status=review/)
    const row = page.locator('tr', { hasText: state.submittedTitle })
    await row.waitFor()
    assert.equal((await row.locator('.badge').textContent())?.trim(), 'Ter beoordeling')
    // The text filter narrows the list; the keyboard reaches the rows.
    await page.getByLabel('Zoeken').fill('stablecoins')
    await page.waitForURL(/q=stablecoins/)
    await row.waitFor()
    await page.getByLabel('Status').selectOption('')
    await page.waitForURL((url) => !url.search.includes('status='))
    await row.waitFor()
    const rows = page.locator('table.articles tbody tr')
    const matching = await rows.count()
    await page.getByLabel('Zoeken').fill('')
    await page.waitForURL((url) => !url.search.includes('q='))
    await page.waitForFunction((n) => document.querySelectorAll('table.articles tbody tr').length > n, matching)
    assert.ok((await rows.count()) > matching, 'the text filter narrowed the list')
    await page.locator('h1').click()
    await page.keyboard.press('j')
    assert.equal(await page.evaluate(() => document.activeElement?.closest('td')?.className), 'title')
    await page.screenshot({ path: join(shots, `desk-list-${suite.dialect}.png`), fullPage: true })
    await row.getByRole('link').click()
    await page.getByRole('button', { name: 'Nu publiceren' }).click()
    await page.getByRole('status').filter({ hasText: 'Gepubliceerd.' }).waitFor()
    const href = await page.getByRole('link', { name: 'Bekijk op de site' }).getAttribute('href')
    assert.ok(href)

    // Headless Chromium names itself in its user agent and the collector drops it as a bot: read as a person's browser.
    const reader = await browser.newPage({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' })
    // The reader's page view is counted: the dashboard test below finds it among the most read.
    const counted = reader.waitForResponse((r) => new URL(r.url()).pathname === '/collect')
    await reader.goto(href)
    assert.equal((await reader.locator('article h1').textContent())?.trim(), state.submittedTitle)
    assert.equal(await reader.locator('.body h2', { hasText: 'Wat de bank wil weten' }).count(), 1)
    assert.equal(await reader.locator('.body a[href="https://www.dnb.nl/"]').count(), 1)
    assert.equal(await reader.locator('.body img[alt="Grafiek van de reserves achter stablecoins"]').count(), 1)
    assert.equal(await reader.locator('figure.embed-x').count(), 1)
    assert.equal(await reader.locator('img[alt="Een koersbord met de prijs van stablecoins"]').count(), 1, 'the feature picture')
    assert.ok((await counted).status() < 300, 'the view was accepted')
    await reader.close()
    assert.deepEqual(errors, [])
  })

  it('schedules an article in Amsterdam time; it appears on the site when the time comes', { skip }, async () => {
    const { page, errors } = await open()
    await signIn(page, people.editor)
    await page.goto('/admin/articles/new')
    const title = 'Kabinet presenteert plan voor digitale euro'
    await writeArticle(page, title, ['Het kabinet wil dat de digitale euro de privacy van betalers beschermt.'])
    await saved(page)
    // A picture without alt text stops publication, with the reason in words.
    await page.locator('.toolbar input[type="file"]').setInputFiles({ name: 'euro.png', mimeType: 'image/png', buffer: Buffer.from(await pngBytes()) })
    await page.locator('.nv-figure').waitFor({ timeout: 15_000 })
    await page.getByRole('button', { name: 'Nu publiceren' }).click()
    await page.getByRole('alert').filter({ hasText: 'Elke afbeelding heeft een alt-tekst nodig' }).waitFor()
    assert.equal((await fetch(`${server.base}/kabinet-presenteert-plan-voor-digitale-euro/`).then(async (r) => (await r.arrayBuffer(), r.status))), 404)
    await page.locator('.nv-figure').getByLabel('Alt-tekst (wat staat erop?)').fill('Een euromunt op een telefoonscherm')
    await saved(page)
    // Six seconds from now, as the wall clock in Amsterdam shows it.
    const at = new Date(Date.now() + 6_000)
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at).replace(' ', 'T')
    await page.getByLabel('Publiceren op').fill(local)
    await page.getByRole('button', { name: 'Inplannen' }).click()
    await page.getByRole('status').filter({ hasText: 'Ingepland.' }).waitFor()
    assert.match((await page.locator('.workflow .badge').textContent()) ?? '', /^Ingepland · \d\d:\d\d$/)
    const id = articleIdOf(page)
    const scheduled = await callApi(page, 'GET', `/articles/${id}`)
    // The picker shows whole seconds.
    assert.equal(Date.parse(String((scheduled.body.article as { scheduledAt: string }).scheduledAt)), Math.floor(at.getTime() / 1000) * 1000)

    let status = 0
    for (let i = 0; i < 60 && status !== 200; i += 1) {
      await new Promise((r) => setTimeout(r, 500))
      const response = await fetch(`${server.base}/kabinet-presenteert-plan-voor-digitale-euro/`)
      await response.arrayBuffer()
      status = response.status
    }
    assert.equal(status, 200, 'the scheduled article went out')
    await page.reload()
    await page.locator('.workflow .badge', { hasText: 'Gepubliceerd' }).waitFor()
    assert.deepEqual(errors, [])
  })

  it('restores an earlier revision, and asks before leaving unsaved changes', { skip }, async () => {
    const { page, errors } = await open()
    await signIn(page, people.editor)
    await page.goto(`/admin/articles/${state.submittedId}`)
    const titleField = page.getByLabel('Titel', { exact: true })
    await titleField.fill('Een kop die de eindredactie niet wil')
    // Published: nothing goes out until "Bijwerken"; leaving asks first.
    await page.locator('.save-state[data-state="dirty"]').waitFor()
    page.once('dialog', (dialog) => void dialog.dismiss())
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Artikelen' }).click()
    assert.match(page.url(), new RegExp(`/admin/articles/${state.submittedId}$`), 'still in the editor after “stay”')
    await page.getByRole('button', { name: 'Bijwerken' }).click()
    await saved(page)

    await page.getByText('Revisies', { exact: true }).click()
    const list = page.locator('.revisions li')
    await list.first().waitFor()
    const count = await list.count()
    assert.ok(count >= 3, `revisions: ${count}`)
    // The revision before the new title: the published one.
    const published = await callApi(page, 'GET', `/articles/${state.submittedId}/revisions`)
    const previous = (published.body.revisions as { revision: number; title: string }[]).find((r) => r.title === state.submittedTitle)
    assert.ok(previous)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: `Revisie ${previous.revision} terugzetten` }).click()
    await page.getByRole('status').filter({ hasText: `Revisie ${previous.revision} is teruggezet.` }).waitFor()
    assert.equal(await titleField.inputValue(), state.submittedTitle)
    const stored = await callApi(page, 'GET', `/articles/${state.submittedId}`)
    assert.equal((stored.body.article as { title: string }).title, state.submittedTitle)
    assert.deepEqual(errors, [])
  })

  it('shows both versions when someone else saved meanwhile (409), and keeps the choice', { skip }, async () => {
    const { page, errors } = await open()
    await signIn(page, people.editor)
    await page.goto('/admin/articles/new')
    await writeArticle(page, 'Beurs sluit hoger na rentebesluit', ['De AEX sloot een procent hoger.'])
    await saved(page)
    const id = articleIdOf(page)
    // A colleague saves the same article in another session.
    const other = await open()
    await signIn(other.page, people.editor)
    const current = await callApi(other.page, 'GET', `/articles/${id}`)
    const revision = (current.body.article as { revision: number }).revision
    assert.equal((await callApi(other.page, 'PATCH', `/articles/${id}`, { revision, standfirst: 'Een intro van de collega.' })).status, 200)

    await page.locator('.body-editor').click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Banken deden het goed.')
    const dialog = page.getByRole('alertdialog', { name: 'Iemand anders heeft dit artikel intussen opgeslagen' })
    await dialog.waitFor({ timeout: 15_000 })
    assert.match((await dialog.locator('.compare-col').nth(1).textContent()) ?? '', /Een intro van de collega\./)
    assert.match((await dialog.locator('.compare-col').first().locator('mark').allTextContents()).join(' '), /Banken deden het goed/)
    await page.screenshot({ path: join(shots, `desk-conflict-${suite.dialect}.png`), fullPage: true })
    await dialog.getByRole('button', { name: 'Mijn versie opslaan' }).click()
    await saved(page)
    const stored = await callApi(page, 'GET', `/articles/${id}`)
    assert.match(JSON.stringify((stored.body.article as { doc: unknown }).doc), /Banken deden het goed/)
    assert.deepEqual(errors, [])
    assert.deepEqual(other.errors, [])
  })

  it('shows today’s most-read on the dashboard, and gives admins settings, tags and people', { skip }, async () => {
    assert.ok(state.submittedTitle, 'the published article exists')
    const { page, errors } = await open()
    await signIn(page, people.admin)
    // The server counted the reader's visit of the publishing test and writes hourly counts every
    // second; it folds them into the daily counts the dashboard reads once a minute — here at once.
    let counted = false
    for (let i = 0; i < 20 && !counted; i += 1) {
      await services.audience.rollUp()
      const top = (await callApi(page, 'GET', '/audience/top')).body.articles as { title: string }[]
      counted = top.some((a) => a.title === state.submittedTitle)
      if (!counted) await new Promise((r) => setTimeout(r, 250))
    }
    assert.ok(counted, 'the view reached the daily counts')
    await page.reload()
    const ranking = page.locator('.ranking li', { hasText: state.submittedTitle })
    assert.match((await ranking.textContent()) ?? '', /1×/)
    assert.notEqual((await page.locator('.stat-value').first().textContent())?.trim(), '0')
    await page.screenshot({ path: join(shots, `desk-dashboard-${suite.dialect}.png`) })

    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
    await nav.getByRole('link', { name: 'Instellingen' }).click()
    await page.getByLabel('Titel').fill('Download onze app')
    await page.getByLabel('App Store-id').fill('1234567890')
    await page.getByLabel('Blokken op de voorpagina (tag-slugs, met komma’s)').fill('stablecoins, bestaat-niet')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByRole('alert').filter({ hasText: 'Deze tags bestaan niet: bestaat-niet' }).waitFor()
    await page.getByLabel('Blokken op de voorpagina (tag-slugs, met komma’s)').fill('stablecoins')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await page.getByRole('status').filter({ hasText: 'Instellingen opgeslagen.' }).waitFor()
    const settings = (await callApi(page, 'GET', '/settings')).body.settings as { homeSections: string[]; appPromo: { title: string; appStoreId: string } }
    assert.deepEqual(settings.homeSections, ['stablecoins'])
    assert.deepEqual([settings.appPromo.title, settings.appPromo.appStoreId], ['Download onze app', '1234567890'])

    await nav.getByRole('link', { name: 'Tags' }).click()
    await page.getByLabel('Nieuwe tag').fill('Digitale euro')
    await page.getByRole('button', { name: 'Toevoegen' }).click()
    await page.locator('table.list td', { hasText: 'digitale-euro' }).waitFor()

    await nav.getByRole('link', { name: 'Mensen' }).click()
    await page.getByLabel('Naam').fill('Noor Nieuw')
    await page.getByLabel('E-mailadres').fill('noor@redactie.example')
    await page.getByLabel('Rol', { exact: true }).selectOption('author')
    await page.getByRole('button', { name: 'Account aanmaken' }).click()
    await page.getByRole('status').filter({ hasText: 'Account voor Noor Nieuw aangemaakt.' }).waitFor()
    await page.getByLabel('Rol van Noor Nieuw').selectOption('editor')
    await page.getByRole('status').filter({ hasText: 'Noor Nieuw is bijgewerkt.' }).waitFor()
    const noor = ((await callApi(page, 'GET', '/people')).body.people as { email: string; role: string }[]).find((p) => p.email === 'noor@redactie.example')
    assert.equal(noor?.role, 'editor')

    await nav.getByRole('link', { name: "Pagina's" }).click()
    await page.getByRole('link', { name: 'Nieuwe pagina' }).click()
    await writeArticle(page, 'Colofon', ['Deze site wordt gemaakt door een kleine redactie in Utrecht.'])
    await saved(page)
    const pageId = articleIdOf(page)
    assert.equal(((await callApi(page, 'GET', `/articles/${pageId}`)).body.article as { type: string }).type, 'page')
    assert.deepEqual(errors, [])
  })

  it('works on a phone: the list and the editor without horizontal scrolling', { skip }, async () => {
    const { page, errors } = await open({ width: 375, height: 740 })
    await signIn(page, people.editor)
    await page.goto('/admin/articles')
    await page.locator('table.articles tbody tr').first().waitFor()
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    assert.equal(await overflow(), 0)
    await page.screenshot({ path: join(shots, `desk-list-mobile-${suite.dialect}.png`), fullPage: true })
    await page.locator('table.articles td.title a').first().click()
    await page.locator('.body-editor').waitFor()
    assert.equal(await overflow(), 0)
    await page.screenshot({ path: join(shots, `desk-editor-mobile-${suite.dialect}.png`) })
    assert.deepEqual(errors, [])
  })
})
