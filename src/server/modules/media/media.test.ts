import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { AppError, type ErrorCode } from '../../errors.js'
import type { ModuleContext } from '../context.js'
import { createPeopleService, systemActor, userActor, type Actor } from '../people/index.js'
import { createLocalStorage, createMediaService, type MediaService } from './index.js'

const system = systemActor('media-test')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort()
}

function solid(width: number, height: number, background = '#336699') {
  return sharp({ create: { width, height, channels: 3, background } })
}

const failsWith = (code: ErrorCode) => (error: unknown) => {
  assert.ok(error instanceof AppError, String(error))
  assert.equal(error.code, code)
  return true
}

describeEachDialect('media', (suite) => {
  let dir: string
  let media: MediaService
  let ctx: ModuleContext
  let reporter: Actor
  let clock = Date.UTC(2026, 10, 26, 12, 0, 0)

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-media-'))
    ctx = { db: suite.database.db, dialect: suite.database.dialect, now: () => clock, locale: 'nl' }
    media = createMediaService(ctx, createLocalStorage(dir))
    const person = await createPeopleService(ctx).createUser({ email: 'fotograaf@example.nl', name: 'Femke Foto', role: 'author' })
    reporter = userActor(person.id, 'author')
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  /** Runs an upload that must fail with `code` and checks that it left no row and no file. */
  async function rejectsCleanly(upload: () => Promise<unknown>, code: ErrorCode): Promise<void> {
    const files = filesUnder(dir)
    const count = await media.countMedia()
    await assert.rejects(upload(), failsWith(code))
    assert.deepEqual(filesUnder(dir), files)
    assert.equal(await media.countMedia(), count)
  }

  it('stores the original and WebP and AVIF variants no wider than it', async () => {
    const bytes = await solid(1600, 900).jpeg().toBuffer()
    const item = await media.uploadImage(reporter, { bytes, filename: 'Zonsondergang Amsterdam.JPG', alt: ' De Amstel ', credit: 'ANP' })
    assert.match(item.url, new RegExp(`^/media/2026/11/${item.id}/zonsondergang-amsterdam\\.jpg$`))
    assert.deepEqual([item.mimeType, item.width, item.height, item.alt, item.caption, item.credit], ['image/jpeg', 1600, 900, 'De Amstel', null, 'ANP'])
    assert.equal(item.uploadedBy, reporter.kind === 'user' ? reporter.id : null)
    assert.deepEqual(item.variants.map((v) => `${v.width}x${v.height}.${v.format}`), [
      '320x180.webp', '320x180.avif', '640x360.webp', '640x360.avif', '960x540.webp', '960x540.avif', '1280x720.webp', '1280x720.avif',
    ])
    assert.ok(item.variants.every((v) => v.width <= item.width))
    for (const file of [item, ...item.variants]) {
      const onDisk = readFileSync(join(dir, file.url.slice('/media/'.length)))
      const meta = await sharp(onDisk).metadata()
      const expected = 'format' in file ? file : { format: 'jpeg', width: 1600, bytes: item.bytes }
      assert.equal(meta.format === 'heif' ? 'avif' : meta.format, expected.format)
      assert.equal(meta.width, expected.width)
      assert.equal(onDisk.length, expected.bytes)
    }
    assert.deepEqual(await media.getMedia(item.id), item)
  })

  it('makes one width for an image narrower than every standard width', async () => {
    const item = await media.uploadImage(system, { bytes: await solid(200, 100).png().toBuffer(), filename: 'icoon.png' })
    assert.deepEqual(item.variants.map((v) => `${v.width}.${v.format}`), ['200.webp', '200.avif'])
    assert.equal(item.uploadedBy, null)
    assert.equal(item.alt, '')
  })

  it('turns a photo upright and strips EXIF, GPS and camera details', async () => {
    const bytes = await solid(1600, 900)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Make: 'TelefoonMerk', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 0/1' } })
      .toBuffer()
    const input = await sharp(bytes).metadata()
    assert.equal(input.orientation, 6)
    assert.ok(input.exif?.includes('TelefoonMerk'))
    const item = await media.uploadImage(reporter, { bytes, filename: 'IMG_0001.jpeg' })
    assert.deepEqual([item.width, item.height], [900, 1600])
    assert.ok(item.variants.every((v) => v.height > v.width))
    for (const url of [item.url, ...item.variants.map((v) => v.url)]) {
      const stored = readFileSync(join(dir, url.slice('/media/'.length)))
      const meta = await sharp(stored).metadata()
      assert.equal(meta.exif, undefined, url)
      assert.equal(meta.xmp, undefined, url)
      assert.equal(meta.orientation, undefined, url)
      assert.ok(!stored.includes('TelefoonMerk'), url)
    }
  })

  it('records the type the bytes have, not the one the name claims', async () => {
    const item = await media.uploadImage(system, { bytes: await solid(400, 300).png().toBuffer(), filename: 'foto.jpg' })
    assert.equal(item.mimeType, 'image/png')
    assert.equal(item.filename, 'foto.jpg')
    assert.match(item.url, /\/foto\.png$/)
    assert.equal((await sharp(readFileSync(join(dir, item.url.slice(7)))).metadata()).format, 'png')
  })

  it('refuses SVG, HTML, random and damaged bytes with 415, writing nothing', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'
    const html = '<!doctype html><html><body><img src=x onerror="alert(1)"></body></html>'
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251))
    const jpeg = await solid(800, 600).jpeg().toBuffer()
    for (const bytes of [Buffer.from(svg), Buffer.from(html), random, jpeg.subarray(0, 400), Buffer.alloc(0)]) {
      await rejectsCleanly(async () => media.uploadImage(reporter, { bytes, filename: 'foto.jpg' }), 'UNSUPPORTED_MEDIA_TYPE')
    }
    await rejectsCleanly(async () => media.uploadImage(reporter, { bytes: await solid(64, 64).tiff().toBuffer(), filename: 'scan.tif' }), 'UNSUPPORTED_MEDIA_TYPE')
  })

  it('refuses files and images that are too large with 413, writing nothing', async () => {
    await rejectsCleanly(async () => media.uploadImage(reporter, { bytes: Buffer.alloc(10 * 1024 * 1024 + 1), filename: 'groot.jpg' }), 'MEDIA_TOO_LARGE')
    const small = createMediaService(ctx, createLocalStorage(dir), { maxBytes: 2000 })
    await rejectsCleanly(async () => small.uploadImage(reporter, { bytes: await solid(300, 300).png({ compressionLevel: 0 }).toBuffer(), filename: 'klein.png' }), 'MEDIA_TOO_LARGE')
    // A few kilobytes that decode to more pixels than allowed: the decompression-bomb guard.
    const strict = createMediaService(ctx, createLocalStorage(dir), { maxPixels: 1_000_000 })
    const bomb = await solid(1100, 1000).png().toBuffer()
    assert.ok(bomb.length < 20_000)
    await rejectsCleanly(async () => strict.uploadImage(reporter, { bytes: bomb, filename: 'bom.png' }), 'MEDIA_TOO_LARGE')
    await rejectsCleanly(async () => media.uploadImage(reporter, { bytes: await solid(12_001, 8).png().toBuffer(), filename: 'lang.png' }), 'MEDIA_TOO_LARGE')
  })

  it('removes the stored files when the row cannot be written', async () => {
    const ghost = userActor('f'.repeat(24), 'author')
    const files = filesUnder(dir)
    await assert.rejects(media.uploadImage(ghost, { bytes: await solid(500, 400).jpeg().toBuffer(), filename: 'wees.jpg' }))
    assert.deepEqual(filesUnder(dir), files)
  })

  it('keeps an animated GIF moving as WebP', async () => {
    const frames = await Promise.all(['#f00', '#0f0', '#00f'].map((c) => solid(400, 300, c).png().toBuffer()))
    const gif = await sharp(frames, { join: { animated: true } }).gif({ delay: 200 }).toBuffer()
    const item = await media.uploadImage(system, { bytes: gif, filename: 'animatie.gif' })
    assert.deepEqual([item.mimeType, item.width, item.height], ['image/gif', 400, 300])
    assert.deepEqual(item.variants.map((v) => `${v.width}x${v.height}.${v.format}`), ['320x240.webp'])
    const variant = await sharp(readFileSync(join(dir, item.variants[0]?.url.slice(7) ?? '')), { animated: true }).metadata()
    assert.equal(variant.pages, 3)
  })

  it('updates alt text, caption and credit, checking their lengths', async () => {
    const item = await media.uploadImage(reporter, { bytes: await solid(640, 480).webp().toBuffer(), filename: 'demo.webp', caption: 'Oud' })
    clock += 1000
    const updated = await media.updateMedia(reporter, item.id, { alt: 'Een demonstratie op het Malieveld', caption: '  ', credit: 'Femke Foto' })
    assert.deepEqual([updated.alt, updated.caption, updated.credit, updated.updatedAt - item.updatedAt], ['Een demonstratie op het Malieveld', null, 'Femke Foto', 1000])
    assert.deepEqual(await media.getMedia(item.id), updated)
    await assert.rejects(media.updateMedia(reporter, item.id, { alt: 'x'.repeat(1001), credit: 'a\u0000b' }), (error: unknown) => {
      assert.ok(error instanceof AppError && error.code === 'VALIDATION_FAILED')
      assert.deepEqual(error.details?.map((d) => d.field), ['alt', 'credit'])
      return true
    })
    await assert.rejects(media.updateMedia(reporter, '0'.repeat(24), { alt: 'x' }), failsWith('MEDIA_NOT_FOUND'))
    await assert.rejects(media.getMedia('../../etc'), failsWith('MEDIA_NOT_FOUND'))
  })

  it('lists newest first, by page and by cursor', async () => {
    clock += 60_000
    const png = await solid(320, 200).png().toBuffer()
    const a = await media.uploadImage(system, { bytes: png, filename: 'a.png' })
    const b = await media.uploadImage(system, { bytes: png, filename: 'b.png' })
    clock += 1000
    const c = await media.uploadImage(system, { bytes: png, filename: 'c.png' })
    const sameTime = [a, b].sort((x, y) => (x.id < y.id ? 1 : -1)).map((m) => m.id)
    const first = await media.listMedia({ limit: 2 })
    assert.deepEqual(first.media.map((m) => m.id), [c.id, sameTime[0]])
    assert.ok(first.next)
    const second = await media.listMedia({ limit: 2, before: first.next })
    assert.equal(second.media[0]?.id, sameTime[1])
    assert.deepEqual((await media.listMedia({ limit: 2, page: 2 })).media.map((m) => m.id), second.media.map((m) => m.id))
    const all = await media.listMedia({ limit: 100 })
    assert.equal(all.media.length, await media.countMedia())
    assert.equal(all.next, null)
    await assert.rejects(media.listMedia({ limit: 0, before: 'nope' }), failsWith('VALIDATION_FAILED'))
  })

  it('finds media by the URL of the original or of a variant', async () => {
    const item = await media.uploadImage(reporter, { bytes: await solid(700, 400).jpeg().toBuffer(), filename: 'kaart.jpg', alt: 'Een kaart' })
    const variant = item.variants[1]?.url ?? ''
    const found = await media.findByUrls([item.url, variant, `https://nieuws.example.nl${item.url}?v=2`, '/media/demo/x.webp', 'https://elders.nl/plaatje.jpg', '/media/../secret'])
    assert.deepEqual([...found.keys()], [item.url, variant, `https://nieuws.example.nl${item.url}?v=2`])
    assert.equal(found.get(variant)?.alt, 'Een kaart')
    assert.equal((await media.findByUrl(item.url))?.id, item.id)
    assert.equal(await media.findByUrl(item.url.replace('kaart', 'andere')), null)
  })

  it('deletes the files and the row', async () => {
    const item = await media.uploadImage(reporter, { bytes: await solid(1000, 500).jpeg().toBuffer(), filename: 'weg.jpg' })
    const folder = item.url.slice('/media/'.length).split('/').slice(0, 3).join('/')
    assert.equal(filesUnder(join(dir, folder)).length, 1 + item.variants.length)
    await media.deleteMedia(reporter, item.id)
    assert.ok(!filesUnder(dir).some((f) => f.startsWith(folder)))
    assert.ok(!readdirSync(join(dir, '2026', '11')).includes(item.id))
    await assert.rejects(media.getMedia(item.id), failsWith('MEDIA_NOT_FOUND'))
    await assert.rejects(media.deleteMedia(reporter, item.id), failsWith('MEDIA_NOT_FOUND'))
  })
})
