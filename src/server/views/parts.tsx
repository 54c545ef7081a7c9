/** Pieces shared by the pages: responsive pictures, article cards, pagination, the app promo. */
import { formatShortDate } from '../../shared/dates.js'
import type { Messages } from '../../shared/i18n/index.js'
import type { SiteChrome } from './Layout.js'

export interface ImageView {
  src: string
  alt: string
  width: number | null
  height: number | null
  /** AVIF and WebP renditions, narrowest first, as srcset strings. */
  sources: { type: 'image/avif' | 'image/webp'; srcset: string }[]
}

export interface ArticleCard {
  title: string
  path: string
  excerpt: string
  publishedAt: number
  primaryTag: { name: string; path: string } | null
  image: ImageView | null
  sponsored: boolean
}

/** A picture with AVIF/WebP sources, fixed dimensions (no layout shift), lazy unless `eager`. */
export function Picture({ image, sizes, eager = false, fallbackWidth = 1200, fallbackHeight = 675 }: { image: ImageView; sizes: string; eager?: boolean; fallbackWidth?: number; fallbackHeight?: number }) {
  return (
    <picture>
      {image.sources.map((s) => (
        <source key={s.type} type={s.type} srcset={s.srcset} sizes={sizes} />
      ))}
      <img
        src={image.src}
        alt={image.alt}
        width={image.width ?? fallbackWidth}
        height={image.height ?? fallbackHeight}
        loading={eager ? undefined : 'lazy'}
        fetchpriority={eager ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  )
}

function Kicker({ card, t }: { card: ArticleCard; t: Messages }) {
  if (card.sponsored) return <span class="label-sponsored">{t.site.sponsored}</span>
  return card.primaryTag ? (
    <a class="kicker" href={card.primaryTag.path}>
      {card.primaryTag.name}
    </a>
  ) : null
}

/** A story in a list: picture, kicker (primary tag or "Gesponsord"), headline, excerpt, date. */
export function Card({ card, t, eager = false, level = 3 }: { card: ArticleCard; t: Messages; eager?: boolean; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <article class="card">
      {card.image ? <Picture image={card.image} sizes="(max-width: 640px) 120px, 240px" eager={eager} /> : <span class="noimg" />}
      <div>
        <Kicker card={card} t={t} />
        <Heading>
          <a href={card.path}>{card.title}</a>
        </Heading>
        <p class="excerpt">{card.excerpt}</p>
        <time class="meta" dateTime={new Date(card.publishedAt).toISOString()}>
          {formatShortDate(card.publishedAt, t.lang)}
        </time>
      </div>
    </article>
  )
}

/** The lead story: large picture and headline. */
export function Lead({ card, t }: { card: ArticleCard; t: Messages }) {
  return (
    <article class="lead">
      {card.image ? <Picture image={card.image} sizes="(max-width: 1120px) 100vw, 720px" eager /> : null}
      <div>
        <Kicker card={card} t={t} />
        <h2>
          <a href={card.path}>{card.title}</a>
        </h2>
        <p class="excerpt">{card.excerpt}</p>
      </div>
    </article>
  )
}

/** A compact list of headlines ("Blockchain nieuws", "Meer over bitcoin"). */
export function Headlines({ title, titleHref, cards, t, numbered = false }: { title: string; titleHref?: string; cards: ArticleCard[]; t: Messages; numbered?: boolean }) {
  if (cards.length === 0) return null
  return (
    <section class={numbered ? 'headlines numbered' : 'headlines'} aria-label={title}>
      <h2>{titleHref ? <a href={titleHref}>{title}</a> : title}</h2>
      <ol>
        {cards.map((card) => (
          <li key={card.path}>
            <a href={card.path}>{card.title}</a>
            <time class="meta" dateTime={new Date(card.publishedAt).toISOString()}>
              {' '}
              {formatShortDate(card.publishedAt, t.lang)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  )
}

export interface PaginationView {
  /** Numbered pages shown (the first few), with the current one marked. */
  pages: { n: number; href: string; current: boolean }[]
  newer: string | null
  older: string | null
}

export function Pagination({ pagination, t }: { pagination: PaginationView; t: Messages }) {
  if (!pagination.newer && !pagination.older) return null
  return (
    <nav class="pager" aria-label={t.site.pagination}>
      {pagination.newer ? (
        <a rel="prev" href={pagination.newer}>
          {t.site.newer}
        </a>
      ) : null}
      <ol>
        {pagination.pages.map((p) => (
          <li key={p.n}>
            {p.current ? (
              <span aria-current="page">{p.n}</span>
            ) : (
              <a href={p.href} aria-label={t.site.page(p.n)}>
                {p.n}
              </a>
            )}
          </li>
        ))}
      </ol>
      {pagination.older ? (
        <a rel="next" href={pagination.older}>
          {t.site.older}
        </a>
      ) : null}
    </nav>
  )
}

/** "Bekijk de app", with store links when the store ids are set. */
export function AppPromo({ site }: { site: SiteChrome }) {
  const app = site.app
  if (!app) return null
  return (
    <aside class="app-promo" aria-label={app.title}>
      <h2>{app.title}</h2>
      <p>{app.text}</p>
      <p class="stores">
        {app.appStoreId ? <a href={`https://apps.apple.com/app/id${app.appStoreId}`}>{site.t.site.appStore}</a> : null}
        {app.playStoreId ? <a href={`https://play.google.com/store/apps/details?id=${encodeURIComponent(app.playStoreId)}`}>{site.t.site.playStore}</a> : null}
      </p>
    </aside>
  )
}

export interface MostReadBox {
  title: string
  href: string
  cards: ArticleCard[]
}

/** "Meest gelezen": absent until views have been counted. */
export function MostRead({ box, t }: { box: MostReadBox | null; t: Messages }) {
  return box ? <Headlines title={box.title} titleHref={box.href} cards={box.cards} t={t} numbered /> : null
}
