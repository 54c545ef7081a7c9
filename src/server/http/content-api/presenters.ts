/**
 * Our content in Ghost 5's shapes, field for field (spec §3): posts and pages, tags, authors,
 * settings. Fields Ghost has and we keep no data for are null; every URL is absolute and points
 * at the public site; dates carry the newsroom's UTC offset.
 */
import type { Config } from '../../config/index.js'
import type { ContentArticle, ContentAuthorRow, ContentTagRow } from '../../modules/content-api/index.js'
import type { SiteSettings } from '../../modules/settings/index.js'
import { isoWithOffsetMs } from '../../../shared/dates.js'
import { RawJson } from '../bytes.js'
import { messages } from '../../../shared/i18n/index.js'

export interface PresentContext {
  siteUrl: string
  locale: Config['locale']
}

/** `2026-03-01T10:00:00.000+01:00`: ISO 8601 in Europe/Amsterdam, as Ghost answers in its site timezone. */
export function ghostDate(epochMs: number | null): string | null {
  if (epochMs === null) return null
  // Kept: a list of 15 posts writes 45 dates, and the same posts are asked for again and again.
  let text = ghostDates.get(epochMs)
  if (text === undefined) {
    if (ghostDates.size >= 20_000) ghostDates.clear()
    text = isoWithOffsetMs(epochMs)
    ghostDates.set(epochMs, text)
  }
  return text
}

const ghostDates = new Map<number, string>()

function absolute(siteUrl: string, url: string | null): string | null {
  if (url === null || url === '') return null
  return url.startsWith('/') && !url.startsWith('//') ? `${siteUrl}${url}` : url
}

