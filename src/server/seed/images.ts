/**
 * Feature images for the demo newsroom, drawn here with sharp from SVG (no downloads): abstract
 * illustrations whose colours and shapes follow a motif, varied per article by a seed.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { seededRandom } from './random.js'

const palettes: Record<string, [string, string, string]> = {
  bitcoin: ['#f7931a', '#1b1f2a', '#ffd08a'],
  ethereum: ['#627eea', '#151a33', '#c3cdf7'],
  chain: ['#0b5cff', '#0a1530', '#8fb3ff'],
  coins: ['#e2b33c', '#2a2112', '#fff0c2'],
  chip: ['#14b8a6', '#0b1f1d', '#a7f3e9'],
  city: ['#7c3aed', '#160c2b', '#d8c6ff'],
  'chart-up': ['#16a34a', '#0b1a10', '#b8f0c9'],
  'chart-down': ['#dc2626', '#1f0b0b', '#fbc2c2'],
  law: ['#475569', '#0f141b', '#d6dde7'],
  bank: ['#0e7490', '#08171c', '#b3e6f2'],
  phone: ['#db2777', '#200913', '#fbc7df'],
  energy: ['#eab308', '#1a1503', '#fdf0a6'],
}

function motifShapes(motif: string, accent: string, light: string, random: () => number): string {
  const r = (min: number, max: number) => Math.round(min + random() * (max - min))
  switch (motif) {
    case 'chart-up':
    case 'chart-down': {
      const up = motif === 'chart-up'
      const points = Array.from({ length: 12 }, (_, i) => `${80 + i * 95},${up ? 560 - i * 38 + r(-40, 40) : 140 + i * 38 + r(-40, 40)}`)
      return `<polyline points="${points.join(' ')}" fill="none" stroke="${accent}" stroke-width="14" stroke-linejoin="round"/>` +
        points.map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="9" fill="${light}"/>`).join('')
    }
    case 'chain':
      return Array.from({ length: 6 }, (_, i) => `<rect x="${90 + i * 175}" y="${r(230, 330)}" width="150" height="110" rx="28" fill="none" stroke="${i % 2 ? light : accent}" stroke-width="18"/>`).join('')
    case 'chip':
      return `<rect x="420" y="170" width="360" height="340" rx="24" fill="${accent}"/>` +
        Array.from({ length: 8 }, (_, i) => `<rect x="${440 + i * 42}" y="120" width="16" height="440" fill="${light}" opacity=".5"/>`).join('')
    case 'city':
      return Array.from({ length: 14 }, (_, i) => {
        const h = r(160, 460)
        return `<rect x="${40 + i * 82}" y="${675 - h}" width="64" height="${h}" fill="${i % 3 ? accent : light}" opacity="${(0.6 + random() * 0.4).toFixed(2)}"/>`
      }).join('')
    default:
      return Array.from({ length: 7 }, (_, i) => `<circle cx="${r(120, 1080)}" cy="${r(120, 560)}" r="${r(50, 170)}" fill="${i % 2 ? accent : light}" opacity="${(0.35 + random() * 0.5).toFixed(2)}"/>`).join('')
  }
}

export function illustrationSvg(motif: string, seedText: string, width = 1200, height = 675): string {
  const [accent, dark, light] = palettes[motif] ?? palettes.chain ?? ['#0b5cff', '#0a1530', '#8fb3ff']
  const random = seededRandom(`${motif}:${seedText}`)
  const angle = Math.round(random() * 360)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 675">
<defs><linearGradient id="g" gradientTransform="rotate(${angle} .5 .5)"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${accent}" stop-opacity=".55"/></linearGradient></defs>
<rect width="1200" height="675" fill="${dark}"/><rect width="1200" height="675" fill="url(#g)"/>
${motifShapes(motif, accent, light, random)}
</svg>`
}

/** Draws the image as WebP into `dir/name.webp` and returns its site path under /media/. */
export async function drawIllustration(mediaDir: string, folder: string, name: string, motif: string): Promise<string> {
  const dir = join(mediaDir, folder)
  await mkdir(dir, { recursive: true })
  const file = `${name}.webp`
  // Loaded here, not at start-up: only the first start of a demo newsroom draws images.
  const { default: sharp } = await import('sharp')
  const webp = await sharp(Buffer.from(illustrationSvg(motif, name))).webp({ quality: 78 }).toBuffer()
  await writeFile(join(dir, file), webp)
  return `/media/${folder}/${file}`
}
