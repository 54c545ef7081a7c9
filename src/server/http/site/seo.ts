/** Structured data (schema.org JSON-LD) for Google: NewsArticle, BreadcrumbList, WebSite. */
import type { Article } from '../../modules/articles/index.js'
import { isoWithOffset } from '../../../shared/dates.js'

interface Publisher {
  name: string
  url: string
}

export function publisherLd(site: Publisher) {
  return {
    '@type': 'NewsMediaOrganization',
    name: site.name,
    url: `${site.url}/`,
    logo: { '@type': 'ImageObject', url: `${site.url}/icon-512.png`, width: 512, height: 512 },
  }
}

export function newsArticleLd(
  article: Article,
  site: Publisher & { lang: string },
  urls: { canonical: string; authors: string[]; images: string[] },
  modifiedAt: number,
) {
  const published = article.publishedAt ?? article.createdAt
  return {
    '@context': 'https://schema.org',
    '@type': article.type === 'page' ? 'WebPage' : 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': urls.canonical },
    url: urls.canonical,
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    description: article.seo.description ?? article.excerpt,
    ...(urls.images.length > 0 ? { image: urls.images } : {}),
    datePublished: isoWithOffset(published),
    dateModified: isoWithOffset(Math.max(modifiedAt, published)),
    inLanguage: site.lang,
    ...(article.primaryTag ? { articleSection: article.primaryTag.name } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.filter((t) => t.visibility === 'public').map((t) => t.name).join(', ') } : {}),
    wordCount: article.wordCount,
    author: article.authors.map((author, i) => ({ '@type': 'Person', name: author.name, url: urls.authors[i] })),
    publisher: publisherLd(site),
    isAccessibleForFree: true,
    ...(article.sponsored && article.sponsor ? { sponsor: { '@type': 'Organization', name: article.sponsor.name, ...(article.sponsor.url ? { url: article.sponsor.url } : {}) } } : {}),
  }
}

export function breadcrumbLd(crumbs: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  }
}

export function websiteLd(site: Publisher & { lang: string; searchUrl: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: `${site.url}/`,
    inLanguage: site.lang,
    publisher: publisherLd(site),
    potentialAction: { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: `${site.searchUrl}?q={search_term_string}` }, 'query-input': 'required name=search_term_string' },
  }
}
