/**
 * Sitemap XML, written directly (docs/decisions/006): the sitemap protocol 0.9 (index and
 * urlset, with the image extension for feature images) and Google's News extension. Every text
 * and attribute goes through `escapeXml`.
 */
import { stripInvalidXml } from './feed-render.js'

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"']/g, (c) => entities[c] ?? c)
}

/** W3C Datetime in UTC to the second ("2026-11-26T12:00:00Z"), as sitemaps ask. */
export function w3cDate(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const declaration = '<?xml version="1.0" encoding="UTF-8"?>'
const sitemapNs = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const imageNs = 'http://www.google.com/schemas/sitemap-image/1.1'
const newsNs = 'http://www.google.com/schemas/sitemap-news/0.9'

function lastmod(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '' : `<lastmod>${w3cDate(ms)}</lastmod>`
}

export function sitemapIndexXml(sitemaps: { loc: string; lastmod?: number | null }[]): string {
  const body = sitemaps.map((s) => `<sitemap><loc>${escapeXml(s.loc)}</loc>${lastmod(s.lastmod)}</sitemap>`)
  return [declaration, `<sitemapindex xmlns="${sitemapNs}">`, ...body, '</sitemapindex>', ''].join('\n')
}

export interface UrlEntry {
  loc: string
  lastmod?: number | null
  /** Absolute image URLs on the page (the feature image). */
  images?: string[]
}

export function urlsetXml(urls: UrlEntry[]): string {
  const withImages = urls.some((u) => (u.images?.length ?? 0) > 0)
  const body = urls.map((u) => {
    const images = (u.images ?? []).map((src) => `<image:image><image:loc>${escapeXml(src)}</image:loc></image:image>`).join('')
    return `<url><loc>${escapeXml(u.loc)}</loc>${lastmod(u.lastmod)}${images}</url>`
  })
  const open = `<urlset xmlns="${sitemapNs}"${withImages ? ` xmlns:image="${imageNs}"` : ''}>`
  return [declaration, open, ...body, '</urlset>', ''].join('\n')
}

export interface NewsUrl {
  loc: string
  title: string
  publishedAt: number
}

/** Google News: publication name and language on every entry, the first publication time. */
export function newsSitemapXml(urls: NewsUrl[], publication: { name: string; language: string }): string {
  const pub = `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${escapeXml(publication.language)}</news:language></news:publication>`
  const body = urls.map(
    (u) =>
      `<url><loc>${escapeXml(u.loc)}</loc><news:news>${pub}<news:publication_date>${w3cDate(u.publishedAt)}</news:publication_date><news:title>${escapeXml(u.title)}</news:title></news:news></url>`,
  )
  return [declaration, `<urlset xmlns="${sitemapNs}" xmlns:news="${newsNs}">`, ...body, '</urlset>', ''].join('\n')
}
