import type { ComponentChildren } from 'preact'
import type { Messages } from '../../shared/i18n/index.js'
import { siteCss } from './styles.js'

export interface SiteChrome {
  name: string
  url: string
  t: Messages
  /** Footer links: the static pages. */
  pages: { title: string; path: string }[]
  breaking: { title: string; path: string } | null
}

export interface LayoutProps {
  site: SiteChrome
  title: string
  description?: string
  canonical?: string
  noindex?: boolean
  children: ComponentChildren
}

/** The frame of every public page: header, breaking bar, main, footer. */
export function Layout({ site, title, description, canonical, noindex, children }: LayoutProps) {
  return (
    <html lang={site.t.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {description ? <meta name="description" content={description} /> : null}
        {canonical ? <link rel="canonical" href={canonical} /> : null}
        {noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <style dangerouslySetInnerHTML={{ __html: siteCss }} />
      </head>
      <body>
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href="/">
              {site.name}
            </a>
          </div>
        </header>
        {site.breaking ? (
          <div class="breaking" role="status">
            <div class="wrap">
              <strong>{site.t.site.breaking}:</strong> <a href={site.breaking.path}>{site.breaking.title}</a>
            </div>
          </div>
        ) : null}
        <main class="wrap">{children}</main>
        <footer class="site-footer">
          <div class="wrap">
            <ul>
              {site.pages.map((page) => (
                <li key={page.path}>
                  <a href={page.path}>{page.title}</a>
                </li>
              ))}
            </ul>
            <p>
              © {new Date().getFullYear()} {site.name}
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
