import { AdMarker, type PageAds } from './AdSlot.js'
import { Layout, type SiteChrome } from './Layout.js'
import { AppPromo, Card, Headlines, Lead, MostRead, type ArticleCard, type MostReadBox } from './parts.js'

export interface HomePageModel {
  site: SiteChrome
  lead: ArticleCard | null
  top: ArticleCard[]
  latest: ArticleCard[]
  /** One block per configured section tag ("Blockchain nieuws"). */
  sections: { title: string; href: string; cards: ArticleCard[] }[]
  archivePath: string
  mostRead: MostReadBox | null
  jsonLd: object[]
  ads?: PageAds | null
}

/**
 * The front page: the lead story, top stories, the latest news, section blocks and the app
 * promo. The sidebar is where the Audience issue puts "Meest gelezen" and the Ads issue its
 * sidebar slot; until then it holds only the section blocks.
 */
export function HomePage({ site, lead, top, latest, sections, archivePath, mostRead, jsonLd, ads }: HomePageModel) {
  const { t } = site
  return (
    <Layout site={site} title={site.description ? `${site.name} — ${site.description}` : site.name} description={site.description || undefined} canonical={`${site.url}/`} meta={{ type: 'website' }} jsonLd={jsonLd} ads={ads}>
      <h1 class="sr">{site.name}</h1>
      {!lead && latest.length === 0 ? <p>{t.site.noArticles}</p> : null}
      <div class="front">
        <div class="front-main">
          {lead ? <Lead card={lead} t={t} /> : null}
          {top.length > 0 ? (
            <section class="top" aria-label={t.site.topStories}>
              <h2 class="sr">{t.site.topStories}</h2>
              <div class="grid">
                {top.map((card, i) => (
                  <Card key={card.path} card={card} t={t} eager={i < 2} />
                ))}
              </div>
            </section>
          ) : null}
          {latest.length > 0 ? (
            <section class="latest" aria-labelledby="laatste">
              <h2 id="laatste">{t.site.latestNews}</h2>
              <div class="list">
                {latest.map((card) => (
                  <Card key={card.path} card={card} t={t} />
                ))}
              </div>
              <p class="more">
                <a href={archivePath}>{t.site.moreNews} →</a>
              </p>
            </section>
          ) : null}
        </div>
        <aside class="front-side">
          <AdMarker marker={ads?.sidebar} />
          <MostRead box={mostRead} t={t} />
          {sections.map((section) => (
            <Headlines key={section.href} title={section.title} titleHref={section.href} cards={section.cards} t={t} />
          ))}
          <AppPromo site={site} />
        </aside>
      </div>
    </Layout>
  )
}
