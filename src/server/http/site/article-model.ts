/** The article page's view model: what the route gathers for one article, then hands to the view. */
import type { Config } from '../../config/index.js'
import type { Article } from '../../modules/articles/index.js'
import type { Services } from '../../services.js'
import type { ArticlePageModel, SiteChrome } from '../../views/index.js'
import { isoWithOffset } from '../../../shared/dates.js'
import { archivePath, articlePath, authorPath, imageView, mediaFor, tagPath, toCard } from './chrome.js'
import { breadcrumbLd, newsArticleLd } from './seo.js'

/** An update shows as "Bijgewerkt" when it came this long after publication. */
const updateNoticeMs = 10 * 60 * 1000
const relatedCount = 5

/** "Meer over <primary tag>": precomputed related articles. */
async function relatedBlock(services: Services, site: SiteChrome, article: Article): Promise<ArticlePageModel['related']> {
  const tag = article.primaryTag
  if (article.type !== 'article' || !tag || tag.visibility !== 'public') return null
  // A headline list shows titles and dates only: no tags, authors or pictures to load.
  const related = await services.articles.listRelatedHeadlines(article.id, relatedCount)
  if (related.length === 0) return null
  return { title: site.t.site.moreAbout(tag.name), href: tagPath(tag), cards: related.map((a) => toCard(a, new Map())) }
}

export async function articleModel(config: Config, services: Services, site: SiteChrome, article: Article): Promise<ArticlePageModel> {
  const publishedAt = article.publishedAt ?? article.createdAt
  const updatedAt = article.updatedAt - publishedAt > updateNoticeMs ? article.updatedAt : null
  const canonical = article.seo.canonicalUrl ?? `${config.siteUrl}${articlePath(article)}`
  const publicTags = article.tags.filter((t) => t.visibility === 'public')
  const [media, related] = await Promise.all([mediaFor(services, [article]), relatedBlock(services, site, article)])
  const image = article.featureImage ? { ...imageView(article.featureImage.src, article.featureImage.alt, media), caption: article.featureImage.caption, credit: article.featureImage.credit } : null
  const absolute = (path: string) => (path.startsWith('http') ? path : `${config.siteUrl}${path}`)
  const largest = image?.sources.find((s) => s.type === 'image/webp')?.srcset.split(', ').at(-1)?.split(' ')[0]
  const images = image ? [...new Set([absolute(image.src), ...(largest ? [absolute(largest)] : [])])] : []
  const authorUrls = article.authors.map((a) => `${config.siteUrl}${authorPath(config.locale, a)}`)
  const primary = publicTags[0]
  const breadcrumbs = [{ name: site.t.site.home, path: '/' }, ...(primary ? [{ name: primary.name, path: tagPath(primary) }] : []), { name: article.title, path: articlePath(article) }]
  const description = article.seo.description ?? article.excerpt
  return {
    site,
    type: article.type,
    title: article.title,
    documentTitle: `${article.seo.title ?? article.title} - ${site.name}`,
    standfirst: article.standfirst,
    description,
    canonical,
    tags: publicTags.map((t) => ({ name: t.name, path: tagPath(t) })),
    authors: article.authors.map((a) => ({ name: a.name, path: authorPath(config.locale, a) })),
    publishedAt,
    updatedAt,
    readingTime: article.readingTime,
    image,
    sponsor: article.sponsored ? article.sponsor : null,
    bodyHtml: article.html,
    related,
    breadcrumbs,
    archivePath: archivePath(config.locale),
    meta: {
      type: article.type === 'article' ? 'article' : 'website',
      image: image ? { url: absolute(image.src), width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt } : null,
      publishedTime: article.type === 'article' ? isoWithOffset(publishedAt) : undefined,
      modifiedTime: article.type === 'article' ? isoWithOffset(article.updatedAt) : undefined,
      section: primary?.name ?? null,
      tags: publicTags.map((t) => t.name),
    },
    jsonLd: [
      newsArticleLd(article, { name: site.name, url: config.siteUrl, lang: site.t.lang }, { canonical, authors: authorUrls, images }, article.updatedAt),
      ...(article.type === 'article' ? [breadcrumbLd(breadcrumbs.map((c) => ({ name: c.name, url: absolute(c.path) })))] : []),
    ],
  }
}
