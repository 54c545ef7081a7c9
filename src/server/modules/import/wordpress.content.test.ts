import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { htmlToDocument } from '../../../shared/document/index.js'
import { autop, wordpressContent, type WpAttachment } from './wordpress.content.js'

const attachments = new Map<string, WpAttachment>([
  ['31', { url: 'https://oud.example.nl/wp-content/uploads/2024/05/koers.jpg', alt: 'Grafiek van de koers', caption: 'De koers in mei', parent: '7' }],
  ['32', { url: 'https://oud.example.nl/wp-content/uploads/2024/05/beurs.jpg', alt: 'Handelsvloer', caption: '', parent: '7' }],
])
const convert = (content: string, postId = '7') => {
  const wp = wordpressContent(content, postId, attachments)
  const { doc, dropped } = htmlToDocument(wp.html)
  return { doc, dropped: { ...wp.dropped, ...dropped } }
}

describe('WordPress content', () => {
  it('makes paragraphs and line breaks the way wpautop does', () => {
    assert.equal(autop('Eerste alinea.\nZelfde alinea.\n\nTweede alinea.'), '<p>Eerste alinea.<br>\nZelfde alinea.</p>\n<p>Tweede alinea.</p>')
    const { doc } = convert('Inleiding over de markt.\n\n<h2>Wat er gebeurde</h2>\n\nDe koers daalde.\n\n<pre>code\n\nblijft</pre>')
    assert.deepEqual(doc.content.map((n) => n.type), ['paragraph', 'heading', 'paragraph', 'paragraph'])
  })

  it('turns [caption] into an image with its caption and alt text', () => {
    const { doc } = convert('[caption id="attachment_31" align="alignnone" width="800"]<a href="https://oud.example.nl/koers/"><img src="https://oud.example.nl/wp-content/uploads/2024/05/koers-800x450.jpg" alt="Grafiek van de koers" width="800" height="450" /></a> De koers in mei[/caption]')
    const image = doc.content.find((n) => n.type === 'image')
    assert.ok(image && image.type === 'image')
    assert.equal(image.attrs.alt, 'Grafiek van de koers')
    assert.equal(image.attrs.caption, 'De koers in mei')
  })

  it('turns [gallery] into its images, by ids or by the post they belong to', () => {
    assert.equal(convert('[gallery ids="32,31"]').doc.content.filter((n) => n.type === 'image').length, 2)
    const { doc } = convert('[gallery columns="2"]', '7')
    assert.deepEqual(doc.content.flatMap((n) => (n.type === 'image' ? [n.attrs.alt] : [])), ['Grafiek van de koers', 'Handelsvloer'])
  })

  it('turns a bare post URL on its own line, [embed] and a block embed into embed cards', () => {
    const classic = convert('Zie de reactie van de minister:\n\nhttps://x.com/ministerie/status/1850000000000000000\n\nEn verder.')
    assert.deepEqual(classic.doc.content.map((n) => n.type), ['paragraph', 'embed', 'paragraph'])
    const shortcode = convert('[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]')
    assert.equal(shortcode.doc.content[0]?.type, 'embed')
    const block = convert('<!-- wp:embed {"url":"https://twitter.com/ministerie/status/1850000000000000001","type":"rich","providerNameSlug":"twitter"} -->\n<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/ministerie/status/1850000000000000001\n</div></figure>\n<!-- /wp:embed -->')
    const embed = block.doc.content.find((n) => n.type === 'embed')
    assert.ok(embed && embed.type === 'embed')
    assert.equal(embed.attrs.provider, 'x')
  })

  it('drops and counts shortcodes that have no place, and keeps bracketed words that are text', () => {
    const { doc, dropped } = convert('Meld je aan:\n\n[contact-form-7 id="12" title="Nieuwsbrief"]\n\n[audio src="https://oud.example.nl/podcast.mp3"][/audio]\n\nDe koers [sic] steeg [1].')
    assert.equal(dropped['shortcode:contact-form-7'], 1)
    assert.equal(dropped['shortcode:audio'], 1)
    const text = JSON.stringify(doc)
    assert.doesNotMatch(text, /contact-form|\[audio/)
    assert.match(text, /De koers \[sic\] steeg \[1\]\./)
  })

  it('never lets scripts, handlers or frames through', () => {
    const { doc, dropped } = convert('<p onclick="alert(1)">Tekst</p><script>alert(2)</script><iframe src="https://evil.example"></iframe>\n\n<a href="javascript:alert(3)">link</a>')
    const text = JSON.stringify(doc)
    assert.doesNotMatch(text, /alert|onclick|iframe|javascript/)
    assert.ok((dropped.script ?? 0) >= 1)
  })
})
