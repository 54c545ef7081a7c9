/**
 * Synthetic published articles for benchmarks: Dutch-looking text from a fixed word list,
 * deterministic per run, inserted in batches through the article importer.
 */
import type { EditorDocument } from '../../shared/document/index.js'
import { systemActor } from '../modules/people/index.js'
import type { PublishedInput } from '../modules/articles/index.js'
import { seededRandom } from './random.js'
import type { SeedContext } from './demo.js'

const words = (
  'de het een en van in op met voor dat is niet aan bij door naar ook als om maar nog over uit tot dan meer ' +
  'bitcoin ethereum blockchain koers markt beleggers handel munt netwerk token stablecoin bank rente inflatie ' +
  'toezicht regels wet europese commissie toezichthouder platform beurs analist investering investeringen ' +
  'groei daling stijging record week maand jaar dag kwartaal cijfers verwachting onderzoek rapport data ' +
  'bedrijf bedrijven technologie kunstmatige intelligentie model chip chips software gebruikers klanten ' +
  'nederland amsterdam europa wereld overheid minister plan nieuwe grote kleine eerste laatste belangrijke ' +
  'volgens zegt meldt blijkt verwacht stijgt daalt groeit investeert lanceert presenteert waarschuwt'
).split(' ')

const tagPool = ['bitcoin', 'ethereum', 'blockchain', 'altcoins', 'ai', 'tech', 'regulering', 'economie']

function sentence(random: () => number, length: number): string {
  const picked = Array.from({ length }, () => words[Math.floor(random() * words.length)] ?? 'nieuws')
  const text = picked.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

function paragraph(random: () => number): string {
  return Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(random, 8 + Math.floor(random() * 10))).join(' ')
}

function syntheticDoc(random: () => number): EditorDocument {
  const p = () => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: paragraph(random) }] })
  return {
    type: 'doc',
    content: [p(), p(), { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: sentence(random, 5).slice(0, -1) }] }, p(), p()],
  }
}

export async function seedSynthetic({ services }: SeedContext, count: number, progress?: (done: number) => void): Promise<{ articles: number; ms: number }> {
  const started = performance.now()
  const actor = systemActor('synthetic-seed')
  const run = Date.now().toString(36)
  const random = seededRandom(run)
  const authorEmail = 'benchmark@newsdesk.example'
  await services.people.getByEmail(authorEmail).catch(() => services.people.createUser({ email: authorEmail, name: 'Redactie Benchmark', role: 'author' }))
  const now = Date.now()
  const span = 5 * 365 * 24 * 60 * 60 * 1000
  const batchSize = 500
  for (let start = 0; start < count; start += batchSize) {
    const batch: PublishedInput[] = []
    for (let i = start; i < Math.min(count, start + batchSize); i += 1) {
      const title = sentence(random, 6 + Math.floor(random() * 6)).slice(0, -1)
      const primary = tagPool[Math.floor(random() * tagPool.length)] ?? 'tech'
      const second = tagPool[Math.floor(random() * tagPool.length)] ?? 'economie'
      batch.push({
        title,
        slug: `s-${run}-${i}`,
        doc: syntheticDoc(random),
        tags: [primary, second],
        authors: [authorEmail],
        publishedAt: now - Math.floor(random() * span),
      })
    }
    await services.importer.importPublished(actor, batch)
    progress?.(Math.min(count, start + batchSize))
  }
  return { articles: count, ms: performance.now() - started }
}
