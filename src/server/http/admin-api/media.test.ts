import { after, before, it } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import sharp from 'sharp'
import { buildApp } from '../../app.js'
import { describeEachDialect } from '../../../../test/helpers/db.js'
import { call, createStaff, firstError, type Staff } from '../../../../test/helpers/admin.js'
import { testConfig } from '../../../../test/helpers/factories.js'

/** A multipart/form-data body with the given fields and one file. */
function multipart(fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer } | null) {
  const boundary = `----newsdesk${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

describeEachDialect('admin API: media uploads', (suite) => {
  let app: FastifyInstance
  let author: Staff
  let editor: Staff
  let photo: Buffer

  const upload = (who: Staff, fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer } | null) => {
    const body = multipart(fields, file)
    return app.inject({ method: 'POST', url: '/admin/api/media', headers: { ...body.headers, authorization: `Bearer ${who.token}` }, payload: body.payload })
  }

  before(async () => {
    app = await buildApp(testConfig(), { database: suite.database, jobs: false })
    author = await createStaff(app, 'author')
    editor = await createStaff(app, 'editor')
    photo = await sharp({ create: { width: 1400, height: 800, channels: 3, background: '#2a6f97' } }).jpeg().toBuffer()
  })
  after(() => app.close())

  it('uploads an image with its alt text and serves the original and its WebP/AVIF variants', async () => {
    const response = await upload(author, { alt: 'De handelsvloer van een beurs', credit: 'Beeld: redactie' }, { name: 'beurs.jpg', type: 'image/jpeg', bytes: photo })
    assert.equal(response.statusCode, 201, response.body)
    const { media } = response.json() as { media: { id: string; url: string; alt: string; width: number; variants: { width: number; format: string; url: string }[] } }
    assert.equal(media.alt, 'De handelsvloer van een beurs')
    assert.equal(media.width, 1400)
    assert.deepEqual([...new Set(media.variants.map((v) => v.width))], [320, 640, 960, 1280])
    assert.deepEqual([...new Set(media.variants.map((v) => v.format))].sort(), ['avif', 'webp'])
    const original = await app.inject({ method: 'GET', url: media.url })
    assert.equal(original.statusCode, 200)
    assert.equal(original.headers['content-type'], 'image/jpeg')
    const webp = media.variants.find((v) => v.format === 'webp')
    const variant = await app.inject({ method: 'GET', url: webp?.url ?? '' })
    assert.equal(variant.statusCode, 200)
    assert.equal(variant.headers['content-type'], 'image/webp')
    assert.equal((await sharp(variant.rawPayload).metadata()).format, 'webp')

    const patched = await call(app, 'PATCH', `/media/${media.id}`, { token: author.token, body: { caption: 'Drukte op de vloer' } })
    assert.equal((patched.json() as { media: { caption: string } }).media.caption, 'Drukte op de vloer')
    const listed = (await call(app, 'GET', '/media', { token: author.token })).json() as { media: { id: string }[]; meta: { total: number } }
    assert.equal(listed.media[0]?.id, media.id)
    // Only editors delete.
    assert.equal((await call(app, 'DELETE', `/media/${media.id}`, { token: author.token })).statusCode, 403)
    assert.equal((await call(app, 'DELETE', `/media/${media.id}`, { token: editor.token })).statusCode, 204)
    assert.equal((await app.inject({ method: 'GET', url: media.url })).statusCode, 404)
  })

  it('refuses an oversized upload with 413 and a non-image with 415, storing nothing', async () => {
    const before = (await call(app, 'GET', '/media', { token: author.token })).json() as { meta: { total: number } }
    const big = await upload(author, {}, { name: 'groot.jpg', type: 'image/jpeg', bytes: Buffer.concat([photo, Buffer.alloc(11 * 1024 * 1024)]) })
    assert.equal(big.statusCode, 413)
    assert.equal(firstError(big).code, 'PAYLOAD_TOO_LARGE')
    const svg = await upload(author, {}, { name: 'logo.jpg', type: 'image/jpeg', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>') })
    assert.equal(svg.statusCode, 415)
    assert.equal(firstError(svg).code, 'UNSUPPORTED_MEDIA_TYPE')
    const json = await call(app, 'POST', '/media', { token: author.token, body: { file: 'x' } })
    assert.equal(json.statusCode, 415)
    const noFile = await upload(author, { alt: 'x' }, null)
    assert.equal(noFile.statusCode, 400)
    assert.equal(firstError(noFile).field, 'file')
    const after = (await call(app, 'GET', '/media', { token: author.token })).json() as { meta: { total: number } }
    assert.equal(after.meta.total, before.meta.total)
  })
})
