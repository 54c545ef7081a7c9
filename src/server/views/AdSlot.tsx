/**
 * Ad slots as the page shows them. `AdMarkers` marks where slots go in a page that is cached;
 * `AdSlot` is what fills one per response: the "Advertentie" label, the creative for each
 * breakpoint (the other one hidden by CSS, so only one loads) with its reserved size, and the
 * creative's mandatory disclaimer. Image links carry rel="sponsored"; HTML creatives run in a
 * sandboxed iframe without allow-same-origin, so they cannot reach the page.
 */

/** The placements a page offers, as marker values the ads module fills per response. */
export interface PageAds {
  top: string
  sidebar: string
}

/** A placement in a cached page; filled per response with the slots placed there, or with nothing. */
export function AdMarker({ marker }: { marker: string | null | undefined }) {
  return marker ? <template data-nd-ad={marker} /> : null
}

export interface AdCreativeView {
  /** Signed token: impressions and viewability report it. */
  token: string
  /** The signed click redirect. */
  href: string
  format: 'image' | 'html'
  width: number
  height: number
  imageUrl: string | null
  alt: string
  /** The whole document for the iframe (HTML creatives). */
  srcdoc: string | null
  disclaimer: string | null
}

export interface AdSlotView {
  key: string
  placement: 'top' | 'in-article' | 'sidebar'
  label: string
  mobile: AdCreativeView | null
  desktop: AdCreativeView | null
}

/** The iframe's sandbox: scripts and popups (a click opens the advertiser), never same-origin, forms or top navigation. */
export const creativeSandbox = 'allow-scripts allow-popups allow-popups-to-escape-sandbox'

function CreativeView({ creative, breakpoint, label }: { creative: AdCreativeView; breakpoint: 'm' | 'd' | 'all'; label: string }) {
  return (
    <div class={breakpoint === 'all' ? 'ad-c' : `ad-c ad-${breakpoint}`} data-ad-t={creative.token}>
      {creative.format === 'image' && creative.imageUrl ? (
        <a href={creative.href} rel="sponsored noopener">
          <img src={creative.imageUrl} alt={creative.alt} width={creative.width} height={creative.height} loading="lazy" decoding="async" />
        </a>
      ) : (
        <iframe
          title={label}
          width={creative.width}
          height={creative.height}
          sandbox={creativeSandbox}
          srcdoc={creative.srcdoc ?? ''}
          loading="lazy"
          referrerpolicy="no-referrer"
          scrolling="no"
        />
      )}
      {creative.disclaimer ? <p class="ad-note">{creative.disclaimer}</p> : null}
    </div>
  )
}

export function AdSlot({ slot }: { slot: AdSlotView }) {
  const { mobile, desktop } = slot
  if (!mobile && !desktop) return null
  const same = mobile !== null && desktop !== null && mobile.token === desktop.token
  const classes = ['ad', `ad-${slot.placement}`, mobile ? '' : 'ad-no-m', desktop ? '' : 'ad-no-d'].filter(Boolean).join(' ')
  return (
    <aside class={classes} aria-label={slot.label} data-ad-slot={slot.key}>
      <span class="ad-label">{slot.label}</span>
      {same && mobile ? <CreativeView creative={mobile} breakpoint="all" label={slot.label} /> : null}
      {!same && desktop ? <CreativeView creative={desktop} breakpoint="d" label={slot.label} /> : null}
      {!same && mobile ? <CreativeView creative={mobile} breakpoint="m" label={slot.label} /> : null}
    </aside>
  )
}

/** Below 760 px the mobile creative shows; a slot with nothing for a breakpoint takes no space there. */
export const adCss = `
.ad{display:block;margin:20px auto;text-align:center;max-width:100%}
.ad-top{margin:12px auto 0;padding:0 16px}
.ad-label{display:block;font-size:.7rem;line-height:1.2;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0 0 4px}
.ad-c{display:block}
.ad-c a,.ad-c img,.ad-c iframe{display:block;margin:0 auto;max-width:100%;border:0}
.ad-c img{height:auto}
.ad-note{font-size:.75rem;line-height:1.35;color:var(--muted);margin:6px auto 0;max-width:728px}
.ad-m{display:none}
@media (max-width:759px){.ad-d,.ad-no-m{display:none}.ad-m{display:block}}
@media (min-width:760px){.ad-no-d{display:none}}
`
