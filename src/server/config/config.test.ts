import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, loadConfig, parseConfig } from './index.js'

const cwd = '/srv/newsdesk'

describe('config', () => {
  it('has sensible defaults', () => {
    const config = parseConfig({}, cwd)
    assert.equal(config.port, 3000)
    assert.equal(config.host, '127.0.0.1')
    assert.equal(config.dataDir, '/srv/newsdesk/data')
    assert.deepEqual(config.database, { dialect: 'sqlite', file: '/srv/newsdesk/data/newsdesk.db' })
    assert.equal(config.mediaDir, '/srv/newsdesk/data/media')
    assert.equal(config.siteUrl, 'http://127.0.0.1:3000')
    assert.equal(config.locale, 'nl')
    assert.equal(config.trustProxy, false)
    assert.ok(Object.isFrozen(config))
  })

  it('reads every variable', () => {
    const config = parseConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/newsdesk',
        DATABASE_URL: 'postgres://nd:pw@db:5432/newsdesk',
        SITE_URL: 'https://nieuws.example.nl/',
        SITE_NAME: 'Kettingkrant',
        LOCALE: 'en',
        MEDIA_DIR: '/mnt/media',
        TRUST_PROXY: '10.0.0.0/8, 192.168.1.1',
        SECRET: 'a'.repeat(40),
      },
      cwd,
    )
    assert.equal(config.port, 8080)
    assert.deepEqual(config.database, { dialect: 'postgres', url: 'postgres://nd:pw@db:5432/newsdesk' })
    assert.equal(config.siteUrl, 'https://nieuws.example.nl')
    assert.equal(config.siteName, 'Kettingkrant')
    assert.equal(config.locale, 'en')
    assert.equal(config.mediaDir, '/mnt/media')
    assert.deepEqual(config.trustProxy, ['10.0.0.0/8', '192.168.1.1'])
    assert.equal(config.secret, 'a'.repeat(40))
  })

  it('links to localhost when listening on every address', () => {
    assert.equal(parseConfig({ HOST: '0.0.0.0', PORT: '8080' }, cwd).siteUrl, 'http://localhost:8080')
    assert.equal(parseConfig({ HOST: '::1' }, cwd).siteUrl, 'http://[::1]:3000')
  })

  it('takes a hop count for TRUST_PROXY', () => {
    assert.equal(parseConfig({ TRUST_PROXY: '2' }, cwd).trustProxy, 2)
    assert.equal(parseConfig({ TRUST_PROXY: 'off' }, cwd).trustProxy, false)
  })

  it('lists every problem at once', () => {
    assert.throws(
      () => parseConfig({ PORT: 'abc', LOCALE: 'fr', DATABASE_URL: 'mysql://x', SITE_URL: 'ftp://x', TRUST_PROXY: '10.0.0.0/99', SECRET: 'short' }, cwd),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError)
        const text = error.problems.join('\n')
        for (const name of ['PORT', 'LOCALE', 'DATABASE_URL', 'SITE_URL', 'TRUST_PROXY', 'SECRET']) assert.match(text, new RegExp(name))
        assert.equal(error.problems.length, 6)
        return true
      },
    )
  })

  it('rejects out-of-range ports', () => {
    assert.throws(() => parseConfig({ PORT: '70000' }, cwd), /PORT/)
    assert.throws(() => parseConfig({ PORT: '-1' }, cwd), /PORT/)
  })

  it('keeps a generated secret in DATA_DIR and reuses it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-config-'))
    const first = loadConfig({ DATA_DIR: dataDir })
    assert.equal(first.secretSource, 'file')
    assert.match(first.secret, /^[0-9a-f]{64}$/)
    assert.equal(readFileSync(join(dataDir, 'secret'), 'utf8').trim(), first.secret)
    assert.equal(statSync(join(dataDir, 'secret')).mode & 0o777, 0o600)
    assert.equal(loadConfig({ DATA_DIR: dataDir }).secret, first.secret)
    assert.equal(loadConfig({ DATA_DIR: dataDir, SECRET: 'b'.repeat(32) }).secretSource, 'env')
  })
})