/** Relative src, href and srcset addresses in stored HTML become absolute (clients show it off-site). */
export function absoluteHtml(html: string, siteUrl: string): string {
  // Most posts have no relative address at all: two scans of the text instead of two replaces.
  if (!html.includes('="/') && !html.includes('srcset=')) return html
  return html
    .replace(/(\s(?:src|href))="\/(?!\/)/g, (_m, attribute: string) => `${attribute}="${siteUrl}/`)
    .replace(/(\ssrcset=")([^"]*)"/g, (_m, start: string, list: string) => `${start}${list.replace(/(^|,\s*)\/(?!\/)/g, (_x, sep: string) => `${sep}${siteUrl}/`)}"`)
}

const emptyToNull = (value: string | null | undefined): string | null => (value === undefined || value === null || value.trim() === '' ? null : value)

export function presentTag(tag: ContentTagRow, ctx: PresentContext, posts: number | null = null) {
  return {
    id: tag.id,
    name: tag.name,
    slug: tag.slug,
    description: emptyToNull(tag.description),
    feature_image: null,
    visibility: tag.visibility,
    og_image: null,
    og_title: null,
    og_description: null,
    twitter_image: null,
    twitter_title: null,
    twitter_description: null,
    meta_title: emptyToNull(tag.seoTitle),
    meta_description: emptyToNull(tag.seoDescription),
    codeinjection_head: null,
    codeinjection_foot: null,
    canonical_url: null,
    accent_color: null,
    url: `${ctx.siteUrl}/${messages(ctx.locale).routes.tag}/${tag.slug}/`,
    ...(posts === null ? {} : { count: { posts } }),
  }
}

export function presentAuthor(author: ContentAuthorRow, ctx: PresentContext, posts: number | null = null) {
  return {
    id: author.id,
    name: author.name,
    slug: author.slug,
    profile_image: absolute(ctx.siteUrl, author.profileImage),
    cover_image: null,
    bio: emptyToNull(author.bio),
    website: emptyToNull(author.website),
    location: null,
    facebook: null,
    twitter: null,
    threads: null,
    bluesky: null,
    mastodon: null,
    tiktok: null,
    youtube: null,
    instagram: null,
    linkedin: null,
    meta_title: null,
    meta_description: null,
    url: `${ctx.siteUrl}/${messages(ctx.locale).routes.author}/${author.slug}/`,
    ...(posts === null ? {} : { count: { posts } }),
  }
}

export interface ArticleFormats {
  html: boolean
  plaintext: boolean
}

/**
 * Presented tags and authors, and their JSON, kept by row: a list of 15 posts names the same few
 * tags and people again and again, and writing the same tag out 30 times cost more than all of a
 * post's own fields. The content service keeps those rows until a tag or person changes (then it
 * reads new ones), so one memo serves every answer, and what it holds for a replaced row goes
 * with that row.
 */
export interface PresentMemo {
  tags: WeakMap<ContentTagRow, ReturnType<typeof presentTag>>
  authors: WeakMap<ContentAuthorRow, ReturnType<typeof presentAuthor>>
  json: WeakMap<object, string>
}

export const presentMemo = (): PresentMemo => ({ tags: new WeakMap(), authors: new WeakMap(), json: new WeakMap() })

function memoised<T extends object, P>(memo: WeakMap<T, P>, item: T, present: (item: T) => P): P {
  let presented = memo.get(item)
  if (presented === undefined) {
    presented = present(item)
    memo.set(item, presented)
  }
  return presented
}

function jsonOf(memo: PresentMemo, value: object): string {
  let text = memo.json.get(value)
  if (text === undefined) {
    text = JSON.stringify(value)
    memo.json.set(value, text)
  }
  return text
}

/**
 * A post's HTML as JSON text. The database writes the stored HTML as a JSON string (cheaper than
 * JSON.stringify here, and the same bytes); only when it holds relative addresses is it read back
 * and written again with them made absolute.
 */
export function htmlJson(quoted: string, siteUrl: string): string {
  if (!quoted.includes('=\\"/') && !quoted.includes('srcset=')) return quoted
  return JSON.stringify(absoluteHtml(JSON.parse(quoted) as string, siteUrl))
}

// The fields are assigned one by one, in Ghost's order: this runs for every post of every uncached list.
// A post is its identity (id … slug), its html, its facts (plaintext … canonical_url), its tags
// and authors, then its tail (url … the end).
function articleIdentity(article: ContentArticle): Record<string, unknown> {
  return { id: article.id, uuid: article.uuid, title: article.title, slug: article.slug }
}

function articleFacts(article: ContentArticle, ctx: PresentContext, formats: ArticleFormats): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (formats.plaintext && article.bodyText) out.plaintext = article.bodyText
  out.comment_id = article.id
  out.feature_image = absolute(ctx.siteUrl, article.featureImage)
  out.featured = article.featured === 1
  out.visibility = 'public'
  out.created_at = ghostDate(article.createdAt)
  out.updated_at = ghostDate(article.updatedAt)
  out.published_at = ghostDate(article.publishedAt)
  out.custom_excerpt = emptyToNull(article.standfirst)
  out.codeinjection_head = null
  out.codeinjection_foot = null
  out.custom_template = null
  out.canonical_url = emptyToNull(article.canonicalUrl)
  return out
}

function articleTail(article: ContentArticle, ctx: PresentContext, out: Record<string, unknown>): Record<string, unknown> {
  const isPost = article.type === 'article'
  out.url = `${ctx.siteUrl}/${article.slug}/`
  out.excerpt = article.excerpt
  out.reading_time = article.readingTime
  out.access = true
  out.comments = false
  out.og_image = null
  out.og_title = null
  out.og_description = null
  out.twitter_image = null
  out.twitter_title = null
  out.twitter_description = null
  out.meta_title = emptyToNull(article.seoTitle)
  out.meta_description = emptyToNull(article.seoDescription)
  if (isPost) out.email_subject = null
  out.frontmatter = null
  out.feature_image_alt = emptyToNull(article.featureImageAlt)
  out.feature_image_caption = emptyToNull(article.featureImageCaption)
  if (!isPost) out.show_title_and_feature_image = true
  return out
}

function relationsOf(article: ContentArticle, ctx: PresentContext, memo: PresentMemo) {
  const tags = article.tags?.map((t) => memoised(memo.tags, t, (tag) => presentTag(tag, ctx)))
  const authors = article.authors?.map((a) => memoised(memo.authors, a, (author) => presentAuthor(author, ctx)))
  return { tags, primaryTag: tags?.[0]?.visibility === 'public' ? tags[0] : null, authors, primaryAuthor: authors?.[0] ?? null }
}

