import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { htmlToDocument, renderDocumentHtml, validateDocument, type BlockNode, type InlineNode, type Mark } from './index.js'

/** Converts, and checks the result is a document the validator accepts unchanged. */
function convert(html: string): { content: BlockNode[]; dropped: Record<string, number>; html: string } {
  const { doc, dropped } = htmlToDocument(html)
  const validation = validateDocument(doc)
  assert.ok(validation.ok, JSON.stringify(!validation.ok && validation.problems))
  assert.deepEqual(validation.doc, doc)
  return { content: doc.content, dropped, html: renderDocumentHtml(doc) }
}

const t = (text: string, ...marks: Mark[]): InlineNode => (marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text })
const p = (...content: (InlineNode | string)[]): BlockNode => ({ type: 'paragraph', content: content.map((c) => (typeof c === 'string' ? t(c) : c)) })
const bold: Mark = { type: 'bold' }
const italic: Mark = { type: 'italic' }
const link = (href: string): Mark => ({ type: 'link', attrs: { href } })
const br: InlineNode = { type: 'hardBreak' }
const item = (...content: unknown[]): unknown => ({ type: 'listItem', content })
const embed = (provider: string, url: string, extra: Record<string, string> = {}) => ({
  type: 'embed',
  attrs: { provider, url, authorName: null, authorHandle: null, text: null, postedAt: null, ...extra },
})
const image = (src: string, extra: Record<string, unknown> = {}) => ({ type: 'image', attrs: { src, alt: '', caption: null, credit: null, width: null, height: null, ...extra } })

function assertInert(html: string): void {
  assert.doesNotMatch(html, /<script/i)
  assert.doesNotMatch(html, /<[^>]*\son\w+\s*=/i)
  assert.doesNotMatch(html, /javascript:|vbscript:|data:/i)
  assert.doesNotMatch(html, /<(iframe|svg|object|embed|form|input|style|math)\b|style=/i)
}

