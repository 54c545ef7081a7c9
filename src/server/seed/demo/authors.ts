import type { DemoAuthor } from './types.js'

export const demoAuthors: DemoAuthor[] = [
  {
    slug: 'marieke-van-den-berg',
    name: 'Marieke van den Berg',
    email: 'marieke@newsdesk.example',
    bio: 'Marieke van den Berg is hoofdredacteur van Newsdesk. Zij werkte eerder twaalf jaar op de economieredactie van een regionale krant en schrijft nog altijd over rente, inflatie en de Nederlandse economie. Ze bewaakt de koers van de redactie en is het aanspreekpunt voor correcties en lezersvragen.',
    website: 'https://example.nl/mariekevandenberg',
    role: 'editor'
  },
  {
    slug: 'daan-hoekstra',
    name: 'Daan Hoekstra',
    email: 'daan@newsdesk.example',
    bio: 'Daan Hoekstra volgt bitcoin en de cryptomarkten. Hij schrijft over koersbewegingen, ETF-stromen, miners en de invloed van grote beleggers. Voordat hij journalist werd, was hij een aantal jaren handelaar bij een Amsterdamse market maker.',
    role: 'author'
  },
  {
    slug: 'fatima-el-amrani',
    name: 'Fatima El Amrani',
    email: 'fatima@newsdesk.example',
    bio: 'Fatima El Amrani schrijft over Ethereum, decentrale financiering en de technologie achter smart contracts. Ze studeerde informatica in Utrecht en legt graag uit hoe protocollen werken en waar de risico’s zitten. Ook NFT’s en stablecoins behoren tot haar terrein.',
    role: 'author'
  },
  {
    slug: 'joris-verbeek',
    name: 'Joris Verbeek',
    email: 'joris@newsdesk.example',
    bio: 'Joris Verbeek is de regelgevingsspecialist van de redactie. Hij volgt de Europese MiCA-verordening, het toezicht door DNB en de AFM en de manier waarop Brussel en Den Haag omgaan met crypto en AI. Hij is jurist van opleiding en werkte eerder als parlementair verslaggever.',
    role: 'author'
  },
  {
    slug: 'priya-ramdin',
    name: 'Priya Ramdin',
    email: 'priya@newsdesk.example',
    bio: 'Priya Ramdin schrijft over kunstmatige intelligentie, chips en de Nederlandse techsector. Ze volgt start-ups, onderzoekslabs en de grote vragen over privacy en digitale afhankelijkheid. Eerder werkte ze als data-analist bij een Rotterdamse scale-up.',
    website: 'https://example.org/priyaramdin',
    role: 'author'
  },
  {
    slug: 'wouter-claes',
    name: 'Wouter Claes',
    email: 'wouter@newsdesk.example',
    bio: 'Wouter Claes is de Vlaamse correspondent van Newsdesk en woont in Gent. Hij schrijft over blockchainprojecten, fintech en digitaal beleid in België. Naast zijn werk voor Newsdesk is hij freelance journalist voor verschillende Vlaamse vakbladen.',
    role: 'contributor'
  }
]
