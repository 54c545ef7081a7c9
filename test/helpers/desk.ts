/**
 * The desk's browser suites share these: a real `newsdesk serve` on a test database, a browser
 * session of its own that records page errors, signing in, and calling the admin API with the
 * page's session.
 */
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { freePort, waitForResponse } from './net.js'

export const root = join(import.meta.dirname, '..', '..')
export const shots = join(root, 'test-results')
export const password = 'een-lang-wachtwoord'

export interface Server {
  base: string
  child: ChildProcess
  exited: Promise<number | null>
  stderr: () => string
}

export async function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort()
  const child = spawn(process.execPath, ['bin/newsdesk.mjs', 'serve'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env, DATABASE_URL: databaseUrl, DATA_DIR: mkdtempSync(join(tmpdir(), 'newsdesk-desk-')), PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const base = `http://127.0.0.1:${port}`
  assert.equal((await waitForResponse(`${base}/healthz`, 60_000))?.status, 200, stderr)
  return { base, child, exited, stderr: () => stderr }
}

/** Closes the sessions and the browser, then stops the server, which must exit cleanly. */
export async function tearDown(contexts: BrowserContext[], browser: Browser | undefined, server: Server | undefined): Promise<void> {
  for (const context of contexts) await context.close().catch(() => undefined)
  await browser?.close()
  if (server) {
    server.child.kill('SIGTERM')
    assert.equal(await server.exited, 0, server.stderr())
  }
}

/** A browser session of its own (cookies apart) that records page errors and failed requests. */
export async function session(browser: Browser, base: string, viewport = { width: 1360, height: 900 }) {
  const context = await browser.newContext({ viewport, baseURL: base })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  // The browser logs the refusals these tests provoke on purpose (wrong password, lock, role limits, 409, missing alt text, a wrong banner).
  page.on('console', (m) => m.type() === 'error' && !/status of (400|401|403|409|413|415|422|429)/.test(m.text()) && errors.push(m.text()))
  return { context, page, errors }
}

export async function signIn(page: Page, email: string) {
  await page.goto('/admin/')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Wachtwoord').fill(password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor()
}

/** Calls the admin API with the page's session (cookie + CSRF token from GET /me). */
export async function callApi(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/admin/api/me')).json()) as { csrfToken: string }
      const response = await fetch(`/admin/api${path}`, {
        method,
        headers: { 'x-csrf-token': me.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, body: response.status === 204 ? {} : ((await response.json()) as Record<string, unknown>) }
    },
    { method, path, body },
  )
}

