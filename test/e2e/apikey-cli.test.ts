/** `newsdesk apikey create|list|revoke` as a person runs it, on both dialects. */
import { it } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeEachDialect } from '../helpers/db.js'
import { servicesFor } from '../helpers/factories.js'

const root = join(import.meta.dirname, '..', '..')
const bin = join(root, 'bin', 'newsdesk.mjs')

function newsdesk(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: mkdtempSync(join(tmpdir(), 'newsdesk-cli-')), LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describeEachDialect('newsdesk apikey', (suite) => {
  it('creates a key printed alone on the last line, lists and revokes it', async () => {
    const env = { DATABASE_URL: suite.database.url }
    const created = newsdesk(['apikey', 'create', '--name', 'De app', '--limit-cap', '50'], env)
    assert.equal(created.code, 0, created.stderr)
    const key = created.stdout.trim().split('\n').at(-1) ?? ''
    assert.match(key, /^[0-9a-f]{26}$/)
    const services = servicesFor(suite.database)
    assert.deepEqual(await services.contentApiKeys.authenticate(key), { keyId: (await services.contentApiKeys.list())[0]?.id, limitCap: 50 })

    const listed = newsdesk(['apikey', 'list'], env)
    assert.equal(listed.code, 0)
    assert.match(listed.stdout, /active .* last used \S+\s+cap 50\s+De app/)
    assert.doesNotMatch(listed.stdout, new RegExp(key))

    const revoked = newsdesk(['apikey', 'revoke', '--id', key], env)
    assert.equal(revoked.code, 0, revoked.stderr)
    assert.match(revoked.stdout, /Revoked Content API key [0-9a-f]{24} "De app"/)
    assert.equal(await servicesFor(suite.database).contentApiKeys.authenticate(key), null)
    assert.match(newsdesk(['apikey', 'list'], env).stdout, /revoked/)
  })

  it('refuses bad arguments with the usage and writes nothing', async () => {
    const env = { DATABASE_URL: suite.database.url }
    const before = (await servicesFor(suite.database).contentApiKeys.list()).length
    const missing = newsdesk(['apikey', 'create'], env)
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /missing --name[\s\S]*Usage: newsdesk/)
    assert.equal(newsdesk(['apikey', 'create', '--name', 'X', '--limit-cap', 'veel'], env).code, 2)
    assert.equal(newsdesk(['apikey', 'create', '--name', 'X', '--limit-cap', '0'], env).code, 1)
    assert.equal(newsdesk(['apikey', 'revoke', '--id', '0123456789abcdef01234567'], env).code, 1)
    assert.equal(newsdesk(['apikey', 'rotate'], env).code, 2)
    assert.equal((await servicesFor(suite.database).contentApiKeys.list()).length, before)
  })
})
