import { formatShortDate } from '../../shared/dates.js'
import { Layout, type SiteChrome } from './Layout.js'

export interface ArticleCard {
  title: string
  path: string
  excerpt: string
  publishedAt: number
  primaryTag: { name: string; path: string } | null
  image: { src: string; alt: string } | null
  sponsored: boolean
}

export interface HomePageModel {
  site: SiteChrome
  description: string
  articles: ArticleCard[]
}

/** The plain home page: the latest articles, newest first. */
export function HomePage({ site, description, articles }: HomePageModel) {
  const { t } = site
  return (
    <Layout site={site} title={site.name} description={description} canonical={`${site.url}/`}>
      <h1>{t.site.latestNews}</h1>
      {articles.length === 0 ? <p>{t.site.noArticles}</p> : null}
      <ol class="list">
        {articles.map((a, i) => (
          <li class="card" key={a.path}>
            {a.image ? <img src={a.image.src} alt={a.image.alt} width={400} height={225} loading={i < 4 ? 'eager' : 'lazy'} decoding="async" /> : <span />}
            <div>
              {a.primaryTag ? (
                <ul class="tags">
                  <li>
                    <a href={a.primaryTag.path}>{a.primaryTag.name}</a>
                  </li>
                </ul>
              ) : null}
              <h2>
                <a href={a.path}>{a.title}</a>
              </h2>
              <p>
                {a.sponsored ? <span class="label-sponsored">{t.site.sponsored}</span> : null} {a.excerpt}
              </p>
              <time class="meta" dateTime={new Date(a.publishedAt).toISOString()}>
                {formatShortDate(a.publishedAt, t.lang)}
              </time>
            </div>
          </li>
        ))}
      </ol>
    </Layout>
  )
}
