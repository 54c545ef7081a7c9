import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { documentText, makeExcerpt, readingTime, renderDocumentHtml, validateDocument, type EditorDocument } from './index.js'

const rich: EditorDocument = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'De koers van ' }, { type: 'text', text: 'bitcoin', marks: [{ type: 'bold' }] }, { type: 'text', text: ' steeg.' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Wat zeggen analisten?' }] },
    { type: 'blockquote', attrs: { citation: 'Eva Jansen, analist' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dit is pas het begin.' }] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Eén' }] }] }] },
    { type: 'image', attrs: { src: '/media/a.webp', alt: 'Grafiek', caption: 'De koers', credit: 'Beeld: redactie' } },
    { type: 'embed', attrs: { provider: 'x', url: 'https://x.com/kanaal/status/1861234567890123456', authorName: 'Kanaal', authorHandle: '@kanaal', text: 'Onze analyse <staat> online', postedAt: '2026-11-20' } },
    { type: 'paragraph', content: [{ type: 'text', text: 'Lees ', marks: [] }, { type: 'text', text: 'meer', marks: [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } }] }] },
  ],
}

describe('editor document', () => {
  it('accepts a document with every node type and returns a clean copy', () => {
    const result = validateDocument(rich)
    assert.ok(result.ok)
    assert.equal(result.doc.content.length, 7)
  })

  it('drops unknown attributes', () => {
    const result = validateDocument({ type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'x' }, content: [{ type: 'text', text: 'a', extra: 1 }] }] })
    assert.ok(result.ok)
    assert.deepEqual(result.doc, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] })
  })

  it('rejects unknown nodes, unsafe links and wrong embeds with paths', () => {
    const result = validateDocument({
      type: 'doc',
      content: [
        { type: 'script', content: [] },
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        { type: 'heading', attrs: { level: 1 }, content: [] },
        { type: 'embed', attrs: { provider: 'x', url: 'https://evil.example/status/1' } },
      ],
    })
    assert.ok(!result.ok)
    const paths = result.problems.map((p) => p.path)
    assert.deepEqual(paths, ['doc.content[0].type', 'doc.content[1].content[0].marks[0].attrs.href', 'doc.content[2].attrs.level', 'doc.content[3].attrs.url'])
  })

  it('rejects what is not a document', () => {
    assert.equal(validateDocument('hello').ok, false)
    assert.equal(validateDocument({ type: 'doc', content: 'x' }).ok, false)
  })

  it('renders escaped HTML with heading anchors, quotes, figures and a static embed card', () => {
    const html = renderDocumentHtml(rich, { embedLabel: (n) => `Bekijk op ${n}` })
    assert.match(html, /<p>De koers van <strong>bitcoin<\/strong> steeg\.<\/p>/)
    assert.match(html, /<h2 id="wat-zeggen-analisten">Wat zeggen analisten\?<\/h2>/)
    assert.match(html, /<blockquote><p>Dit is pas het begin\.<\/p><footer>Eva Jansen, analist<\/footer><\/blockquote>/)
    assert.match(html, /<figure class="image"><img src="\/media\/a.webp" alt="Grafiek" loading="lazy" decoding="async"><figcaption>De koers <span class="credit">Beeld: redactie<\/span><\/figcaption><\/figure>/)
    assert.match(html, /Onze analyse &#60;staat&#62; online/)
    assert.match(html, /Bekijk op X<\/a>/)
    assert.doesNotMatch(html, /<script|<iframe/)
    assert.match(html, /href="https:\/\/example.org\/a\?b=1&#38;c=2" rel="noopener"/)
  })

  it('marks links sponsored when asked', () => {
    assert.match(renderDocumentHtml(rich, { linkRel: 'sponsored' }), /rel="sponsored noopener"/)
  })

  it('derives text, excerpt and reading time', () => {
    const text = documentText(rich)
    assert.match(text, /Wat zeggen analisten\?/)
    assert.equal(makeExcerpt('Een inleiding.', text), 'Een inleiding.')
    const long = 'woord '.repeat(200)
    const excerpt = makeExcerpt(null, long, 100)
    assert.ok(excerpt.length <= 101 && excerpt.endsWith('…'))
    assert.equal(readingTime(100, 0, false), 1)
    assert.equal(readingTime(1100, 0, false), 4)
    assert.equal(readingTime(1100, 2, true), 5)
  })
})
