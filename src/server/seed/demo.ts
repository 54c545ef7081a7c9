/**
 * The demo newsroom: original Dutch articles, authors, tags and pages written for this project,
 * with feature images drawn locally. Added on the first start of an empty database.
 */
import type { Config } from '../config/index.js'
import type { DatabaseHandle } from '../db/index.js'
import { systemActor } from '../modules/people/index.js'
import { createLocalStorage } from '../modules/media/index.js'
import { rebuildAllRelated } from '../modules/related/index.js'
import { createServices, type Services } from '../services.js'
import { slugify } from '../../shared/slug.js'
import { demoArticles, demoAuthors, demoPages, demoTags } from './demo/index.js'
import { demoMarkdownToDocument } from './demo-markdown.js'

const hour = 60 * 60 * 1000

export interface SeedContext {
  config: Config
  database: DatabaseHandle
  services: Services
}

export async function isEmptyNewsroom(services: Services): Promise<boolean> {
  const [articles, pages, people] = await Promise.all([services.articles.countAll('article'), services.articles.countAll('page'), services.people.listPeople()])
  return articles === 0 && pages === 0 && people.length === 0
}

export async function seedDemo({ config, database }: SeedContext, seedTime: number = Date.now()): Promise<{ articles: number; pages: number; tags: number; authors: number }> {
  // The demo's history is written with a clock that walks through the last 30 days.
  let clock = seedTime
  const services = createServices({ db: database.db, dialect: database.dialect, now: () => clock, locale: config.locale }, { mediaStorage: createLocalStorage(config.mediaDir) })
  const actor = systemActor('demo-seed')

  clock = seedTime - 40 * 24 * hour
  for (const author of demoAuthors) {
    await services.people.createUser({ email: author.email, name: author.name, role: author.role, bio: author.bio, website: author.website ?? null, slug: author.slug })
  }
  for (const tag of demoTags) await services.tags.createTag({ name: tag.name, slug: tag.slug, description: tag.description })
  const emailOf = new Map(demoAuthors.map((a) => [a.slug, a.email]))

  // sharp loads only when the demo is drawn, not on every start.
  const { drawIllustration } = await import('./images.js')
  const ordered = [...demoArticles].sort((a, b) => b.hoursAgo - a.hoursAgo)
  const images = await Promise.all(ordered.map((a) => drawIllustration(config.mediaDir, 'demo', slugify(a.title), a.image.motif)))
  for (const [index, item] of ordered.entries()) {
    const slug = slugify(item.title)
    const inlineImages: Promise<string>[] = []
    const doc = demoMarkdownToDocument(item.body, (ref, n) => {
      const name = `${slug}-${n + 1}`
      inlineImages.push(drawIllustration(config.mediaDir, 'demo', name, ref.motif))
      return `/media/demo/${name}.webp`
    })
    await Promise.all(inlineImages)
    clock = seedTime - item.hoursAgo * hour
    const created = await services.articles.createArticle(actor, {
      title: item.title,
      slug,
      standfirst: item.standfirst,
      doc,
      tags: item.tags,
      authors: item.authors.map((a) => emailOf.get(a) ?? a),
      featureImage: { src: images[index] ?? '', alt: item.image.alt, caption: item.image.caption ?? null, credit: item.image.credit ?? null },
      featured: item.featured ?? false,
      breaking: item.breaking ?? false,
      sponsored: Boolean(item.sponsored),
      sponsor: item.sponsored?.sponsor ?? null,
      sponsorUrl: item.sponsored?.sponsorUrl ?? null,
      seo: item.seo ? { title: item.seo.title ?? null, description: item.seo.description ?? null } : undefined,
    })
    const published = await services.articles.publishArticle(actor, created.id)
    if (item.updatedHoursAfter) {
      clock += item.updatedHoursAfter * hour
      await services.articles.updateArticle(actor, published.id, { doc, revision: published.revision })
    }
  }

  // Each publish placed itself in its newest neighbours' lists; older articles catch up here.
  await rebuildAllRelated(database.db, seedTime)

  clock = seedTime - 30 * 24 * hour
  for (const page of demoPages) {
    const doc = demoMarkdownToDocument(page.body, () => '')
    const created = await services.articles.createArticle(actor, { type: 'page', title: page.title, slug: page.slug, standfirst: page.standfirst ?? null, doc, authors: [] })
    await services.articles.publishArticle(actor, created.id)
  }

  await services.settings.updateSettings({
    description: 'Nieuws over bitcoin, blockchain, AI en tech — een demonstratieredactie van Newsdesk.',
    navigation: ['bitcoin', 'ethereum', 'blockchain', 'altcoins', 'ai', 'tech', 'regulering', 'economie'],
    homeSections: ['blockchain', 'bitcoin', 'ai'],
    appPromo: {
      title: 'Bekijk de app',
      text: 'Het laatste crypto- en technieuws op je telefoon, met meldingen bij breaking news.',
      appStoreId: null,
      playStoreId: null,
    },
  })
  const { seedDemoAds } = await import('./demo-ads.js')
  await seedDemoAds(services, actor, seedTime, { name: config.siteName, url: config.siteUrl })
  return { articles: ordered.length, pages: demoPages.length, tags: demoTags.length, authors: demoAuthors.length }
}
