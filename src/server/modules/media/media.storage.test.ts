import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppError } from '../../errors.js'
import { createLocalStorage, isValidMediaKey, type MediaStorage } from './media.storage.js'

describe('local media storage', () => {
  let root: string
  let storage: MediaStorage
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'newsdesk-storage-'))
    storage = createLocalStorage(join(root, 'media'))
  })
  after(() => rmSync(root, { recursive: true, force: true }))

  it('puts, gets, checks and deletes, leaving no temp files or empty folders', async () => {
    const key = '2026/11/0123456789abcdef01234567/foto-640.webp'
    assert.equal(await storage.exists(key), false)
    assert.equal(await storage.get(key), null)
    await storage.put(key, Buffer.from('eerste'), 'image/webp')
    await storage.put(key, Buffer.from('tweede'), 'image/webp')
    assert.equal((await storage.get(key))?.toString(), 'tweede')
    assert.equal(await storage.exists(key), true)
    assert.deepEqual(readdirSync(join(root, 'media', '2026', '11', '0123456789abcdef01234567')), ['foto-640.webp'])
    await storage.delete(key)
    await storage.delete(key)
    assert.equal(await storage.exists(key), false)
    assert.ok(!existsSync(join(root, 'media', '2026', '11', '0123456789abcdef01234567')))
  })

  it('refuses keys that could leave the media folder or name hidden files', async () => {
    const bad = ['', '../escape.jpg', '2026/../../escape.jpg', '/etc/passwd', 'a//b.jpg', './a.jpg', 'a/./b.jpg', 'a/.hidden', 'a\\..\\b.jpg', 'a/b.jpg/', 'nul\u0000.jpg', 'x'.repeat(513)]
    for (const key of bad) {
      assert.equal(isValidMediaKey(key), false, key)
      for (const attempt of [() => storage.put(key, Buffer.from('x'), 'image/jpeg'), () => storage.get(key), () => storage.exists(key), () => storage.delete(key)]) {
        await assert.rejects(attempt(), (error: unknown) => error instanceof AppError && error.code === 'BAD_REQUEST', key)
      }
    }
    assert.ok(!existsSync(join(root, 'escape.jpg')))
    assert.ok(isValidMediaKey('2026/11/0123456789abcdef01234567/foto.v2_final.jpg'))
  })
})
