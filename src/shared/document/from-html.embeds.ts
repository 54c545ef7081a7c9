/**
 * Recognises posts on social networks in imported HTML: a bare post URL, a YouTube iframe, or the
 * blockquote a network's "embed code" produces. URLs are rebuilt from the parts we understand, so
 * nothing but a canonical https address on the provider's own host reaches the document.
 */
import type { Element } from 'domhandler'
import type { EmbedNode, EmbedProvider } from './schema.js'
import { clip, collapse, descendants, plainText } from './from-html.dom.js'

interface PostUrl {
  provider: EmbedProvider
  url: string
  handle: string | null
}

/** The canonical post URL for an address on a network we can show as a card, or null. */
export function embedFromUrl(raw: string): PostUrl | null {
  let url: URL
  try {
    url = new URL(raw.trim().replace(/^\/\//, 'https://'))
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const host = url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '')
  const path = url.pathname
  let m: RegExpMatchArray | null
  if (host === 'twitter.com' || host === 'x.com') {
    if ((m = path.match(/^\/(\w{1,15})\/status(?:es)?\/(\d{1,25})(?:\/|$)/))) {
      return { provider: 'x', url: `https://x.com/${m[1]}/status/${m[2]}`, handle: `@${m[1]}` }
    }
    return null
  }
  const youtubeId =
    host === 'youtube.com' || host === 'youtube-nocookie.com'
      ? path === '/watch'
        ? url.searchParams.get('v')
        : path.match(/^\/(?:embed|shorts|live|v)\/([^/]+)/)?.[1]
      : host === 'youtu.be'
        ? path.slice(1).split('/')[0]
        : null
  if (youtubeId) return /^[\w-]{6,20}$/.test(youtubeId) ? { provider: 'youtube', url: `https://www.youtube.com/watch?v=${youtubeId}`, handle: null } : null
  if (host === 'instagram.com' && (m = path.match(/^\/(p|reel|tv)\/([\w-]{1,40})(?:\/|$)/))) {
    return { provider: 'instagram', url: `https://www.instagram.com/${m[1]}/${m[2]}/`, handle: null }
  }
  if (host === 'tiktok.com' && (m = path.match(/^\/@([\w.-]{1,40})\/video\/(\d{1,25})(?:\/|$)/))) {
    return { provider: 'tiktok', url: `https://www.tiktok.com/@${m[1]}/video/${m[2]}`, handle: `@${m[1]}` }
  }
  if (host === 'bsky.app' && (m = path.match(/^\/profile\/([\w.:-]{1,100})\/post\/(\w{1,40})(?:\/|$)/))) {
    return { provider: 'bluesky', url: `https://bsky.app/profile/${m[1]}/post/${m[2]}`, handle: m[1]?.includes('.') ? `@${m[1]}` : null }
  }
  return null
}

export function embedNode(post: PostUrl, extra: { authorName?: string | null; text?: string | null; postedAt?: string | null } = {}): EmbedNode {
  return {
    type: 'embed',
    attrs: {
      provider: post.provider,
      url: post.url,
      authorName: clip(extra.authorName, 2_000),
      authorHandle: post.handle,
      text: clip(extra.text, 5_000),
      postedAt: extra.postedAt ?? null,
    },
  }
}

/** The class a network's embed code puts on its blockquote. */
const embedClasses: [RegExp, EmbedProvider][] = [
  [/\btwitter-(tweet|video)\b/, 'x'],
  [/\binstagram-media\b/, 'instagram'],
  [/\btiktok-embed\b/, 'tiktok'],
  [/\bbluesky-embed\b/, 'bluesky'],
]

/**
 * The card for a blockquote from a network's embed code, e.g. X's
 * `<blockquote class="twitter-tweet"><p>text</p>&mdash; Name (@handle) <a href=".../status/1">date</a></blockquote>`.
 * Null when it is an ordinary quote or names no post we recognise.
 */
export function embedFromBlockquote(el: Element): EmbedNode | null {
  const provider = embedClasses.find(([re]) => re.test(el.attribs.class ?? ''))?.[1]
  if (!provider) return null
  const ofProvider = (url: string | undefined): PostUrl | null => {
    const post = url ? embedFromUrl(url) : null
    return post?.provider === provider ? post : null
  }
  let post = ofProvider(el.attribs['data-instgrm-permalink']) ?? ofProvider(el.attribs.cite)
  let firstParagraph: Element | null = null
  let lastLink: Element | null = null
  for (const node of descendants(el)) {
    if (node.name === 'p' && !firstParagraph) firstParagraph = node
    const linked = node.name === 'a' ? ofProvider(node.attribs.href) : null
    // The last link to a post is the post itself; earlier ones may be quoted or replied-to posts.
    if (linked) [post, lastLink] = [linked, node]
  }
  if (!post) return null
  if (provider === 'instagram') return embedNode(post)
  const text = firstParagraph ? collapse(plainText(firstParagraph)) : null
  if (provider !== 'x') return embedNode(post, { text })
  // "— Name (@handle) November 20, 2026", after the tweet's paragraph.
  const byline = collapse(plainText(el, (node) => node === firstParagraph))
  const author = byline.match(/^[—–-]+\s*(.+?)\s*\((@\w{1,15})\)/)
  return embedNode(
    { ...post, handle: author?.[2] ?? post.handle },
    { text, authorName: author?.[1] ?? null, postedAt: lastLink ? parseDate(collapse(plainText(lastLink))) : null },
  )
}

/** English and Dutch month names and abbreviations, as X writes them in embed code. */
const months = new Map(
  ['january januari jan', 'february februari feb', 'march maart mar mrt', 'april apr', 'may mei', 'june juni jun', 'july juli jul', 'august augustus aug', 'september sep sept', 'october oktober oct okt', 'november nov', 'december dec']
    .flatMap((names, i) => names.split(' ').map((name) => [name, i + 1] as const)),
)

/** "November 20, 2026" or "20 nov. 2026" as 2026-11-20; null for anything else. */
function parseDate(value: string): string | null {
  const s = value.toLowerCase()
  const m = s.match(/^([a-z]+)\.? (\d{1,2}),? (\d{4})$/) ?? s.match(/^(\d{1,2}) ([a-z]+)\.?,? (\d{4})$/)
  if (!m?.[1] || !m[2]) return null
  const [name, day] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]]
  const month = months.get(name)
  if (!month || Number(day) < 1 || Number(day) > 31) return null
  return `${m[3]}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`
}
