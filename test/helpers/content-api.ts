/**
 * A small Dutch newsroom for the Content API suites: published posts with tags (one internal)
 * and authors, two posts published at the same moment, pages, and everything readers must not
 * see (draft, in review, scheduled, archived, not yet out). Returns what the tests look up.
 */
import type { Article, ArticleInput } from '../../src/server/modules/articles/index.js'
import { systemActor, type Person } from '../../src/server/modules/people/index.js'
import type { Services } from '../../src/server/services.js'
import { buildArticle, docOf } from './factories.js'

const system = systemActor('test')
export const hour = 3_600_000

export interface ContentFixture {
  anna: Person
  bram: Person
  carla: Person
  posts: Record<'koers' | 'update' | 'regels' | 'intern' | 'kaal' | 'gelijkA' | 'gelijkB', Article>
  pages: Record<'over' | 'adverteren', Article>
  hidden: Article[]
}

export async function seedContent(services: Services, start: number): Promise<ContentFixture> {
  const { articles, people } = services
  const anna = await people.createUser({ email: 'anna@example.nl', name: 'Anna de Vries', role: 'author', bio: 'Anna volgt de cryptomarkten.' })
  const bram = await people.createUser({ email: 'bram@example.nl', name: 'Bram Bakker', role: 'author' })
  const carla = await people.createUser({ email: 'carla@example.nl', name: 'Carla Nooitgepubliceerd', role: 'author' })
  const make = async (input: Partial<ArticleInput>, publishedAt?: number) => {
    const created = await articles.createArticle(system, { ...buildArticle(), ...input })
    return publishedAt === undefined ? created : articles.publishArticle(system, created.id, { publishedAt })
  }
  const koers = await make(
    {
      title: 'Bitcoin stijgt boven de 70.000 dollar',
      slug: 'bitcoin-boven-70000-dollar',
      standfirst: 'De koers van bitcoin brak vannacht door een oude grens.',
      tags: ['Bitcoin', 'Ethereum'],
      authors: [anna.id],
      featured: true,
      featureImage: { src: '/media/2026/11/koers.jpg', alt: 'Een stijgende koersgrafiek', caption: 'De grafiek van vannacht' },
      seo: { title: 'Bitcoin boven 70.000 dollar', description: 'Waarom de koers steeg.' },
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Handelaren zagen de koers ' }, { type: 'text', text: 'snel oplopen', marks: [{ type: 'link', attrs: { href: '/ethereum-update/' } }] }, { type: 'text', text: ' na het nieuws uit Washington.' }] },
          { type: 'image', attrs: { src: '/media/2026/11/binnen.webp', alt: 'Een foto van de handelsvloer' } },
          { type: 'paragraph', content: [{ type: 'text', text: 'Analisten blijven voorzichtig over de komende weken.' }] },
        ],
      },
    },
    start - 10 * hour,
  )
  const update = await make({ title: 'Ethereum-netwerk voert grote update door', slug: 'ethereum-update', tags: ['Ethereum'], authors: [bram.id, anna.id], doc: docOf('De update maakt transacties goedkoper.', 'Ontwikkelaars testten maanden.') }, start - 9 * hour)
  const regels = await make({ title: 'Europese toezichthouder scherpt regels voor stablecoins aan', slug: 'regels-stablecoins', standfirst: null, tags: ['Regulering', 'Bitcoin'], authors: [bram.id], doc: docOf('Uitgevers van stablecoins moeten meer reserves aanhouden.') }, start - 8 * hour)
  const intern = await make({ title: 'Interne notitie bij de koersgrafiek', slug: 'interne-notitie', tags: ['#intern', 'Bitcoin'], authors: [anna.id] }, start - 7 * hour)
  const kaal = await make({ title: 'Kort bericht zonder onderwerp', slug: 'kort-bericht', tags: [], authors: [anna.id], doc: docOf("O'Neil zegt: de markt is 'rustig'.") }, start - 6 * hour)
  const gelijkA = await make({ title: 'Gelijktijdig bericht A', slug: 'gelijk-a', tags: ['Regulering'], authors: [bram.id] }, start - 5 * hour)
  const gelijkB = await make({ title: 'Gelijktijdig bericht B', slug: 'gelijk-b', tags: ['Regulering'], authors: [bram.id] }, start - 5 * hour)
  const over = await make({ type: 'page', title: 'Over ons', slug: 'over-ons', tags: [], authors: [anna.id], doc: docOf('Wij schrijven over crypto en technologie.') }, start - 20 * hour)
  const adverteren = await make({ type: 'page', title: 'Adverteren', slug: 'adverteren', tags: ['Bitcoin'], authors: [carla.id], doc: docOf('Adverteren kan vanaf vandaag.') }, start - 19 * hour)

  const hidden: Article[] = []
  hidden.push(await make({ title: 'Een concept over bitcoin', slug: 'concept', tags: ['Bitcoin', 'Onzichtbaar'], authors: [carla.id] }))
  hidden.push(await articles.submitForReview(system, (await make({ title: 'Ter beoordeling', slug: 'ter-beoordeling', tags: ['Bitcoin'], authors: [anna.id] })).id))
  hidden.push(await articles.scheduleArticle(system, (await make({ title: 'Straks gepland', slug: 'gepland', tags: ['Bitcoin'], authors: [anna.id] })).id, start + hour))
  hidden.push(await articles.archiveArticle(system, (await make({ title: 'Teruggetrokken', slug: 'teruggetrokken', tags: ['Bitcoin'], authors: [anna.id] }, start - 30 * hour)).id))
  hidden.push(await make({ title: 'Toekomstig bericht', slug: 'toekomstig', tags: ['Bitcoin'], authors: [carla.id] }, start + 2 * hour))
  return { anna, bram, carla, posts: { koers, update, regels, intern, kaal, gelijkA, gelijkB }, pages: { over, adverteren }, hidden }
}
