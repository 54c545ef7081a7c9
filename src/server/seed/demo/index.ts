import { demoArticles1 } from './articles-1.js'
import { demoArticles2 } from './articles-2.js'
import { demoArticles3 } from './articles-3.js'
import { demoArticles4 } from './articles-4.js'
import type { DemoArticle, DemoTagSlug } from './types.js'

export { demoAuthors } from './authors.js'
export { demoPages } from './pages.js'

export const demoArticles: DemoArticle[] = [...demoArticles1, ...demoArticles2, ...demoArticles3, ...demoArticles4]

export const demoTags: { slug: DemoTagSlug; name: string; description: string }[] = [
  { slug: 'bitcoin', name: 'Bitcoin', description: 'Nieuws over de koers, de technologie en de adoptie van de grootste cryptomunt.' },
  { slug: 'ethereum', name: 'Ethereum', description: 'Alles over Ethereum, ether, staking, netwerkupgrades en layer-2-netwerken.' },
  { slug: 'blockchain', name: 'Blockchain', description: 'Toepassingen van blockchaintechnologie buiten de koersen, van logistiek tot overheid.' },
  { slug: 'altcoins', name: 'Altcoins', description: 'Ontwikkelingen rond cryptomunten anders dan bitcoin, van grote netwerken tot memecoins.' },
  { slug: 'ai', name: 'AI', description: 'Kunstmatige intelligentie: nieuwe modellen, toepassingen en de gevolgen voor werk en samenleving.' },
  { slug: 'tech', name: 'Tech', description: 'Nieuws over chips, telecom, datacenters en de Nederlandse en Vlaamse techsector.' },
  { slug: 'regulering', name: 'Regulering', description: 'Wetten, regels en toezicht, van MiCA en de AI-verordening tot DNB en de AFM.' },
  { slug: 'economie', name: 'Economie', description: 'Rente, inflatie, lonen en de bredere economie in Nederland en de eurozone.' },
  { slug: 'defi', name: 'DeFi', description: 'Decentrale financiering: leenplatforms, gedecentraliseerde beurzen, stablecoins en hun risico’s.' },
  { slug: 'nft', name: 'NFT', description: 'Digitale verzamelobjecten, tickets en spelvoorwerpen op de blockchain.' }
]
