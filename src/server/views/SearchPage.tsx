import { formatShortDate } from '../../shared/dates.js'
import { Layout, type SiteChrome } from './Layout.js'
import { Pagination, Picture, type ArticleCard, type PaginationView } from './parts.js'

export interface SearchResultView {
  card: ArticleCard
  /** Escaped HTML with matched words in <mark> (built by the search module, never from input as is). */
  titleHtml: string
  snippetHtml: string
}

export interface SearchPageModel {
  site: SiteChrome
  /** The query as read; empty when nothing was asked yet. */
  query: string
  results: SearchResultView[]
  total: number
  capped: boolean
  pagination: PaginationView
}

/** /zoeken/: the search field, the results with highlighted snippets, pages, and help when nothing was found. */
export function SearchPage({ site, query, results, total, capped, pagination }: SearchPageModel) {
  const { t } = site
  const heading = query ? t.site.searchResultsFor(query) : t.site.search
  return (
    <Layout site={site} title={`${heading} - ${site.name}`} description={t.site.searchDescription(site.name)} noindex query={query} prev={pagination.newer} next={pagination.older}>
      <header class="list-head">
        <h1>{heading}</h1>
        <form class="search search-page" role="search" action={site.searchPath} method="get">
          <label class="sr" for="zoekveld">
            {t.site.searchLabel}
          </label>
          <input id="zoekveld" name="q" type="search" value={query} placeholder={t.site.searchPlaceholder} maxLength={200} autocomplete="off" />
          <button type="submit">{t.site.search}</button>
        </form>
        {query && total > 0 ? <p class="meta" role="status">{t.site.searchCount(total, capped)}</p> : null}
      </header>
      {!query ? <p>{t.site.searchAsk}</p> : null}
      {query && total === 0 ? (
        <section class="search-help" role="status">
          <p>
            <strong>{t.site.searchNothing(query)}</strong>
          </p>
          <h2>{t.site.searchTipsTitle}</h2>
          <ul>
            {t.site.searchTips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ol class="list results">
        {results.map(({ card, titleHtml, snippetHtml }, i) => (
          <li key={card.path}>
            <article class="card">
              {card.image ? <Picture image={card.image} sizes="(max-width: 640px) 120px, 240px" eager={i < 2} /> : <span class="noimg" />}
              <div>
                {card.sponsored ? (
                  <span class="label-sponsored">{t.site.sponsored}</span>
                ) : card.primaryTag ? (
                  <a class="kicker" href={card.primaryTag.path}>
                    {card.primaryTag.name}
                  </a>
                ) : null}
                <h2>
                  <a href={card.path} dangerouslySetInnerHTML={{ __html: titleHtml }} />
                </h2>
                <p class="snippet" dangerouslySetInnerHTML={{ __html: snippetHtml }} />
                <time class="meta" dateTime={new Date(card.publishedAt).toISOString()}>
                  {formatShortDate(card.publishedAt, t.lang)}
                </time>
              </div>
            </article>
          </li>
        ))}
      </ol>
      <Pagination pagination={pagination} t={t} />
    </Layout>
  )
}
