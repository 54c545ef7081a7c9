import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ContentArticle } from '../../modules/content-api/index.js'
import { absoluteHtml, articleJson, presentArticle, presentMemo } from './presenters.js'

const ctx = { siteUrl: 'https://nieuws.example', locale: 'nl' as const }
const tag = (id: string, visibility: 'public' | 'internal' = 'public') => ({ id, name: `Tag ${id}`, slug: id, description: null, visibility, seoTitle: null, seoDescription: 'Over “munten” — alles' })
const author = (id: string) => ({ id, name: `Redacteur ${id}`, slug: id, bio: 'Schrijft over € en ₿', website: null, profileImage: '/media/p.jpg' })

function article(overrides: Partial<ContentArticle> = {}): ContentArticle {
  return {
    id: 'a1', uuid: 'u1', type: 'article', slug: 'koers-stijgt', title: 'Koers stijgt — “weer”', standfirst: 'Kort', excerpt: 'Een samenvatting…', readingTime: 3,
    featureImage: '/media/x.jpg', featureImageAlt: 'Grafiek', featureImageCaption: null, featured: 1, seoTitle: null, seoDescription: 'SEO', canonicalUrl: null,
    publishedAt: Date.UTC(2026, 10, 20, 9), createdAt: Date.UTC(2026, 10, 19), updatedAt: Date.UTC(2026, 10, 20, 10), bodyHtmlJson: JSON.stringify('<p><img src="/media/x.jpg" alt="a"> “tekst”</p>'),
    ...overrides,
  }
}

describe('articleJson', () => {
  it('writes byte for byte what JSON.stringify of presentArticle writes, in the same key order', () => {
    const cases: { a: ContentArticle; formats: { html: boolean; plaintext: boolean }; extra?: Record<string, unknown> }[] = [
      { a: article({ tags: [tag('bitcoin'), tag('markt')], authors: [author('p1'), author('p2')] }), formats: { html: true, plaintext: false } },
      { a: article({ tags: [tag('intern', 'internal'), tag('markt')], authors: [] }), formats: { html: false, plaintext: false } },
      { a: article({ tags: [], authors: [author('p1')], bodyText: 'platte tekst' }), formats: { html: true, plaintext: true }, extra: { tiers: [{ id: 'free' }], sentiment: 0 } },
      { a: article(), formats: { html: true, plaintext: false } },
      { a: article({ bodyHtmlJson: JSON.stringify('<p>Geen adressen, wel "aanhalingstekens"\n en een ellips…</p>') }), formats: { html: true, plaintext: false } },
      { a: article({ bodyHtmlJson: undefined }), formats: { html: true, plaintext: false } },
      { a: article({ type: 'page', slug: 'over-ons', tags: [tag('x')], authors: [author('p1')] }), formats: { html: true, plaintext: false } },
    ]
    for (const { a, formats, extra = {} } of cases) {
      const expected = JSON.stringify(Object.assign(presentArticle(a, ctx, formats, presentMemo()), extra))
      assert.equal(articleJson(a, ctx, formats, presentMemo(), extra).json, expected)
    }
  })

  it('shares one memo across the posts of an answer without mixing them up', () => {
    const memo = presentMemo()
    const first = JSON.parse(articleJson(article({ id: 'a1', tags: [tag('bitcoin')], authors: [author('p1')] }), ctx, { html: false, plaintext: false }, memo).json)
    const second = JSON.parse(articleJson(article({ id: 'a2', tags: [tag('markt'), tag('bitcoin')], authors: [author('p2')] }), ctx, { html: false, plaintext: false }, memo).json)
    assert.deepEqual(first.tags.map((t: { slug: string }) => t.slug), ['bitcoin'])
    assert.deepEqual(second.tags.map((t: { slug: string }) => t.slug), ['markt', 'bitcoin'])
    assert.equal(second.primary_tag.slug, 'markt')
    assert.equal(second.primary_author.slug, 'p2')
    assert.equal(first.feature_image, 'https://nieuws.example/media/x.jpg')
  })
})

describe('absoluteHtml', () => {
  const site = 'https://nieuws.example'
  it('makes relative src, href and srcset addresses absolute and leaves the rest alone', () => {
    assert.equal(absoluteHtml('<p>Geen links, wel "/quotes" en data-x="/b"</p>', site), '<p>Geen links, wel "/quotes" en data-x="/b"</p>')
    assert.equal(absoluteHtml('<a href="/bitcoin/">x</a><img src="/media/a.jpg">', site), '<a href="https://nieuws.example/bitcoin/">x</a><img src="https://nieuws.example/media/a.jpg">')
    assert.equal(absoluteHtml('<a href="//cdn.example/x">x</a><a href="https://elders.example/">y</a>', site), '<a href="//cdn.example/x">x</a><a href="https://elders.example/">y</a>')
    assert.equal(absoluteHtml('<img srcset="https://cdn.example/a.jpg 1x, /media/b.jpg 2x">', site), '<img srcset="https://cdn.example/a.jpg 1x, https://nieuws.example/media/b.jpg 2x">')
    const plain = '<p>Alleen tekst.</p>'
    assert.equal(absoluteHtml(plain, site), plain)
  })
})
