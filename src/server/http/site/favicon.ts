/**
 * The site's icons and web app manifest, so browsers never ask for a missing /favicon.ico and
 * the site installs as an app: an SVG of the site's initial, PNGs drawn from it by sharp on
 * first request (then kept in memory), and a manifest that names the store apps when set.
 */
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Config } from '../../config/index.js'
import type { Services } from '../../services.js'
import { escapeHtml } from '../../../shared/document/index.js'

const brand = '#0b5cff'

function iconSvg(siteName: string): string {
  const letter = escapeHtml((siteName.trim()[0] ?? 'N').toUpperCase())
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${brand}"/><text x="32" y="45" font-family="DejaVu Sans,system-ui,sans-serif" font-size="38" font-weight="800" text-anchor="middle" fill="#fff">${letter}</text></svg>`
}

export function registerIcons(app: FastifyInstance, config: Config, services: Services): void {
  const svg = iconSvg(config.siteName)
  const sendSvg = (_request: unknown, reply: FastifyReply) => reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg)
  app.get('/favicon.svg', sendSvg)
  app.get('/favicon.ico', sendSvg)

  const pngs = new Map<number, Promise<Buffer>>()
  const png = (size: number) => {
    let made = pngs.get(size)
    if (!made) {
      made = import('sharp').then(({ default: sharp }) => sharp(Buffer.from(svg), { density: Math.ceil((72 * size) / 64) }).resize(size, size).png().toBuffer())
      made.catch(() => pngs.delete(size))
      pngs.set(size, made)
    }
    return made
  }
  for (const size of [192, 512]) {
    app.get(`/icon-${size}.png`, async (_request, reply) => reply.type('image/png').header('cache-control', 'public, max-age=86400').send(await png(size)))
  }

  app.get('/manifest.webmanifest', async (_request, reply) => {
    const settings = await services.settings.getSettings()
    const name = settings.siteName ?? config.siteName
    const related = [
      ...(settings.appPromo.playStoreId ? [{ platform: 'play', id: settings.appPromo.playStoreId, url: `https://play.google.com/store/apps/details?id=${settings.appPromo.playStoreId}` }] : []),
      ...(settings.appPromo.appStoreId ? [{ platform: 'itunes', url: `https://apps.apple.com/app/id${settings.appPromo.appStoreId}` }] : []),
    ]
    const manifest = {
      name,
      short_name: name.length > 12 ? name.slice(0, 12) : name,
      description: settings.description || undefined,
      lang: settings.locale ?? config.locale,
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: brand,
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
      ...(related.length > 0 ? { related_applications: related, prefer_related_applications: false } : {}),
    }
    return reply.type('application/manifest+json; charset=utf-8').header('cache-control', 'public, max-age=3600').send(JSON.stringify(manifest))
  })
}
