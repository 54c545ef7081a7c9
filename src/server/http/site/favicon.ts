/** The site icon: a small SVG (the site's initial), so browsers never ask for a missing /favicon.ico. */
import type { FastifyInstance, FastifyReply } from 'fastify'
import { escapeHtml } from '../../../shared/document/index.js'

export function registerFavicon(app: FastifyInstance, siteName: string): void {
  const letter = escapeHtml((siteName.trim()[0] ?? 'N').toUpperCase())
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0b5cff"/><text x="32" y="45" font-family="system-ui,sans-serif" font-size="38" font-weight="800" text-anchor="middle" fill="#fff">${letter}</text></svg>`
  const send = (_request: unknown, reply: FastifyReply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg)
  app.get('/favicon.svg', send)
  app.get('/favicon.ico', send)
}
