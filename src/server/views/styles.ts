/** The site's inline stylesheet (kept small: no external CSS request before first paint). */
export const siteCss = `
:root{--ink:#14171f;--muted:#5b6270;--line:#e3e6eb;--brand:#0b5cff;--bg:#fff;--soft:#f5f7fa;--warn:#c4161c}
*{box-sizing:border-box}
body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:inherit}
.wrap{max-width:1120px;margin:0 auto;padding:0 16px}
.site-header{border-bottom:1px solid var(--line)}
.site-header .wrap{display:flex;align-items:center;gap:24px;min-height:64px}
.site-name{font-weight:800;font-size:1.5rem;text-decoration:none;letter-spacing:-.02em}
.breaking{background:var(--warn);color:#fff;font-weight:600}
.breaking .wrap{padding:8px 16px}
.breaking a{color:#fff}
main{padding:24px 0 48px}
h1{font-size:clamp(1.7rem,4vw,2.6rem);line-height:1.15;margin:.2em 0 .4em;letter-spacing:-.02em}
.list{list-style:none;margin:0;padding:0;display:grid;gap:20px}
.card{display:grid;grid-template-columns:200px 1fr;gap:16px;align-items:start}
.card img{width:100%;height:auto;aspect-ratio:16/9;object-fit:cover;border-radius:6px;background:var(--soft)}
.card h2{font-size:1.2rem;line-height:1.3;margin:0 0 4px}
.card h2 a{text-decoration:none}
.card p{margin:0;color:var(--muted);font-size:.95rem}
.meta{color:var(--muted);font-size:.875rem}
.tags{display:flex;gap:8px;flex-wrap:wrap;margin:0;padding:0;list-style:none}
.tags a{font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;text-decoration:none;color:var(--brand)}
.label-sponsored{display:inline-block;background:#ffe9a8;color:#5a4300;font-weight:700;font-size:.8rem;padding:2px 8px;border-radius:4px}
article.story{max-width:720px}
.standfirst{font-size:1.2rem;color:#333;font-weight:500}
.feature{margin:16px 0}
.feature img,.body img{width:100%;height:auto;border-radius:6px}
figcaption{font-size:.85rem;color:var(--muted);margin-top:4px}
.credit{opacity:.8}
.body h2{font-size:1.5rem;margin:1.6em 0 .4em}
.body h3{font-size:1.2rem;margin:1.4em 0 .3em}
.body blockquote{margin:1.5em 0;padding:.2em 0 .2em 1em;border-left:4px solid var(--brand);font-size:1.1rem}
.body blockquote footer{font-size:.9rem;color:var(--muted)}
.embed blockquote{border:1px solid var(--line);border-radius:10px;padding:12px 16px;background:var(--soft);font-size:1rem}
.embed .handle{color:var(--muted);margin-left:4px}
.sponsor-note{background:#fff8e1;border:1px solid #f0d98c;padding:10px 14px;border-radius:6px;font-size:.9rem}
.site-footer{border-top:1px solid var(--line);padding:24px 0;color:var(--muted);font-size:.9rem}
.site-footer ul{list-style:none;display:flex;gap:16px;padding:0;margin:0}

.preview-notice{background:#fff4ce;border:1px solid #e0b400;padding:10px 14px;margin:16px 0;max-width:720px;font-size:.95rem}
@media (max-width:640px){.card{grid-template-columns:110px 1fr}.card p{display:none}body{font-size:16px}}
`
