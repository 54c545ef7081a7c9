import type { PageAds } from './AdSlot.js'
import { Layout, type SiteChrome } from './Layout.js'
import { Card, type ArticleCard } from './parts.js'

export interface MostReadPageModel {
  site: SiteChrome
  canonical: string
  /** The windows to switch between, the current one marked. */
  windows: { label: string; href: string; current: boolean }[]
  items: { card: ArticleCard; views: number }[]
  ads?: PageAds | null
}

/** "Meest gelezen" over 24 hours, 7 or 30 days, with the counted views. */
export function MostReadPage({ site, canonical, windows, items, ads }: MostReadPageModel) {
  const { t } = site
  const current = windows.find((w) => w.current)?.label ?? ''
  return (
    <Layout site={site} title={`${t.site.mostRead} (${current}) - ${site.name}`} description={t.site.mostReadIntro} canonical={canonical} meta={{ type: 'website' }} ads={ads}>
      <header class="list-head">
        <h1>{t.site.mostRead}</h1>
        <p class="standfirst">{t.site.mostReadIntro}</p>
      </header>
      <ul class="windows">
        {windows.map((w) => (
          <li key={w.href}>
            {w.current ? (
              <span aria-current="page">{w.label}</span>
            ) : (
              <a href={w.href} rel="nofollow">
                {w.label}
              </a>
            )}
          </li>
        ))}
      </ul>
      {items.length === 0 ? <p>{t.site.listEmpty}</p> : null}
      <ol class="list" style="list-style:none;padding:0;margin:0">
        {items.map(({ card, views }, i) => (
          <li key={card.path}>
            <Card card={card} t={t} level={2} eager={i < 2} />
            <span class="views">{t.site.views(views)}</span>
          </li>
        ))}
      </ol>
    </Layout>
  )
}
