import { formatDateTime } from '../../shared/dates.js'
import { Layout, type SiteChrome } from './Layout.js'

export interface ArticlePageModel {
  site: SiteChrome
  type: 'article' | 'page'
  title: string
  standfirst: string | null
  description: string
  canonical: string
  tags: { name: string; path: string }[]
  authors: { name: string; path: string }[]
  publishedAt: number
  /** Shown when the article was changed well after publication. */
  updatedAt: number | null
  readingTime: number
  image: { src: string; alt: string; caption: string | null; credit: string | null } | null
  sponsor: { name: string; url: string | null } | null
  /** Rendered by the server from the validated editor document. */
  bodyHtml: string
  /** A signed preview of unpublished work: marked as such and kept out of search engines. */
  preview?: boolean
}

/** The plain article (or page) view. */
export function ArticlePage(model: ArticlePageModel) {
  const { site, sponsor } = model
  const { t } = site
  const iso = (ms: number) => new Date(ms).toISOString()
  return (
    <Layout site={site} title={`${model.title} - ${site.name}`} description={model.description} canonical={model.preview ? undefined : model.canonical} noindex={model.preview}>
      {model.preview ? (
        <p class="preview-notice" role="status">
          {t.site.preview}
        </p>
      ) : null}
      <article class="story">
        {model.tags.length > 0 ? (
          <ul class="tags">
            {model.tags.map((tag) => (
              <li key={tag.path}>
                <a href={tag.path}>{tag.name}</a>
              </li>
            ))}
          </ul>
        ) : null}
        {sponsor ? <span class="label-sponsored">{t.site.sponsored}</span> : null}
        <h1>{model.title}</h1>
        {model.standfirst ? <p class="standfirst">{model.standfirst}</p> : null}
        {model.type === 'article' ? (
          <p class="meta">
            {model.authors.length > 0 ? (
              <>
                {t.site.by}{' '}
                {model.authors.map((author, i) => (
                  <span key={author.path}>
                    {i > 0 ? (i === model.authors.length - 1 ? ` ${t.site.and} ` : ', ') : ''}
                    <a href={author.path}>{author.name}</a>
                  </span>
                ))}
                {' · '}
              </>
            ) : null}
            <time dateTime={iso(model.publishedAt)}>{formatDateTime(model.publishedAt, t.lang)}</time>
            {model.updatedAt ? (
              <>
                {' · '}
                {t.site.updated} <time dateTime={iso(model.updatedAt)}>{formatDateTime(model.updatedAt, t.lang)}</time>
              </>
            ) : null}
            {' · '}
            {t.site.readingTime(model.readingTime)}
          </p>
        ) : null}
        {sponsor ? (
          <p class="sponsor-note">
            {sponsor.url ? (
              <a href={sponsor.url} rel="sponsored noopener">
                {t.site.sponsoredBy(sponsor.name)}
              </a>
            ) : (
              t.site.sponsoredBy(sponsor.name)
            )}
          </p>
        ) : null}
        {model.image ? (
          <figure class="feature">
            <img src={model.image.src} alt={model.image.alt} width={1200} height={675} fetchpriority="high" decoding="async" />
            {model.image.caption || model.image.credit ? (
              <figcaption>
                {model.image.caption} {model.image.credit ? <span class="credit">{model.image.credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <div class="body" dangerouslySetInnerHTML={{ __html: model.bodyHtml }} />
        <p>
          <a href="/">{t.site.moreNews} →</a>
        </p>
      </article>
    </Layout>
  )
}
