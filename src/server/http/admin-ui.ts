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
 * uploaded); nothing may frame the desk.
 */
export const deskCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

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
