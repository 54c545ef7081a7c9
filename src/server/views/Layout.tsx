import type { ComponentChildren } from 'preact'
import type { Messages } from '../../shared/i18n/index.js'
import { siteCss } from './styles.js'
import { AdMarker, type PageAds } from './AdSlot.js'

export interface SiteChrome {
  name: string
  url: string
  t: Messages
  description: string
  /** The sections chosen in settings, in order. */
  nav: { name: string; path: string }[]
  /** Footer links: the static pages. */
  pages: { title: string; path: string }[]
  breaking: { title: string; path: string } | null
  searchPath: string
  /** "Bekijk de app": shown when settings have its text. */
  app: { title: string; text: string; appStoreId: string | null; playStoreId: string | null } | null
}

/** What search engines and social networks read from the head. */
export interface PageMeta {
  type: 'website' | 'article'
  image?: { url: string; width?: number; height?: number; alt: string } | null
  publishedTime?: string
  modifiedTime?: string
  section?: string | null
  tags?: string[]
}

export interface LayoutProps {
  site: SiteChrome
  title: string
  description?: string
  canonical?: string
  noindex?: boolean
  meta?: PageMeta
  /** Structured data, one script element each. */
  jsonLd?: object[]
  prev?: string | null
  next?: string | null
  /** What the header's search box shows (the search page fills in the query). */
  query?: string
  /** Ad placements, filled per response (the leaderboard goes under the header). */
  ads?: PageAds | null
  children: ComponentChildren
}

/** JSON for a script element: `<` escaped so no text can close the element. */
function scriptJson(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

function Head({ site, title, description, canonical, noindex, meta, jsonLd, prev, next }: Omit<LayoutProps, 'children' | 'query' | 'ads'>) {
  const ogLocale = site.t.lang === 'nl' ? 'nl_NL' : 'en_GB'
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      {description ? <meta name="description" content={description} /> : null}
      {canonical ? <link rel="canonical" href={canonical} /> : null}
      {prev ? <link rel="prev" href={prev} /> : null}
      {next ? <link rel="next" href={next} /> : null}
      <meta name="robots" content={noindex ? 'noindex, nofollow' : 'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1'} />
      <meta name="color-scheme" content="light dark" />
      <meta name="theme-color" content="#0b5cff" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="apple-touch-icon" href="/icon-192.png" />
      <link rel="manifest" href="/manifest.webmanifest" />
      <link rel="alternate" type="application/rss+xml" title={site.name} href={`${site.url}/feed/`} />
      <link rel="search" type="application/opensearchdescription+xml" title={site.name} href="/opensearch.xml" />
      {site.app?.appStoreId ? <meta name="apple-itunes-app" content={`app-id=${site.app.appStoreId}`} /> : null}
      {meta ? (
        <>
          <meta property="og:type" content={meta.type} />
          <meta property="og:site_name" content={site.name} />
          <meta property="og:locale" content={ogLocale} />
          <meta property="og:title" content={title} />
          {description ? <meta property="og:description" content={description} /> : null}
          {canonical ? <meta property="og:url" content={canonical} /> : null}
          {meta.image ? <meta property="og:image" content={meta.image.url} /> : null}
          {meta.image?.width ? <meta property="og:image:width" content={String(meta.image.width)} /> : null}
          {meta.image?.height ? <meta property="og:image:height" content={String(meta.image.height)} /> : null}
          {meta.image ? <meta property="og:image:alt" content={meta.image.alt} /> : null}
          {meta.publishedTime ? <meta property="article:published_time" content={meta.publishedTime} /> : null}
          {meta.modifiedTime ? <meta property="article:modified_time" content={meta.modifiedTime} /> : null}
          {meta.section ? <meta property="article:section" content={meta.section} /> : null}
          {(meta.tags ?? []).map((tag) => (
            <meta key={tag} property="article:tag" content={tag} />
          ))}
          <meta name="twitter:card" content={meta.image ? 'summary_large_image' : 'summary'} />
          <meta name="twitter:title" content={title} />
          {description ? <meta name="twitter:description" content={description} /> : null}
          {meta.image ? <meta name="twitter:image" content={meta.image.url} /> : null}
        </>
      ) : null}
      <style dangerouslySetInnerHTML={{ __html: siteCss }} />
      {(jsonLd ?? []).map((data, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(data) }} />
      ))}
    </head>
  )
}

/** The frame of every public page: skip link, header with sections and search, breaking bar, main, footer. */
export function Layout(props: LayoutProps) {
  const { site, children } = props
  const { t } = site
  return (
    <html lang={t.lang}>
      <Head {...props} />
      <body>
        <a class="skip" href="#inhoud">
          {t.site.skipToContent}
        </a>
        <header class="site-header">
          <div class="wrap bar">
            <a class="site-name" href="/">
              {site.name}
            </a>
            <form class="search" role="search" action={site.searchPath} method="get">
              <label class="sr" for="q">
                {t.site.searchLabel}
              </label>
              <input id="q" name="q" type="search" value={props.query} placeholder={t.site.searchPlaceholder} maxLength={200} autocomplete="off" />
              <button type="submit">{t.site.search}</button>
            </form>
          </div>
          {site.nav.length > 0 ? (
            <nav class="sections" aria-label={t.site.menu}>
              <ul class="wrap">
                {site.nav.map((item) => (
                  <li key={item.path}>
                    <a href={item.path}>{item.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </header>
        {site.breaking ? (
          <div class="breaking" role="status">
            <div class="wrap">
              <strong>{t.site.breaking}:</strong> <a href={site.breaking.path}>{site.breaking.title}</a>
            </div>
          </div>
        ) : null}
        <AdMarker marker={props.ads?.top} />
        <main id="inhoud" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <nav aria-label={t.site.footerAbout}>
              <ul>
                {site.pages.map((page) => (
                  <li key={page.path}>
                    <a href={page.path}>{page.title}</a>
                  </li>
                ))}
                <li>
                  <a href="/feed/">RSS</a>
                </li>
              </ul>
            </nav>
            <p>
              © {new Date().getFullYear()} {site.name}
              {site.description ? ` — ${site.description}` : ''}
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
