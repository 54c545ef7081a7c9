import type { PageAds } from './AdSlot.js'
import { Layout, type PageMeta, type SiteChrome } from './Layout.js'
import { Card, Pagination, type ArticleCard, type PaginationView } from './parts.js'

export interface ListPageModel {
  site: SiteChrome
  /** The visible heading ("Bitcoin", "Artikelen van Daan Hoekstra", "Al het nieuws"). */
  heading: string
  documentTitle: string
  intro: string | null
  description: string
  canonical: string
  cards: ArticleCard[]
  pagination: PaginationView
  meta?: PageMeta
  jsonLd?: object[]
  ads?: PageAds | null
}

/** Tag, author and archive pages: a list of stories with numbered pages, deeper ones by cursor. */
export function ListPage(model: ListPageModel) {
  const { site } = model
  const { t } = site
  return (
    <Layout
      site={site}
      title={model.documentTitle}
      description={model.description}
      canonical={model.canonical}
      meta={model.meta}
      jsonLd={model.jsonLd}
      prev={model.pagination.newer}
      next={model.pagination.older}
      ads={model.ads}
    >
      <header class="list-head">
        <h1>{model.heading}</h1>
        {model.intro ? <p class="standfirst">{model.intro}</p> : null}
      </header>
      {model.cards.length === 0 ? <p>{t.site.listEmpty}</p> : null}
      <div class="list">
        {model.cards.map((card, i) => (
          <Card key={card.path} card={card} t={t} eager={i < 2} level={2} />
        ))}
      </div>
      <Pagination pagination={model.pagination} t={t} />
    </Layout>
  )
}
