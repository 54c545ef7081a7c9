/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from feed entries, written by the `feed` library
 * (docs/decisions/006). Around it: absolute URLs in the body, the sponsor disclosure, standfirst
 * and feature image at the top of the full content, a text form per format (Atom titles are
 * HTML, RSS and JSON titles are text), and the step from the library's JSON Feed 1.0 to 1.1.
 */
import { Feed, type Item } from 'feed'
import { escapeHtml } from '../../../shared/document/index.js'
import type { Messages } from '../../../shared/i18n/index.js'
import type { FeedEntry } from '../../modules/syndication/index.js'

export type FeedFormat = 'rss' | 'atom' | 'json'

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

export interface FeedChannel {
  title: string
  description: string
  /** The page the feed follows (home, tag or author page), absolute. */
  homeUrl: string
  /** This feed in every format, absolute. */
  feedUrls: Record<FeedFormat, string>
  language: string
  siteName: string
  siteUrl: string
  /** The feed's update time when it has no entries. */
  now: number
  t: Messages
  tagUrl: (tag: { slug: string }) => string
  authorUrl: (author: { slug: string }) => string
}

/** Characters XML 1.0 forbids anywhere (control characters, lone surrogates, U+FFFE/FFFF). */
const invalidXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function stripInvalidXml(text: string): string {
  return text.replace(invalidXmlChars, '')
}

/** `/media/x.webp` → `https://site/media/x.webp`; absolute URLs stay as they are. */
export function absoluteUrl(siteUrl: string, url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? `${siteUrl}${url}` : url
}

