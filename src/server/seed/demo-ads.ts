/**
 * The demo newsroom's ads: a fictional crypto exchange ("Koinzicht") sponsors the leaderboard
 * and the in-article banner, with the MiCA statement; house ads promote the app and the
 * "Regulering" section in the sidebar (and fill the leaderboard where the sponsor may not
 * show, beside the sponsored article of its competitor Polderchain). Banners are drawn with
 * sharp from SVG and go through the same upload checks as the desk's.
 */
import type { Actor } from '../modules/people/index.js'
import type { Services } from '../services.js'

const day = 86_400_000

export const micaStatement =
  'Cryptomarketing van Koinzicht B.V. Deze mededeling is niet beoordeeld of goedgekeurd door een bevoegde autoriteit in een lidstaat van de Europese Unie. Beleggen in cryptoactiva brengt grote risico’s mee: je kunt je hele inleg verliezen.'

interface Banner {
  size: string
  background: [string, string]
  title: string
  line: string
  button: string
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A banner as SVG: a gradient, a headline, a line and a button, laid out for its shape. */
export function bannerSvg({ size, background, title, line, button }: Banner): string {
  const [width, height] = size.split('x').map(Number) as [number, number]
  const tall = height >= 200
  const titleSize = Math.round(tall ? Math.min(width / 11, 40) : Math.min(height * 0.32, width / 14))
  const lineSize = Math.round(titleSize * 0.55)
  const buttonHeight = Math.round(tall ? 44 : Math.min(height * 0.42, 40))
  // DejaVu Sans Bold averages about 0.62 em a character.
  const buttonWidth = Math.round(button.length * buttonHeight * 0.4 * 0.62 + 28)
  const textX = tall ? 24 : Math.round(height * 0.35)
  const titleY = tall ? Math.round(height * 0.34) : Math.round(height * 0.45)
  const lineY = titleY + Math.round(lineSize * 1.6)
  const buttonX = tall ? 24 : width - buttonWidth - Math.round(height * 0.3)
  const buttonY = tall ? height - buttonHeight - 24 : Math.round((height - buttonHeight) / 2)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${background[0]}"/><stop offset="1" stop-color="${background[1]}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#g)"/>
<circle cx="${width - (tall ? 40 : buttonWidth + height)}" cy="${tall ? 40 : height / 2}" r="${tall ? 80 : height * 0.9}" fill="#fff" opacity=".08"/>
<text x="${textX}" y="${titleY}" font-family="DejaVu Sans, sans-serif" font-weight="700" font-size="${titleSize}" fill="#fff">${escapeXml(title)}</text>
<text x="${textX}" y="${lineY}" font-family="DejaVu Sans, sans-serif" font-size="${lineSize}" fill="#fff" opacity=".9">${escapeXml(line)}</text>
<rect x="${buttonX}" y="${buttonY}" width="${buttonWidth}" height="${buttonHeight}" rx="${Math.round(buttonHeight / 2)}" fill="#fff"/>
<text x="${buttonX + buttonWidth / 2}" y="${buttonY + buttonHeight * 0.64}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="700" font-size="${Math.round(buttonHeight * 0.4)}" fill="${background[1]}">${escapeXml(button)}</text>
</svg>`
}

async function drawBanner(banner: Banner): Promise<Buffer> {
  const { default: sharp } = await import('sharp')
  return sharp(Buffer.from(bannerSvg(banner))).png({ compressionLevel: 9, palette: true }).toBuffer()
}

export async function seedDemoAds(services: Services, actor: Actor, seedTime: number, site: { name: string; url: string }): Promise<{ campaigns: number; creatives: number }> {
  const ads = services.ads
  const startsAt = seedTime - 3 * day
  const koinzicht = await ads.createAdvertiser(actor, { name: 'Koinzicht', website: 'https://koinzicht.example/', category: 'exchange', contactEmail: 'partners@koinzicht.example' })
  // The sponsor of the demo's sponsored article: an exchange too, so Koinzicht stays away from its article.
  await ads.createAdvertiser(actor, { name: 'Polderchain Exchange', website: 'https://example.org/polderchain', category: 'exchange' })
  const newsroom = await ads.createAdvertiser(actor, { name: site.name })

  const sponsorship = await ads.createCampaign(actor, {
    advertiserId: koinzicht.id,
    name: 'Koinzicht — wintercampagne',
    kind: 'sponsorship',
    startsAt,
    endsAt: seedTime + 60 * day,
    weight: 1,
    targeting: { slots: ['leaderboard', 'in-artikel'] },
  })
  const house = await ads.createCampaign(actor, { advertiserId: newsroom.id, name: 'Eigen promotie: app en Regulering', kind: 'house', startsAt, weight: 1 })

  const orange: [string, string] = ['#f59e0b', '#7c2d12']
  const blue: [string, string] = ['#2563eb', '#0b1f4d']
  const teal: [string, string] = ['#0d9488', '#083d3a']
  const creatives: { campaignId: string; name: string; alt: string; clickUrl: string; disclaimer?: string; banner: Banner }[] = [
    ...(['970x250', '728x90', '320x100', '300x250'] as const).map((size) => ({
      campaignId: sponsorship.id,
      name: `Koinzicht ${size}`,
      alt: 'Koinzicht: handel in bitcoin en ether vanaf tien euro, met een vergunning in Nederland',
      clickUrl: 'https://koinzicht.example/welkom?bron=newsdesk',
      disclaimer: micaStatement,
      banner: { size, background: orange, title: 'Koinzicht', line: size === '320x100' ? 'Bitcoin vanaf €10' : 'Handel in bitcoin en ether vanaf €10', button: size === '320x100' ? 'Start' : 'Open een rekening' },
    })),
    ...(['300x250', '728x90', '320x100'] as const).map((size) => ({
      campaignId: house.id,
      name: `App ${size}`,
      alt: 'Bekijk de app: het laatste nieuws met meldingen bij breaking news',
      clickUrl: 'https://apps.apple.com/',
      banner: { size, background: blue, title: 'Bekijk de app', line: size === '320x100' ? 'Meldingen bij breaking news' : 'Het laatste nieuws, met meldingen', button: size === '320x100' ? 'Gratis' : 'Download' },
    })),
    {
      campaignId: house.id,
      name: 'Regulering 300x250',
      alt: 'Alles over regulering: MiCA, toezicht en belasting op crypto',
      clickUrl: `${site.url}/tag/regulering/`,
      banner: { size: '300x250', background: teal, title: 'Regulering', line: 'MiCA, toezicht en belasting', button: 'Lees verder' },
    },
  ]
  for (const item of creatives) {
    const creative = await ads.createCreative(actor, { campaignId: item.campaignId, name: item.name, format: 'image', size: item.banner.size, alt: item.alt, clickUrl: item.clickUrl, disclaimer: item.disclaimer ?? null })
    await ads.uploadCreativeImage(actor, creative.id, { bytes: await drawBanner(item.banner), filename: `${item.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png` })
    await ads.updateCreative(actor, creative.id, { status: 'active' })
  }
  return { campaigns: 2, creatives: creatives.length }
}
