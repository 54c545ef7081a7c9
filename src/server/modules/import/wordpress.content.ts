/**
 * WordPress post content → HTML the document converter takes. WordPress stores classic posts
 * without paragraphs (its `wpautop` adds them when showing a post) and keeps shortcodes in the
 * text; block posts carry `<!-- wp:… -->` comments around ordinary HTML. Here paragraphs are made
 * the way wpautop makes them, captions become figures, embeds and bare post URLs stay on lines
 * of their own (the converter turns those into embed cards), galleries become images, and every
 * other shortcode is dropped and counted — never left in the text as raw brackets.
 */

export interface WpAttachment {
  url: string
  alt: string
  caption: string
  parent: string
}

export interface WpContent {
  html: string
  /** Shortcodes that had no place in the document, by name ('shortcode:contact-form-7'). */
  dropped: Record<string, number>
}

/** Shortcodes WordPress core and common plugins register; anything in this list is never shown raw. */
const knownShortcodes = new Set([
  'caption', 'wp_caption', 'embed', 'gallery', 'audio', 'video', 'playlist',
  'contact-form', 'contact-form-7', 'gravityform', 'gravityforms', 'wpforms', 'ninja_form', 'mc4wp_form',
  'vc_row', 'vc_column', 'vc_column_text', 'vc_single_image', 'et_pb_section', 'et_pb_row', 'et_pb_column', 'et_pb_text',
  'su_button', 'su_note', 'button', 'column', 'one_half', 'one_third', 'one_half_last', 'one_third_last', 'row', 'col', 'tabs', 'tab', 'accordion', 'toggle',
  'googlemaps', 'google_map', 'soundcloud', 'spotify', 'youtube', 'vimeo', 'tweet', 'twitter', 'instagram', 'ad', 'adsense', 'adrotate',
  'table', 'id', 'toc', 'ez-toc', 'shortcode', 'product', 'products', 'add_to_cart', 'recent_posts', 'related_posts', 'sitemap', 'wpdatatable',
])

const blockTags = 'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|script|video|audio|object|embed|noscript'
const startsWithBlock = new RegExp(`^<(?:${blockTags})[\\s/>]`, 'i')
const preBlocks = /<pre[\s>][\s\S]*?<\/pre>/gi

/** Attributes of a shortcode: key="value", key='value', key=value. */
function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))/g)) {
    out[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? ''
  }
  return out
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')

function figure(src: string, alt: string, caption: string): string {
  return `\n\n<figure><img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}">${caption ? `<figcaption>${escapeText(caption)}</figcaption>` : ''}</figure>\n\n`
}

/** Replaces the shortcodes in `content`; `postId` finds a gallery's images when it names none. */
function replaceShortcodes(content: string, postId: string, attachments: ReadonlyMap<string, WpAttachment>, drop: (name: string) => void): string {
  // Enclosing first ([caption]…[/caption]), then self-closing; names are matched case-insensitively.
  let text = content.replace(/\[([a-z][\w-]*)([^\]]*)\]([\s\S]*?)\[\/\1\]/gi, (whole, rawName: string, attrs: string, inner: string) => {
    const name = rawName.toLowerCase()
    if (name === 'caption' || name === 'wp_caption') {
      const a = attributes(attrs)
      const image = inner.match(/<img\b[^>]*>/i)?.[0]
      const caption = (a.caption ?? inner.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/gi, '')).replace(/<[^>]+>/g, '').trim()
      if (!image) return caption ? `\n\n${caption}\n\n` : ''
      return `\n\n<figure>${image}${caption ? `<figcaption>${escapeText(caption)}</figcaption>` : ''}</figure>\n\n`
    }
    if (name === 'embed') return `\n\n${inner.trim()}\n\n`
    if (name === 'video' || name === 'audio' || name === 'playlist') {
      drop(name)
      return ''
    }
    if (knownShortcodes.has(name)) {
      drop(name)
      // Layout shortcodes wrap real text: keep what is inside, without the brackets.
      return /^(vc_|et_pb_|su_note|column|one_|row|col|tabs?|accordion|toggle)/.test(name) ? `\n\n${inner}\n\n` : ''
    }
    return whole
  })
  text = text.replace(/\[([a-z][\w-]*)((?:\s[^\]]*)?)\/?\]/gi, (whole, rawName: string, attrs: string) => {
    const name = rawName.toLowerCase()
    if (name === 'gallery') {
      const a = attributes(attrs)
      const ids = a.ids ? a.ids.split(',').map((id) => id.trim()) : [...attachments].filter(([, att]) => att.parent === postId).map(([id]) => id)
      const images = ids.map((id) => attachments.get(id)).filter((att): att is WpAttachment => att !== undefined)
      if (images.length === 0) drop('gallery')
      return images.map((att) => figure(att.url, att.alt, att.caption)).join('')
    }
    if (name === 'embed' && attributes(attrs).url) return `\n\n${attributes(attrs).url}\n\n`
    // Unknown bracketed words ("[sic]", "[1]") are text; shortcode syntax or a known name is not.
    if (knownShortcodes.has(name) || /=/.test(attrs) || name.startsWith('/')) {
      drop(name)
      return ''
    }
    return whole
  })
  // Closing tags of layout shortcodes whose opening tag was not paired.
  return text.replace(/\[\/([a-z][\w-]*)\]/gi, (whole, rawName: string) => {
    const name = rawName.toLowerCase()
    if (!knownShortcodes.has(name)) return whole
    drop(name)
    return ''
  })
}

/**
 * WordPress's wpautop in its essentials: blank lines separate paragraphs, single newlines inside a
 * paragraph are line breaks, and blocks that are already HTML blocks are left alone.
 */
export function autop(text: string): string {
  if (text.trim() === '') return ''
  const pres: string[] = []
  const protectedText = text.replace(preBlocks, (block) => {
    pres.push(block)
    return `\u0000${pres.length - 1}\u0000`
  })
  const normalised = protectedText
    .replace(/\r\n?/g, '\n')
    // Block tags on their own lines, so they become chunks of their own.
    .replace(new RegExp(`(<(?:${blockTags})[\\s/>])`, 'gi'), '\n\n$1')
    .replace(new RegExp(`(</(?:${blockTags})>)`, 'gi'), '$1\n\n')
  const chunks = normalised.split(/\n\s*\n/).map((chunk) => chunk.trim()).filter(Boolean)
  const html = chunks
    .map((chunk) => {
      if (startsWithBlock.test(chunk) || /^<\/(?:[a-z0-9]+)>$/i.test(chunk) || /^\u0000\d+\u0000$/.test(chunk)) return chunk
      return `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`
    })
    .join('\n')
  return html.replace(/\u0000(\d+)\u0000/g, (_, i: string) => pres[Number(i)] ?? '')
}

const isBlockContent = (content: string): boolean => content.includes('<!-- wp:')

export function wordpressContent(content: string, postId: string, attachments: ReadonlyMap<string, WpAttachment>): WpContent {
  const dropped: Record<string, number> = {}
  const drop = (name: string) => {
    const key = `shortcode:${name}`
    dropped[key] = (dropped[key] ?? 0) + 1
  }
  const replaced = replaceShortcodes(content, postId, attachments, drop)
  // Block content is already HTML; its comments are dropped by the converter. Classic content needs paragraphs.
  const html = isBlockContent(replaced) ? replaced.replace(/<!--[\s\S]*?-->/g, '\n') : autop(replaced)
  return { html, dropped }
}
