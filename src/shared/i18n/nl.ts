/** Dutch, the default locale: every word a reader sees, and the Dutch URL words. */
export const nl = {
  lang: 'nl',
  routes: { author: 'auteur', news: 'nieuws', search: 'zoeken', mostRead: 'meest-gelezen', before: 'voor' },
  site: {
    latestNews: 'Laatste nieuws',
    moreNews: 'Meer nieuws',
    by: 'Door',
    and: 'en',
    published: 'Gepubliceerd',
    updated: 'Bijgewerkt',
    readingTime: (minutes: number) => `${minutes} min leestijd`,
    sponsored: 'Gesponsord',
    sponsoredBy: (sponsor: string) => `Dit artikel is gesponsord door ${sponsor}.`,
    breaking: 'Breaking',
    viewOn: (network: string) => `Bekijk op ${network}`,
    home: 'Home',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet (meer). Misschien vindt u het via de voorpagina.',
    goneTitle: 'Dit artikel is niet meer beschikbaar',
    goneText: 'De redactie heeft dit artikel offline gehaald.',
    errorTitle: 'Er ging iets mis',
    errorText: 'Er ging aan onze kant iets mis. Probeer het over een ogenblik opnieuw.',
    preview: 'Voorvertoning — dit artikel is niet gepubliceerd. Deel deze link alleen met wie het mag lezen.',
    backHome: 'Naar de voorpagina',
    noArticles: 'Er zijn nog geen artikelen gepubliceerd.',
  },
}

export type Messages = typeof nl
