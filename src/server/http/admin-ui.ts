/**
 * The desk web app (src/admin, built by Vite into dist/admin) at /admin/. Hashed files under
 * /admin/assets/ are cached for a year; every other /admin/ path is a route of the app and gets
 * index.html, never cached, under a strict Content-Security-Policy. /admin/api/ is not ours:
 * an unknown API path stays a JSON 404.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { AppError } from '../errors.js'

const here = dirname(fileURLToPath(import.meta.url))
/** dist/main.js, a chunk in dist/chunks/, or src/server/http/ when run from sources. */
const candidates = [join(here, 'admin'), join(here, '..', 'admin'), join(here, '..', '..', '..', 'dist', 'admin')]

/** Where the built desk lives, or null when it has not been built. */
export function findDeskDir(): string | null {
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null
}

/**
 * Scripts and styles only from this origin (no inline code; the editor's styles are in the
 * stylesheet); images also from https (pictures in older articles) and blob: (a picture being
 * uploaded); nothing may frame the desk. Frames only from this origin: the preview of an HTML
 * ad creative (below; a srcdoc or data: frame would inherit this policy and block the
 * creative's own scripts and styles).
 */
export const deskCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The frame that previews an HTML ad creative in the desk: an empty document that writes the
 * HTML the desk posts to it. Its own policy makes it a sandbox without same-origin (an opaque
 * origin, as the site's iframe is), so the creative's scripts run but cannot reach the desk,
 * its cookies or its API; only the desk may frame it.
 */
export const adPreviewCsp = "sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox; default-src * data: blob: 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'self'"
const adPreviewPage = `<!doctype html><html><head><meta charset="utf-8"><script>
addEventListener('message', function (event) {
  if (event.origin !== location.origin || !event.data || event.data.type !== 'newsdesk-ad-preview' || typeof event.data.html !== 'string') return
  document.open(); document.write(event.data.html); document.close()
})
</script></head><body></body></html>`

export async function registerAdminUi(app: FastifyInstance, options: { dir: string | null; locale: 'nl' | 'en' }): Promise<void> {
  const { dir } = options
  if (!dir) app.log.warn('the desk is not built (dist/admin is missing): run `npm run build`')
  // The page names its language; the app reads it to pick its words.
  const index = dir ? readFileSync(join(dir, 'index.html'), 'utf8').replace(/<html lang="[a-z]+"/, `<html lang="${options.locale}"`) : null

  const sendIndex = (reply: FastifyReply) => {
    reply.header('cache-control', 'no-cache').header('content-security-policy', deskCsp).header('x-content-type-options', 'nosniff').header('referrer-policy', 'same-origin')
    if (!index) return reply.code(503).type('text/plain; charset=utf-8').send('The desk is not built yet: run `npm run build` and restart.')
    return reply.type('text/html; charset=utf-8').send(index)
  }

  app.get('/admin', async (_request, reply) => reply.redirect('/admin/', 301))
  app.get('/admin/', async (_request, reply) => sendIndex(reply))
  app.get('/admin/ad-preview', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').header('content-security-policy', adPreviewCsp).header('x-content-type-options', 'nosniff').type('text/html; charset=utf-8').send(adPreviewPage),
  )
  app.get('/admin/*', async (request, reply) => {
    if (request.url.startsWith('/admin/api/') || request.url.startsWith('/admin/assets/')) throw new AppError('NOT_FOUND')
    return sendIndex(reply)
  })
  if (dir && existsSync(join(dir, 'assets'))) {
    await app.register(fastifyStatic, {
      root: join(dir, 'assets'),
      prefix: '/admin/assets/',
      decorateReply: false,
      index: false,
      wildcard: false,
      immutable: true,
      maxAge: '365d',
      preCompressed: false,
    })
  }
}
