import { formatDateTime } from '../../shared/dates.js'
import { AdMarker, type PageAds } from './AdSlot.js'
import { Layout, type PageMeta, type SiteChrome } from './Layout.js'
import { AppPromo, Headlines, MostRead, Picture, type ArticleCard, type ImageView, type MostReadBox } from './parts.js'

export interface ArticlePageModel {
  site: SiteChrome
  type: 'article' | 'page'
  title: string
  /** The <title>: the SEO title when set. */
  documentTitle: string
  standfirst: string | null
  description: string
  canonical: string
  /** Primary first. */
  tags: { name: string; path: string }[]
  authors: { name: string; path: string }[]
  publishedAt: number
  /** Shown when the article was changed well after publication. */
  updatedAt: number | null
  readingTime: number
  image: (ImageView & { caption: string | null; credit: string | null }) | null
  sponsor: { name: string; url: string | null } | null
  /** Rendered by the server from the validated editor document. */
  bodyHtml: string
  related: { title: string; href: string; cards: ArticleCard[] } | null
  mostRead?: MostReadBox | null
  breadcrumbs: { name: string; path: string }[]
  archivePath: string
  meta?: PageMeta
  jsonLd?: object[]
  /** A signed preview of unpublished work: marked as such and kept out of search engines. */
  preview?: boolean
  /** The view beacon (src/tracker) and the article it counts; never on previews. */
  tracker?: { src: string; articleId: string } | null
  /** Ad placements (the in-article ones are already in bodyHtml); never on previews. */
  ads?: PageAds | null
}

function Byline({ model }: { model: ArticlePageModel }) {
  const { t } = model.site
  const iso = (ms: number) => new Date(ms).toISOString()
  return (
    <p class="meta byline">
      {model.authors.length > 0 ? (
        <>
          {t.site.by}{' '}
          {model.authors.map((author, i) => (
            <span key={author.path}>
              {i > 0 ? (i === model.authors.length - 1 ? ` ${t.site.and} ` : ', ') : ''}
              <a href={author.path} rel="author">
                {author.name}
              </a>
            </span>
          ))}
          <br />
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
  )
}

/** An article (or a page, in a simpler layout). */
export function ArticlePage(model: ArticlePageModel) {
  const { site, sponsor } = model
  const { t } = site
  const isArticle = model.type === 'article'
  return (
    <Layout site={site} title={model.documentTitle} description={model.description} canonical={model.preview ? undefined : model.canonical} noindex={model.preview} meta={model.meta} jsonLd={model.jsonLd} ads={model.ads}>
      {model.preview ? (
        <p class="preview-notice" role="status">
          {t.site.preview}
        </p>
      ) : null}
      {isArticle && model.breadcrumbs.length > 1 ? (
        <nav class="crumbs" aria-label={t.site.breadcrumb}>
          <ol>
            {model.breadcrumbs.map((crumb, i) => (
              <li key={crumb.path}>{i < model.breadcrumbs.length - 1 ? <a href={crumb.path}>{crumb.name}</a> : <span aria-current="page">{crumb.name}</span>}</li>
            ))}
          </ol>
        </nav>
      ) : null}
      <div class={isArticle ? 'read' : undefined}>
        <article class={isArticle ? 'story' : 'story page'}>
          <header>
            {sponsor ? <p class="label-sponsored big">{t.site.sponsored}</p> : null}
            {isArticle && model.tags.length > 0 ? (
              <ul class="tags">
                {model.tags.map((tag) => (
                  <li key={tag.path}>
                    <a href={tag.path} rel="tag">
                      {tag.name}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            <h1>{model.title}</h1>
            {model.standfirst ? <p class="standfirst">{model.standfirst}</p> : null}
            {isArticle ? <Byline model={model} /> : null}
            {sponsor ? (
              <p class="sponsor-note">
                {t.site.sponsoredBy(sponsor.name)}{' '}
                {sponsor.url ? (
                  <a href={sponsor.url} rel="sponsored noopener">
                    {new URL(sponsor.url).hostname}
                  </a>
                ) : null}{' '}
                {t.site.sponsorDisclosure}
              </p>
            ) : null}
          </header>
          {model.image ? (
            <figure class="feature">
              <Picture image={model.image} sizes="(max-width: 760px) 100vw, 720px" eager />
              {model.image.caption || model.image.credit ? (
                <figcaption>
                  {model.image.caption} {model.image.credit ? <span class="credit">{model.image.credit}</span> : null}
                </figcaption>
              ) : null}
            </figure>
          ) : null}
          <div class="body" dangerouslySetInnerHTML={{ __html: model.bodyHtml }} />
        </article>
        {isArticle ? (
          <aside class="read-side">
            <AdMarker marker={model.ads?.sidebar} />
            {model.related ? <Headlines title={model.related.title} titleHref={model.related.href} cards={model.related.cards} t={t} /> : null}
            <p class="more">
              <a href={model.archivePath}>{t.site.moreNews} →</a>
            </p>
            <MostRead box={model.mostRead ?? null} t={t} />
            <AppPromo site={site} />
          </aside>
        ) : null}
      </div>
      {model.tracker && !model.preview ? <script src={model.tracker.src} data-a={model.tracker.articleId} defer /> : null}
    </Layout>
  )
}
