import type { Messages } from './nl.js'

/** English. */
export const en: Messages = {
  lang: 'en',
  routes: { author: 'author', news: 'news', search: 'search', mostRead: 'most-read', before: 'before' },
  site: {
    latestNews: 'Latest news',
    moreNews: 'More news',
    by: 'By',
    and: 'and',
    published: 'Published',
    updated: 'Updated',
    readingTime: (minutes: number) => `${minutes} min read`,
    sponsored: 'Sponsored',
    sponsoredBy: (sponsor: string) => `This article is sponsored by ${sponsor}.`,
    breaking: 'Breaking',
    viewOn: (network: string) => `View on ${network}`,
    home: 'Home',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist (any more). The front page may help you find it.',
    goneTitle: 'This article is no longer available',
    goneText: 'The newsroom has taken this article offline.',
    errorTitle: 'Something went wrong',
    errorText: 'Something went wrong on our side. Please try again in a moment.',
    preview: 'Preview — this article is not published. Share this link only with people who may read it.',
    backHome: 'Back to the front page',
    noArticles: 'No articles have been published yet.',
  },
}
