/**
 * The shape of the demo newsroom's hand-written content. Bodies are written in a small
 * Markdown subset that `demo-markdown.ts` turns into the editor document:
 *
 *   paragraphs separated by a blank line
 *   ## Sub-heading            ### Smaller sub-heading
 *   > Quoted text             (one or more lines; a last line "— Name, role" becomes the citation)
 *   - item                    1. item          (lists)
 *   **bold**  *italic*  [link text](https://example.org/)
 *   ::x https://x.com/handle/status/1234567890123456789 | Author Name | @handle | The post's text | 2026-11-20
 *   ::image motif | caption | credit         (an inline image drawn locally; motif as for feature images)
 */
export type DemoTagSlug =
  | 'bitcoin'
  | 'ethereum'
  | 'blockchain'
  | 'altcoins'
  | 'ai'
  | 'tech'
  | 'regulering'
  | 'economie'
  | 'defi'
  | 'nft'

export type DemoAuthorSlug = string

/** The motif picks the colours and shapes of a locally drawn feature image. */
export type DemoImageMotif =
  | 'bitcoin'
  | 'ethereum'
  | 'chain'
  | 'coins'
  | 'chip'
  | 'city'
  | 'chart-up'
  | 'chart-down'
  | 'law'
  | 'bank'
  | 'phone'
  | 'energy'

export interface DemoAuthor {
  slug: DemoAuthorSlug
  name: string
  email: string
  /** 2–4 sentences, Dutch, third person. */
  bio: string
  /** Optional personal site; fictional domains only (example.org / example.nl). */
  website?: string
  role: 'contributor' | 'author' | 'editor' | 'admin'
}

export interface DemoArticle {
  title: string
  /** One or two sentences shown under the headline. */
  standfirst: string
  /** First tag is the primary tag. */
  tags: DemoTagSlug[]
  /** Author slugs; first is the main byline. */
  authors: DemoAuthorSlug[]
  /** How long before the seed moment it was published (0–720, i.e. within 30 days). */
  hoursAgo: number
  /** Set on some articles to show an update time after publication. */
  updatedHoursAfter?: number
  featured?: boolean
  breaking?: boolean
  sponsored?: { sponsor: string; sponsorUrl?: string }
  image: { motif: DemoImageMotif; alt: string; caption?: string; credit?: string }
  seo?: { title?: string; description?: string }
  /** The body in the Markdown subset above. */
  body: string
}

export interface DemoPage {
  slug: string
  title: string
  standfirst?: string
  body: string
}