describe('htmlToDocument', () => {
  it('maps paragraphs and inline marks, collapsing whitespace and decoding entities', () => {
    const { content, dropped } = convert('<p>  Een <strong>vet <em>en schuin</em></strong>\n\t<b>woord</b> <i>hier</i>. </p><p>Tom &amp; Jerry &lt;3 caf&eacute; &#8220;x&#8221;&nbsp;!</p>')
    assert.deepEqual(content, [
      p('Een ', t('vet ', bold), t('en schuin', bold, italic), ' ', t('woord', bold), ' ', t('hier', italic), '.'),
      p('Tom & Jerry <3 café “x”\u00a0!'),
    ])
    assert.deepEqual(dropped, {})
  })

  it('maps h1/h2 to level 2 and h3–h6 to level 3', () => {
    const { content } = convert('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h6><em>E</em></h6>')
    const heading = (level: 2 | 3, text: InlineNode) => ({ type: 'heading', attrs: { level }, content: [text] })
    assert.deepEqual(content, [heading(2, t('A')), heading(2, t('B')), heading(3, t('C')), heading(3, t('D')), heading(3, t('E', italic))])
  })

  it('wraps loose text in paragraphs, unwraps wrappers and removes empty paragraphs', () => {
    const { content, dropped } = convert(
      'Losse tekst <span>met</span> <u>opmaak</u><div>Een <font color="red">div</font></div><section><article>Artikel</article></section><p></p><p>&nbsp;</p><p> <br> </p>',
    )
    assert.deepEqual(content, [p('Losse tekst met opmaak'), p('Een div'), p('Artikel')])
    assert.deepEqual(dropped, {})
  })

  it('maps br to a hard break without spaces around it, and pre keeps its lines', () => {
    const { content } = convert('<p>Regel één <br/>  regel twee<br></p><pre>a\n  b</pre>')
    assert.deepEqual(content, [p('Regel één', br, 'regel twee'), p('a', br, '  b')])
  })

  it('keeps http(s), mailto: and site links, and drops other links but keeps their text', () => {
    const { content, dropped } = convert(
      '<p><a href="https://example.org/a?b=1&amp;c=2">a</a> <a href="mailto:tips@krant.nl">b</a> <a href="/nieuws/x">c</a> <a href="//cdn.example.org/x">d</a> ' +
        '<a href="javascript:alert(1)">e</a> <a href="data:text/html,<script>alert(1)</script>">f</a> <a href="vbscript:msgbox(1)">g</a> ' +
        '<a href="ftp://example.org/x">h</a> <a href="pagina.html">i</a> <a href=" JaVa&#x09;ScRiPt:alert(1)">j</a> <a name="anker">k</a></p>',
    )
    assert.deepEqual(content, [
      p(t('a', link('https://example.org/a?b=1&c=2')), ' ', t('b', link('mailto:tips@krant.nl')), ' ', t('c', link('/nieuws/x')), ' ', t('d', link('https://cdn.example.org/x')), ' e f g h i j k'),
    ])
    assert.deepEqual(dropped, { 'link:javascript': 2, 'link:data': 1, 'link:vbscript': 1, 'link:ftp': 1, 'link:relative': 1 })
  })

  it('maps lists with nesting, start numbers and paragraphs in items', () => {
    const { content } = convert(
      '<ul><li>Een<ul><li>Een.a</li></ul></li><li><p>Twee</p><p>meer</p></li><li></li><li><h3>Kop</h3></li></ul>' + '<ol start="3"><li>Drie</li>los<li>Vier</li></ol>',
    )
    assert.deepEqual(content, [
      { type: 'bulletList', content: [item(p('Een'), { type: 'bulletList', content: [item(p('Een.a'))] }), item(p('Twee'), p('meer')), item(p('Kop'))] },
      { type: 'orderedList', attrs: { start: 3 }, content: [item(p('Drie'), p('los')), item(p('Vier'))] },
    ])
  })

  it('moves images out of list items and flattens lists nested deeper than the schema allows', () => {
    const { content } = convert('<ul><li>Foto<img src="https://example.org/a.jpg"></li></ul>')
    assert.deepEqual(content, [{ type: 'bulletList', content: [item(p('Foto'))] }, image('https://example.org/a.jpg')])
    const deep = convert(`${'<ul><li>x'.repeat(12)}${'</li></ul>'.repeat(12)}`)
    assert.equal(deep.html.match(/x/g)?.length, 12)
  })

  it('maps blockquotes, taking the citation from cite, footer or a closing dash line', () => {
    const quote = (citation: string | null, ...content: BlockNode[]) => ({ type: 'blockquote', ...(citation ? { attrs: { citation } } : {}), content })
    assert.deepEqual(convert('<blockquote><p>Dit is pas het begin.</p><cite>Eva Jansen</cite></blockquote>').content, [quote('Eva Jansen', p('Dit is pas het begin.'))])
    assert.deepEqual(convert('<blockquote><p>Ja.</p><footer>— <cite>Piet</cite>, wethouder</footer></blockquote>').content, [quote('Piet, wethouder', p('Ja.'))])
    assert.deepEqual(convert('<blockquote><p>Nee.</p><p>– Kees</p></blockquote>').content, [quote('Kees', p('Nee.'))])
    assert.deepEqual(convert('<blockquote><p>Misschien.<br>— Anna de Wit</p></blockquote>').content, [quote('Anna de Wit', p('Misschien.'))])
    assert.deepEqual(convert('<blockquote>Los <h2>Kop</h2><blockquote>Binnen</blockquote><hr></blockquote>').content, [quote(null, p('Los'), p('Kop'), p('Binnen'))])
    assert.deepEqual(convert('<blockquote><p>— alleen een streep</p></blockquote>').content, [quote(null, p('— alleen een streep'))])
  })

  it('maps hr to a horizontal rule', () => {
    assert.deepEqual(convert('<p>a</p><hr><p>b</p>').content, [p('a'), { type: 'horizontalRule' }, p('b')])
  })

  it('maps images and figures with caption and credit, and drops unsafe image sources', () => {
    const { content, dropped } = convert(
      '<img src="/media/a.webp" alt=" Een   grafiek " width="800" height="600">' +
        '<figure><a href="/groot.jpg"><img src="https://example.org/b.jpg" alt="B" width="-1" height="abc"></a><figcaption>De koers <span class="credit">Beeld: ANP</span></figcaption></figure>' +
        '<img src="data:image/gif;base64,R0lGOD" data-src="https://example.org/lazy.jpg">' +
        '<img src="/wp-content/uploads/x.jpg"><img src="javascript:alert(1)"><img>',
    )
    assert.deepEqual(content, [
      image('/media/a.webp', { alt: 'Een grafiek', width: 800, height: 600 }),
      image('https://example.org/b.jpg', { alt: 'B', caption: 'De koers', credit: 'Beeld: ANP' }),
      image('https://example.org/lazy.jpg'),
    ])
    assert.deepEqual(dropped, { img: 3 })
  })

  it('maps an X embed blockquote to an embed card with its text, author and date', () => {
    const { content, dropped } = convert(
      '<blockquote class="twitter-tweet"><p lang="nl" dir="ltr">Het kabinet is gevallen. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>' +
        '&mdash; NOS (@NOS) <a href="https://twitter.com/NOS/status/1861234567890123456?ref_src=twsrc%5Etfw">November 20, 2026</a></blockquote>' +
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
    )
    assert.deepEqual(content, [
      embed('x', 'https://x.com/NOS/status/1861234567890123456', { authorName: 'NOS', authorHandle: '@NOS', text: 'Het kabinet is gevallen. pic.twitter.com/abc', postedAt: '2026-11-20' }),
    ])
    assert.deepEqual(dropped, { script: 1 })
  })

  it('maps YouTube iframes to embeds and drops other frames', () => {
    const { content, dropped } = convert(
      '<iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" allowfullscreen></iframe><iframe src="https://www.youtube-nocookie.com/embed/abcdefghijk"></iframe><iframe src="https://evil.example/"><p>fallback</p></iframe>',
    )
    assert.deepEqual(content, [embed('youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'), embed('youtube', 'https://www.youtube.com/watch?v=abcdefghijk')])
    assert.deepEqual(dropped, { iframe: 1 })
  })

  it('turns a paragraph that is only a post URL into an embed, but not a URL in a sentence or list', () => {
    const { content } = convert(
      '<p>https://x.com/nos/status/123</p><p><a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a></p><p>Zie https://youtu.be/dQw4w9WgXcQ</p><p>https://example.org/nos/status/1</p><ul><li>https://x.com/nos/status/123</li></ul>',
    )
    assert.deepEqual(content, [
      embed('x', 'https://x.com/nos/status/123', { authorHandle: '@nos' }),
      embed('youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'),
      p('Zie https://youtu.be/dQw4w9WgXcQ'),
      p('https://example.org/nos/status/1'),
      { type: 'bulletList', content: [item(p('https://x.com/nos/status/123'))] },
    ])
  })

  it('keeps the text of table cells as paragraphs and counts the table', () => {
    const { content, dropped } = convert('<table><caption>Uitslag</caption><tr><th>Partij</th><th>Zetels</th></tr><tr><td>A <b>B</b></td><td>12</td></tr></table>')
    assert.deepEqual(content, [p('Uitslag'), p('Partij'), p('Zetels'), p('A ', t('B', bold)), p('12')])
    assert.deepEqual(dropped, { table: 1 })
  })

  it('drops scripts, styles, frames, forms and other active content with everything in them', () => {
    const { content, dropped } = convert(
      '<p>Voor</p><script>alert(1)</script><style>p{}</style><object data="x.swf"><p>x</p></object><embed src="x.swf"><form><input name="q"><button>Zoek</button></form>' +
        '<svg><text>svg</text></svg><noscript>noscript</noscript><template><p>t</p></template><video src="v.mp4">video</video><p>Na</p>',
    )
    assert.deepEqual(content, [p('Voor'), p('Na')])
    assert.deepEqual(dropped, { script: 1, style: 1, object: 1, embed: 1, form: 1, svg: 1, noscript: 1, template: 1, video: 1 })
  })

  it('renders hostile input inert', () => {
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">klik</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
      '<svg onload=alert(1)><circle r="1"/></svg>',
      '<script>alert(1)</script>',
      '<iframe src="https://evil.example/"></iframe>',
      '<p onclick="alert(1)" style="background:url(javascript:alert(1))">Hoi</p>',
      '<a href="&#106;avascript:alert(1)">a</a><a href="java\nscript:alert(1)">b</a><a href="vbscript:msgbox(1)">c</a>',
      '<img src="javascript:alert(1)"><img src="data:image/svg+xml,<svg onload=alert(1)>">',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)"><form action="javascript:alert(1)"><input type=submit></form>',
      '<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><link rel=stylesheet href="data:,">',
      '<a href="https://ok.example/" onmouseover="alert(1)" style="color:red">ok</a><div style="width:expression(alert(1))">tekst</div>',
      '<blockquote class="twitter-tweet"><p>x</p><a href="javascript:alert(1)//twitter.com/a/status/1">x</a></blockquote>',
      '<iframe src="javascript:alert(1)//youtube.com/embed/dQw4w9WgXcQ"></iframe><iframe src="https://youtube.com.evil.example/embed/dQw4w9WgXcQ"></iframe>',
      '<scr<script>ipt>alert(1)</scr</script>ipt><!--<script>alert(1)</script>--><![CDATA[<script>alert(1)</script>]]>',
      '<constructor>a</constructor><__proto__>b</__proto__><tostring>c</tostring><hasOwnProperty>d</hasOwnProperty>',
    ]
    for (const payload of payloads) assertInert(convert(payload).html)
    const attr = convert('<img src="https://ok.example/a.jpg" alt="&quot; onerror=&quot;alert(1)">').html
    assert.match(attr, /alt="&#34; onerror=&#34;alert\(1\)"/)
  })

  it('keeps text that looks like markup as text', () => {
    const { content, html } = convert('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
    assert.deepEqual(content, [p('<script>alert(1)</script>')])
    assert.equal(html, '<p>&#60;script&#62;alert(1)&#60;/script&#62;</p>')
  })

  it('converts a WordPress post with block comments, a captioned image, a quote and a YouTube embed', () => {
    const { content, dropped } = convert(`<!-- wp:paragraph -->
<p>De raad stemde <strong>dinsdag</strong> in met het plan.</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading">Wat verandert er?</h2>
<!-- /wp:heading -->

<!-- wp:image {"id":12,"sizeSlug":"large"} -->
<figure class="wp-block-image size-large"><img src="https://example.org/wp-content/uploads/raad.jpg" alt="De raadzaal" class="wp-image-12" width="1024" height="683"/><figcaption class="wp-element-caption">De raadzaal.</figcaption></figure>
<!-- /wp:image -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph --><p>We doen dit samen.</p><!-- /wp:paragraph --><cite>Wethouder De Vries</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=dQw4w9WgXcQ
</div><figcaption class="wp-element-caption">Het debat</figcaption></figure>
<!-- /wp:embed -->

<!-- wp:list -->
<ul class="wp-block-list"><!-- wp:list-item --><li>Meer groen</li><!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:separator -->
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<!-- /wp:separator -->

<div class="wp-caption"><img src="/media/oud.jpg" alt=""><p class="wp-caption-text">Klassieke editor</p></div>`)
    assert.deepEqual(content, [
      p('De raad stemde ', t('dinsdag', bold), ' in met het plan.'),
      { type: 'heading', attrs: { level: 2 }, content: [t('Wat verandert er?')] },
      image('https://example.org/wp-content/uploads/raad.jpg', { alt: 'De raadzaal', caption: 'De raadzaal.', width: 1024, height: 683 }),
      { type: 'blockquote', attrs: { citation: 'Wethouder De Vries' }, content: [p('We doen dit samen.')] },
      embed('youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'),
      p('Het debat'),
      { type: 'bulletList', content: [item(p('Meer groen'))] },
      { type: 'horizontalRule' },
      image('/media/oud.jpg', { caption: 'Klassieke editor' }),
    ])
    assert.deepEqual(dropped, {})
  })

  it('converts Ghost cards and a Google Docs paste', () => {
    const ghost = convert(
      '<figure class="kg-card kg-embed-card"><iframe width="200" src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" frameborder="0"></iframe></figure>' +
        '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700">Vet</span> en <span style="font-style:italic">schuin</span></p></b>',
    )
    assert.deepEqual(ghost.content, [embed('youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'), p(t('Vet', bold), ' en ', t('schuin', italic))])
  })

  it('flattens pathological nesting into text instead of recursing', { timeout: 20_000 }, () => {
    const divs = convert(`${'<div>'.repeat(100_000)}diep<img src="https://example.org/a.jpg"><script>x</script>${'</div>'.repeat(100_000)}`)
    assert.deepEqual(divs.content, [p('diep')])
    assert.deepEqual(divs.dropped, { img: 1, script: 1 })
    const marks = convert(`${'<b><i><a href="/a">'.repeat(30_000)}x`)
    assert.equal(marks.content.length, 1)
    const quotes = convert(`${'<blockquote>'.repeat(5_000)}citaat`)
    assert.match(quotes.html, /citaat/)
    // A megabyte of unclosed tags made the parser itself quadratic (over half a minute).
    assert.deepEqual(convert(`${'<b>'.repeat(300_000)}x`).content, [p(t('x', bold))])
  })

  it('keeps structure that is long but not deep, like unclosed paragraphs and list items', () => {
    assert.equal(convert('<p>x'.repeat(3_000)).content.length, 3_000)
    const list = convert(`<ol>${'<li>x'.repeat(3_000)}</ol>`).content[0]
    assert.equal(list?.type === 'orderedList' && list.content.length, 3_000)
  })

  it('stays within the validator limits for huge input', () => {
    const many = convert('<p>x</p>'.repeat(30_000))
    assert.equal(many.content.length, 25_000)
    assert.deepEqual(many.dropped, { 'limit:nodes': 5_000 })
    const long = convert(`<p>${'woord '.repeat(100_000)}</p>`)
    assert.equal(long.content.length, 1)
  })
})