/** Feed readers show the body away from the site: its relative src and href become absolute. */
export function absolutizeHtml(html: string, siteUrl: string): string {
  return html.replace(/(\s(?:src|href))="\/(?!\/)/g, (_match, attribute: string) => `${attribute}="${siteUrl}/`)
}

const imageTypes: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif' }

/** The image type by extension; null for an unknown one or an address that does not parse (then no enclosure). */
function imageType(url: string): string | null {
  try {
    return imageTypes[new URL(url).pathname.split('.').pop()?.toLowerCase() ?? ''] ?? null
  } catch {
    return null
  }
}

/** The full content: sponsor disclosure, standfirst, feature image, then the body. */
export function contentHtml(entry: FeedEntry, channel: FeedChannel): string {
  const parts: string[] = []
  if (entry.sponsored) {
    const text = escapeHtml(entry.sponsor ? channel.t.site.sponsoredBy(entry.sponsor.name) : channel.t.site.sponsored)
    const link = entry.sponsor?.url ? `<a href="${escapeHtml(entry.sponsor.url)}" rel="sponsored noopener">${text}</a>` : text
    parts.push(`<p><strong>${link}</strong></p>`)
  }
  if (entry.standfirst) parts.push(`<p><strong>${escapeHtml(entry.standfirst)}</strong></p>`)
  if (entry.featureImage) {
    const { src, alt, caption, credit } = entry.featureImage
    const captionText = [caption, credit].filter(Boolean).join(' ')
    const figcaption = captionText ? `<figcaption>${escapeHtml(captionText)}</figcaption>` : ''
    parts.push(`<figure><img src="${escapeHtml(absoluteUrl(channel.siteUrl, src))}" alt="${escapeHtml(alt)}">${figcaption}</figure>`)
  }
  parts.push(absolutizeHtml(entry.html, channel.siteUrl))
  return parts.join('\n')
}

/** The same id in every format, stable when the slug changes: an IRI, as Atom asks. */
export function entryId(entry: Pick<FeedEntry, 'uuid'>): string {
  return `urn:uuid:${entry.uuid}`
}

function item(entry: FeedEntry, channel: FeedChannel, format: FeedFormat): Item {
  const link = `${channel.siteUrl}/${entry.slug}/`
  const image = entry.featureImage ? absoluteUrl(channel.siteUrl, entry.featureImage.src) : null
  const sponsoredLabel = channel.t.site.sponsored
  const base: Item = {
    // The library writes RSS titles as CDATA and splits only the first "]]>" in it.
    title: format === 'atom' ? escapeHtml(entry.title) : format === 'rss' ? entry.title.replaceAll(']]>', ']] >') : entry.title,
    id: entryId(entry),
    link,
    date: new Date(entry.updatedAt),
    published: new Date(entry.publishedAt),
    // RSS and Atom summaries are HTML; JSON Feed's summary is text.
    description: format === 'json' ? entry.excerpt : escapeHtml(entry.excerpt),
    content: contentHtml(entry, channel),
  }
  if (format === 'rss') {
    base.guid = entryId(entry)
    base.category = [...entry.tags.map((t) => ({ name: t.name, domain: channel.tagUrl(t) })), ...(entry.sponsored ? [{ name: sponsoredLabel }] : [])]
    // RSS's <author> holds an e-mail address; bylines go in dc:creator, as WordPress writes them.
    if (entry.authors.length > 0) base.extensions = [{ name: 'dc:creator', objects: entry.authors.map((a) => ({ _text: a.name })) as unknown as Record<string, unknown> }]
    const type = image ? imageType(image) : null
    if (image && type) base.enclosure = { url: image, type, length: 0 }
  } else if (format === 'atom') {
    base.author = entry.authors.map((a) => ({ name: a.name, link: channel.authorUrl(a) }))
    // xml-js escapes only quotes in attributes: a "<" in a name would break the document.
    base.category = [
      ...entry.tags.map((t) => ({ term: t.slug, name: t.name.includes('<') ? undefined : t.name, scheme: `${channel.siteUrl}/tag/` })),
      ...(entry.sponsored ? [{ term: 'sponsored', name: sponsoredLabel.includes('<') ? undefined : sponsoredLabel }] : []),
    ]
  } else {
    base.category = [...entry.tags.map((t) => ({ name: t.name })), ...(entry.sponsored ? [{ name: sponsoredLabel }] : [])]
    if (image) base.image = image
  }
  return base
}

/**
 * The library writes JSON Feed 1.0. Version 1.1 adds `authors` (every author, not only the
 * first; the 1.0 `author` stays for older readers) and `language`; `_newsdesk` is a JSON Feed
 * extension object that marks sponsored items for machines.
 */
function toJsonFeed11(json: string, channel: FeedChannel, entries: FeedEntry[]): string {
  const parsed = JSON.parse(json) as { items: Record<string, unknown>[] } & Record<string, unknown>
  // Spreading keeps the keys where they were: "version" stays first.
  const upgraded: Record<string, unknown> = { ...parsed, version: 'https://jsonfeed.org/version/1.1', language: channel.language, authors: [{ name: channel.siteName, url: `${channel.siteUrl}/` }] }
  upgraded.items = parsed.items.map((jsonItem, index) => {
    const entry = entries[index]
    if (!entry) return jsonItem
    const authors = entry.authors.map((a) => ({ name: a.name, url: channel.authorUrl(a) }))
    const sponsored = entry.sponsored ? { _newsdesk: { sponsored: true, sponsor: entry.sponsor } } : {}
    return { ...jsonItem, authors, ...sponsored }
  })
  return JSON.stringify(upgraded)
}

export function renderFeed(format: FeedFormat, channel: FeedChannel, entries: FeedEntry[]): string {
  const updated = entries.reduce((latest, e) => Math.max(latest, e.updatedAt), 0) || channel.now
  const feed = new Feed({
    id: channel.homeUrl,
    title: channel.title,
    description: channel.description,
    link: channel.homeUrl,
    language: channel.language,
    updated: new Date(updated),
    generator: 'Newsdesk',
    feedLinks: channel.feedUrls,
    // Atom entries without an author of their own fall back to the feed's.
    author: { name: channel.siteName, link: `${channel.siteUrl}/` },
  })
  for (const entry of entries) feed.addItem(item(entry, channel, format))
  if (format === 'json') return toJsonFeed11(feed.json1(), channel, entries)
  return stripInvalidXml(format === 'rss' ? feed.rss2() : feed.atom1())
}
