/** The `newsdesk` command as a person runs it: real processes, real databases. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeEachDialect } from '../helpers/db.js'
import { fixturesDir, fixturesSkipReason } from '../helpers/fixtures.js'
import { freePort, waitForResponse } from '../helpers/net.js'

const root = join(import.meta.dirname, '..', '..')
const bin = join(root, 'bin', 'newsdesk.mjs')

function newsdesk(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: mkdtempSync(join(tmpdir(), 'newsdesk-cli-')), LOG_LEVEL: 'warn', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('newsdesk command line', () => {
  it('stops on bad configuration with one message naming every problem, exit 1', () => {
    const result = newsdesk(['serve'], { PORT: 'abc', LOCALE: 'xx' })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /Invalid configuration:\n {2}- PORT must be a whole number from 0 to 65535 \(got "abc"\)\n {2}- LOCALE must be one of nl, en/)
    assert.equal(result.stderr.match(/newsdesk:/g)?.length, 1)
  })

  it('explains usage for unknown commands and bad flags, exit 2', () => {
    const unknown = newsdesk(['frobnicate'])
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /unknown command "frobnicate"[\s\S]*Usage: newsdesk/)
    const flag = newsdesk(['seed', '--articles', 'veel'])
    assert.equal(flag.code, 2)
    assert.match(flag.stderr, /--articles takes a whole number/)
    const missing = newsdesk(['user', 'create', '--email', 'a@b.nl'])
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /missing --name, --role/)
  })
})

describeEachDialect('newsdesk command line on a database', (suite) => {
  const env = () => ({ DATABASE_URL: suite.database.url })

  it('refuses a bogus role and writes nothing', async () => {
    const result = newsdesk(['user', 'create', '--email', 'x@example.nl', '--name', 'X', '--role', 'bogus'], env())
    assert.equal(result.code, 1)
    assert.match(result.stderr, /role: must be one of contributor, author, editor, admin \(got "bogus"\)/)
    const users = await suite.database.db.selectFrom('users').select('id').execute()
    assert.equal(users.length, 0)
  })

  it('creates a user, sets a password from stdin, and manages staff tokens', async () => {
    const created = newsdesk(['user', 'create', '--email', 'Hoofdredactie@Example.nl', '--name', 'Anna de Boer', '--role', 'admin', '--password', 'een-lang-wachtwoord'], env())
    assert.equal(created.code, 0, created.stderr)
    assert.match(created.stdout, /Created admin Anna de Boer <hoofdredactie@example.nl>/)
    const password = newsdesk(['user', 'password', '--email', 'hoofdredactie@example.nl'], env(), 'nog-een-lang-wachtwoord\n')
    assert.equal(password.code, 0, password.stderr)

    const token = newsdesk(['token', 'create', '--email', 'hoofdredactie@example.nl', '--name', 'Deploy'], env())
    assert.equal(token.code, 0, token.stderr)
    const lastLine = token.stdout.trim().split('\n').at(-1) ?? ''
    assert.match(lastLine, /^nd_[0-9a-f]{24}_[A-Za-z0-9_-]{32}$/)
    const stored = await suite.database.db.selectFrom('apiTokens').select(['tokenHash']).execute()
    assert.equal(stored.length, 1)
    assert.notEqual(stored[0]?.tokenHash, lastLine)

    const revoked = newsdesk(['token', 'revoke', '--id', lastLine], env())
    assert.equal(revoked.code, 0, revoked.stderr)
    assert.match(newsdesk(['token', 'list', '--email', 'hoofdredactie@example.nl'], env()).stdout, /revoked/)
    const unknown = newsdesk(['token', 'create', '--email', 'niemand@example.nl'], env())
    assert.equal(unknown.code, 1)
    assert.match(unknown.stderr, /User not found/)
  })

  it('seeds synthetic articles', async () => {
    const result = newsdesk(['seed', '--articles', '1200'], env())
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stdout, /Added 1200 synthetic articles/)
    const row = await suite.database.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow()
    assert.equal(Number(row.n), 1200)
    const demo = newsdesk(['seed', '--demo'], env())
    assert.equal(demo.code, 1, 'the demo is only added to an empty newsroom')
  })

  it('rebuilds the search index with search reindex', async () => {
    await suite.database.db.deleteFrom('searchDocuments').execute()
    const before = await fetchIds()
    assert.equal(before, 0)
    const result = newsdesk(['search', 'reindex'], env())
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stdout, /^Reindexed 1200 articles for search in [\d.]+ s\.$/m)
    assert.equal(await fetchIds(), 1200)
    assert.equal(newsdesk(['search', 'rebuild'], env()).code, 2)
  })

  async function fetchIds(): Promise<number> {
    const row = await suite.database.db.selectFrom('searchDocuments').select((eb) => eb.fn.countAll<number>().as('n')).where('listed', '=', 1).executeTakeFirstOrThrow()
    return Number(row.n)
  }

  it('migrates, serves (building an empty search index first), and drains on SIGTERM', async () => {
    assert.match(newsdesk(['migrate'], env()).stdout, /up to date/)
    await suite.database.db.deleteFrom('searchDocuments').execute()
    const port = await freePort()
    const child = spawn(process.execPath, [bin, 'serve'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: mkdtempSync(join(tmpdir(), 'newsdesk-serve-')), LOG_LEVEL: 'warn', PORT: String(port), ...env() },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    const health = await waitForResponse(`http://127.0.0.1:${port}/healthz`)
    assert.equal(health?.status, 200, stderr)
    const home = await fetch(`http://127.0.0.1:${port}/`)
    assert.equal(home.status, 200)
    const search = (await (await fetch(`http://127.0.0.1:${port}/api/search?q=bitcoin`)).json()) as { total: number }
    assert.ok(search.total > 0, stderr)
    assert.equal(await fetchIds(), 1200)
    child.kill('SIGTERM')
    assert.equal(await exited, 0, stderr)
    assert.match(stderr, /is serving at/)
    assert.match(stderr, /indexed 1200 articles for search/)
  })

  it('imports a WordPress export, reports what it did, and can dry-run', { skip: fixturesSkipReason() }, async () => {
    const file = join(fixturesDir, 'wordpress-edge-cases', 'co-authors-plus.xml')
    const dry = newsdesk(['import', 'wordpress', file, '--dry-run'], env())
    assert.equal(dry.code, 0, dry.stderr)
    assert.match(dry.stdout, /Dry run \(nothing written\)[\s\S]*created: {4}4 \(article:published 4\)/)
    assert.equal((await suite.database.db.selectFrom('importSources').select('sourceId').execute()).length, 0)
    const run = newsdesk(['import', 'wordpress', file], env())
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stdout, /created: {4}4 \(article:published 4\)[\s\S]*people: {5}3 new/)
    const again = newsdesk(['import', 'wordpress', file], env())
    assert.match(again.stdout, /created: {4}0 \(none\)[\s\S]*unchanged: {2}4/)
    const missing = newsdesk(['import', 'wordpress', join(root, 'geen-bestand.xml')], env())
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /no such file/)
  })
})
