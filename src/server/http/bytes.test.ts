import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { jsonBytes, RawJson, utf8Bytes } from './bytes.js'

describe('utf8Bytes', () => {
  it('gives the same bytes as Buffer.from for short, long, non-Latin and surrogate-pair text', () => {
    const samples = [
      '',
      'kort',
      'Bitcoin stijgt — “koers” €1.000 ✓ '.repeat(400),
      'één zin met emoji 🚀 en 中文 '.repeat(1000),
      'a'.repeat(5000) + '\u{1F600}',
      // A lone surrogate becomes U+FFFD in both.
      'x'.repeat(5000) + '\uD800' + 'y',
    ]
    for (const text of samples) assert.deepEqual(utf8Bytes(text), Buffer.from(text))
  })

  it('returns a buffer of its own: a later call does not change an earlier answer', () => {
    const first = utf8Bytes('eerste '.repeat(1000))
    const copy = Buffer.from(first)
    utf8Bytes('tweede, langer '.repeat(2000))
    assert.deepEqual(first, copy)
  })
})

describe('jsonBytes', () => {
  const same = (value: unknown) => assert.equal(jsonBytes(value).toString('utf8'), JSON.stringify(value))

  it('writes what JSON.stringify writes, for every kind of plain data', () => {
    same(null)
    same('tekst met "aanhalingstekens", \\ en \n regels')
    same(42)
    same([])
    same({})
    same([1, 'twee', null, true, undefined, { a: undefined, b: [undefined] }])
    same({ posts: [{ id: 'a', title: 'Koers — “stijgt”', tags: [{ name: 'bitcoin' }], html: '<p>€ 10</p>' }], meta: { pagination: { page: 1, next: null } } })
    same({ skipped: undefined, fn: () => 1, date: new Date(0), nested: { deep: { deeper: [1, { x: 'y' }] } } })
    same({ '"sleutel"': 1, 'é': 'ü' })
  })

  it('places RawJson pieces as they are', () => {
    const bytes = jsonBytes({ posts: [new RawJson('{"id":"a","tags":[{"slug":"x"}]}'), { id: 'b' }], meta: { total: new RawJson('2') } })
    assert.deepEqual(JSON.parse(bytes.toString('utf8')), { posts: [{ id: 'a', tags: [{ slug: 'x' }] }, { id: 'b' }], meta: { total: 2 } })
  })

  it('handles an answer far bigger than its scratch buffer', () => {
    const posts = Array.from({ length: 400 }, (_, i) => ({ id: String(i), html: `<p>${'Één alinea met een ellips… '.repeat(200)}</p>` }))
    same({ posts, meta: {} })
  })
})
