/**
 * The site's inline stylesheet: no external CSS request before first paint, under 15 KB.
 * Colours meet WCAG 2.2 AA in both schemes (dark by prefers-color-scheme); focus is always visible.
 */
import { adCss } from './AdSlot.js'

export const siteCss = `
:root{--ink:#14171f;--muted:#545b68;--line:#dde1e7;--brand:#0a4fd6;--bg:#fff;--soft:#f3f5f8;--warn:#b3141a;--spon-bg:#fff3c4;--spon-ink:#4d3a00;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--ink:#e8eaee;--muted:#a6adba;--line:#2c313a;--brand:#7fb0ff;--bg:#111318;--soft:#1b1e25;--warn:#c7252b;--spon-bg:#3b3217;--spon-ink:#ffe9a3}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:inherit;text-underline-offset:.15em}
a:hover{color:var(--brand)}
:focus-visible{outline:3px solid var(--brand);outline-offset:2px}
img{max-width:100%;height:auto}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:8px;top:-48px;background:var(--brand);color:#fff;padding:8px 12px;z-index:9;border-radius:4px}
.skip:focus{top:8px;color:#fff}
.wrap{max-width:1120px;margin:0 auto;padding:0 16px}
.site-header{border-bottom:1px solid var(--line)}
.bar{display:flex;align-items:center;gap:16px;min-height:64px;flex-wrap:wrap}
.site-name{font-weight:800;font-size:1.5rem;text-decoration:none;letter-spacing:-.02em;margin-right:auto}
.search{display:flex;gap:4px;flex:0 1 320px}
.search input{flex:1;min-width:0;font:inherit;font-size:.95rem;padding:6px 10px;border:1px solid var(--muted);border-radius:6px;background:var(--bg);color:var(--ink)}
.search button{font:inherit;font-size:.9rem;padding:6px 12px;border:0;border-radius:6px;background:var(--brand);color:#fff;cursor:pointer}
@media (prefers-color-scheme:dark){.search button{color:#0b1220}}
.search-page{max-width:640px;margin:12px 0}
.results{list-style:none;padding:0;margin:0}
mark{background:#fff0a8;color:inherit;padding:0 1px;border-radius:2px}
@media (prefers-color-scheme:dark){mark{background:#5c4d00}}
.snippet{margin:.3em 0;color:var(--muted)}
.search-help ul{padding-left:1.2em}
.sections{border-top:1px solid var(--line);overflow-x:auto}
.sections ul{display:flex;gap:20px;list-style:none;margin:0 auto;padding-top:8px;padding-bottom:8px;white-space:nowrap}
.sections a{text-decoration:none;font-weight:600;font-size:.95rem}
.breaking{background:var(--warn);color:#fff;font-weight:600}
.breaking .wrap{padding:8px 16px}
.breaking a{color:#fff}
main.wrap{display:block;padding-top:20px;padding-bottom:48px}
main:focus{outline:none}
h1{font-size:clamp(1.7rem,4.5vw,2.6rem);line-height:1.15;margin:.2em 0 .4em;letter-spacing:-.02em}
h2,h3{line-height:1.25}
.meta{color:var(--muted);font-size:.875rem}
.kicker{display:inline-block;font-size:.78rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;text-decoration:none;color:var(--brand)}
.tags{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 4px;padding:0;list-style:none}
.tags a{font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;text-decoration:none;color:var(--brand)}
.label-sponsored{display:inline-block;background:var(--spon-bg);color:var(--spon-ink);font-weight:700;font-size:.78rem;padding:2px 8px;border-radius:4px;text-transform:uppercase;letter-spacing:.05em;margin:0}
.label-sponsored.big{font-size:.9rem;padding:4px 10px;margin-bottom:8px}
.front{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px}
.front-side{display:flex;flex-direction:column;gap:24px}
.lead{margin-bottom:28px}
.lead img{width:100%;aspect-ratio:16/9;object-fit:cover;border-radius:8px;background:var(--soft)}
.lead h2{font-size:clamp(1.5rem,3.5vw,2.2rem);margin:.2em 0 .3em;letter-spacing:-.015em}
.lead h2 a,.card h2 a,.card h3 a{text-decoration:none}
.lead .excerpt{font-size:1.1rem;margin:0}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:20px;margin-bottom:28px}
.grid .card{grid-template-columns:1fr}
.list{display:grid;gap:20px}
.card{display:grid;grid-template-columns:240px minmax(0,1fr);gap:16px;align-items:start}
.card img{width:100%;aspect-ratio:16/9;object-fit:cover;border-radius:6px;background:var(--soft);display:block}
.noimg{display:none}
.card h2,.card h3{font-size:1.15rem;margin:2px 0 4px}
.card .excerpt{margin:0 0 4px;color:var(--muted);font-size:.95rem}
.latest>h2,.headlines h2,.app-promo h2{font-size:1.05rem;text-transform:uppercase;letter-spacing:.05em;margin:0 0 12px;padding-bottom:6px;border-bottom:3px solid var(--ink)}
.headlines h2 a{text-decoration:none}
.headlines ol{list-style:none;margin:0;padding:0;counter-reset:h}
.headlines li{padding:8px 0;border-bottom:1px solid var(--line);font-weight:600;line-height:1.35}
.headlines li a{text-decoration:none}
.numbered li{counter-increment:h;display:grid;grid-template-columns:1.6em 1fr}
.numbered li:before{content:counter(h);font-weight:800;color:var(--brand);grid-row:span 2}
.views{display:block;color:var(--muted);font-size:.875rem}
.windows{display:flex;gap:8px;flex-wrap:wrap;list-style:none;padding:0;margin:0 0 20px}
.windows a,.windows span{display:inline-block;padding:4px 12px;border:1px solid var(--line);border-radius:999px;text-decoration:none;font-weight:600}
.windows [aria-current]{background:var(--ink);color:var(--bg)}
.headlines .meta{display:block;font-weight:400}
.more{margin:20px 0 0;font-weight:600}
.app-promo{background:var(--soft);border-radius:10px;padding:16px 18px}
.app-promo p{margin:.4em 0}
.stores{display:flex;gap:12px;flex-wrap:wrap}
.stores a{font-weight:600}
.crumbs ol{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:0 0 8px;padding:0;font-size:.85rem;color:var(--muted)}
.crumbs li+li:before{content:"›";margin-right:6px}
article.story{max-width:720px}
.standfirst{font-size:1.2rem;font-weight:500;margin:0 0 12px}
.byline a{font-weight:600}
.feature{margin:20px 0}
.feature img{width:100%;border-radius:6px;display:block}
figcaption{font-size:.85rem;color:var(--muted);margin-top:6px}
.credit{opacity:.85}
.body{font-size:1.06rem}
.body h2{font-size:1.5rem;margin:1.6em 0 .4em}
.body h3{font-size:1.2rem;margin:1.4em 0 .3em}
.body a{color:var(--brand)}
.body img{border-radius:6px}
.body figure{margin:1.5em 0}
.body blockquote{margin:1.5em 0;padding:.2em 0 .2em 1em;border-left:4px solid var(--brand);font-size:1.1rem}
.body blockquote footer{font-size:.9rem;color:var(--muted)}
.embed blockquote{border:1px solid var(--line);border-left:1px solid var(--line);border-radius:10px;padding:12px 16px;background:var(--soft);font-size:1rem}
.embed .handle{color:var(--muted);margin-left:4px}
.embed footer a{font-weight:600;color:var(--brand)}
.sponsor-note{background:var(--spon-bg);color:var(--spon-ink);padding:10px 14px;border-radius:6px;font-size:.9rem}
.sponsor-note a{color:inherit;font-weight:700}
.read{display:grid;grid-template-columns:minmax(0,720px) 320px;gap:48px;align-items:start}
.read-side{display:grid;gap:24px}
.list-head{margin-bottom:20px;border-bottom:1px solid var(--line)}
.pager{display:flex;align-items:center;gap:16px;flex-wrap:wrap;margin-top:32px;font-weight:600}
.pager ol{display:flex;gap:6px;list-style:none;margin:0;padding:0}
.pager ol a,.pager ol span{display:inline-block;min-width:2.2em;padding:4px 8px;text-align:center;border:1px solid var(--line);border-radius:6px;text-decoration:none}
.pager [aria-current]{background:var(--ink);color:var(--bg)}
.site-footer{border-top:1px solid var(--line);padding:24px 0;color:var(--muted);font-size:.9rem}
.site-footer ul{list-style:none;display:flex;flex-wrap:wrap;gap:16px;padding:0;margin:0}
.preview-notice{background:var(--spon-bg);color:var(--spon-ink);border:1px solid #c89b00;padding:10px 14px;margin:0 0 16px;max-width:720px;font-size:.95rem}
@media (max-width:900px){.front,.read{grid-template-columns:1fr}}
@media (max-width:640px){body{font-size:16px}.card{grid-template-columns:110px minmax(0,1fr);gap:12px}.card .excerpt{display:none}.grid{grid-template-columns:1fr}.grid .card{grid-template-columns:110px minmax(0,1fr)}.search{flex-basis:100%}.bar{padding-top:8px;padding-bottom:8px}}
` + adCss
