/**
 * Our content in Ghost 5's shapes, field for field (spec §3): posts and pages, tags, authors,
 * settings. Fields Ghost has and we keep no data for are null; every URL is absolute and points
 * at the public site; dates carry the newsroom's UTC offset.
 */
import type { Config } from '../../config/index.js'
import type { ContentArticle, ContentAuthorRow, ContentTagRow } from '../../modules/content-api/index.js'
import type { SiteSettings } from '../../modules/settings/index.js'
import { offsetMinutes } from '../../../shared/dates.js'
import { messages } from '../../../shared/i18n/index.js'

export interface PresentContext {
  siteUrl: string
  locale: Config['locale']
}

/** `2026-03-01T10:00:00.000+01:00`: ISO 8601 in Europe/Amsterdam, as Ghost answers in its site timezone. */
export function ghostDate(epochMs: number | null): string | null {
  if (epochMs === null) return null
  const minutes = offsetMinutes(epochMs)
  const local = new Date(epochMs + minutes * 60_000).toISOString().slice(0, 23)
  const abs = Math.abs(minutes)
  return `${local}${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

function absolute(siteUrl: string, url: string | null): string | null {
  if (url === null || url === '') return null
  return url.startsWith('/') && !url.startsWith('//') ? `${siteUrl}${url}` : url
}

/** Relative src, href and srcset addresses in stored HTML become absolute (clients show it off-site). */
export function absoluteHtml(html: string, siteUrl: string): string {
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

export function presentArticle(article: ContentArticle, ctx: PresentContext, formats: ArticleFormats) {
  const isPost = article.type === 'article'
  const out: Record<string, unknown> = {
    id: article.id,
    uuid: article.uuid,
    title: article.title,
    slug: article.slug,
  }
  if (formats.html) out.html = article.bodyHtml === undefined ? null : absoluteHtml(article.bodyHtml, ctx.siteUrl)
  if (formats.plaintext && article.bodyText) out.plaintext = article.bodyText
  Object.assign(out, {
    comment_id: article.id,
    feature_image: absolute(ctx.siteUrl, article.featureImage),
    featured: article.featured === 1,
    visibility: 'public',
    created_at: ghostDate(article.createdAt),
    updated_at: ghostDate(article.updatedAt),
    published_at: ghostDate(article.publishedAt),
    custom_excerpt: emptyToNull(article.standfirst),
    codeinjection_head: null,
    codeinjection_foot: null,
    custom_template: null,
    canonical_url: emptyToNull(article.canonicalUrl),
  })
  if (article.tags) {
    const tags = article.tags.map((t) => presentTag(t, ctx))
    out.tags = tags
    out.primary_tag = tags[0]?.visibility === 'public' ? tags[0] : null
  }
  if (article.authors) {
    const authors = article.authors.map((a) => presentAuthor(a, ctx))
    out.authors = authors
    out.primary_author = authors[0] ?? null
  }
  Object.assign(out, {
    url: `${ctx.siteUrl}/${article.slug}/`,
    excerpt: article.excerpt,
    reading_time: article.readingTime,
    access: true,
    comments: false,
    og_image: null,
    og_title: null,
    og_description: null,
    twitter_image: null,
    twitter_title: null,
    twitter_description: null,
    meta_title: emptyToNull(article.seoTitle),
    meta_description: emptyToNull(article.seoDescription),
    ...(isPost ? { email_subject: null } : {}),
    frontmatter: null,
    feature_image_alt: emptyToNull(article.featureImageAlt),
    feature_image_caption: emptyToNull(article.featureImageCaption),
    ...(isPost ? {} : { show_title_and_feature_image: true }),
  })
  return out
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