export function presentArticle(article: ContentArticle, ctx: PresentContext, formats: ArticleFormats, memo: PresentMemo = presentMemo()): Record<string, unknown> {
  const out = articleIdentity(article)
  if (formats.html) out.html = article.bodyHtmlJson === undefined ? null : absoluteHtml(JSON.parse(article.bodyHtmlJson) as string, ctx.siteUrl)
  Object.assign(out, articleFacts(article, ctx, formats))
  const { tags, primaryTag, authors, primaryAuthor } = relationsOf(article, ctx, memo)
  if (tags) {
    out.tags = tags
    out.primary_tag = primaryTag
  }
  if (authors) {
    out.authors = authors
    out.primary_author = primaryAuthor
  }
  return articleTail(article, ctx, out)
}

/**
 * The same post as `presentArticle` (plus `extra` at the end), already as JSON, in pieces: the
 * identity, facts and tail are stringified, the HTML comes as the database wrote it, and the tags
 * and authors from the memo's JSON.
 */
export function articleJson(article: ContentArticle, ctx: PresentContext, formats: ArticleFormats, memo: PresentMemo, extra: Record<string, unknown> = {}): RawJson {
  const identity = JSON.stringify(articleIdentity(article))
  const html = !formats.html ? '' : article.bodyHtmlJson === undefined ? ',"html":null' : `,"html":${htmlJson(article.bodyHtmlJson, ctx.siteUrl)}`
  const facts = JSON.stringify(articleFacts(article, ctx, formats))
  const tail = JSON.stringify(Object.assign(articleTail(article, ctx, {}), extra))
  const { tags, primaryTag, authors, primaryAuthor } = relationsOf(article, ctx, memo)
  let middle = ''
  if (tags) middle += `,"tags":[${tags.map((t) => jsonOf(memo, t)).join(',')}],"primary_tag":${primaryTag ? jsonOf(memo, primaryTag) : 'null'}`
  if (authors) middle += `,"authors":[${authors.map((a) => jsonOf(memo, a)).join(',')}],"primary_author":${primaryAuthor ? jsonOf(memo, primaryAuthor) : 'null'}`
  return new RawJson(identity.slice(0, -1), html, ',', facts.slice(1, -1), middle, ',', tail.slice(1))
}

/** Keeps only the named top-level fields (Ghost's `fields`); relations asked for by `include` stay. */
export function pickFields(object: Record<string, unknown>, fields: ReadonlySet<string> | null, keep: readonly string[] = []): Record<string, unknown> {
  if (!fields) return object
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(object)) if (fields.has(key) || keep.includes(key)) out[key] = value
  return out
}

/** Ghost's settings object: every key it has, ours filled in, the rest null or off. */
export function presentSettings(settings: SiteSettings, config: Pick<Config, 'siteName' | 'siteUrl' | 'locale'>, version: string) {
  const locale = settings.locale ?? config.locale
  return {
    title: settings.siteName ?? config.siteName,
    description: settings.description === '' ? null : settings.description,
    logo: null,
    icon: `${config.siteUrl}/icon-192.png`,
    accent_color: null,
    cover_image: null,
    facebook: null,
    twitter: null,
    lang: locale,
    locale,
    timezone: 'Europe/Amsterdam',
    codeinjection_head: null,
    codeinjection_foot: null,
    navigation: settings.navigation.map((slug) => ({ label: slug, url: `/${messages(config.locale).routes.tag}/${slug}/` })),
    secondary_navigation: [],
    meta_title: null,
    meta_description: null,
    og_image: null,
    og_title: null,
    og_description: null,
    twitter_image: null,
    twitter_title: null,
    twitter_description: null,
    members_support_address: 'noreply',
    members_enabled: false,
    donations_enabled: false,
    allow_self_signup: false,
    members_invite_only: false,
    members_signup_access: 'none',
    paid_members_enabled: false,
    firstpromoter_account: null,
    portal_button_style: 'icon-and-text',
    portal_button_signup_text: 'Subscribe',
    portal_button_icon: null,
    portal_signup_terms_html: null,
    portal_signup_checkbox_required: false,
    portal_plans: ['free'],
    portal_default_plan: 'yearly',
    portal_name: true,
    portal_button: false,
    comments_enabled: 'off',
    recommendations_enabled: false,
    outbound_link_tagging: false,
    default_email_address: null,
    support_email_address: null,
    editor_default_email_recipients: 'disabled',
    labs: {},
    site_uuid: null,
    url: `${config.siteUrl}/`,
    version,
  }
}
