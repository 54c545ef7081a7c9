import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { isValidSlug, maxSlugLength, slugify } from './slug.js'

describe('slugify', () => {
  it('folds Dutch accents and ligatures', () => {
    assert.equal(slugify('Één café in Zuid-Holland'), 'een-cafe-in-zuid-holland')
    assert.equal(slugify('Ĳsselmeer-coöperatie kiest voor zonne-energie'), 'ijsselmeer-cooperatie-kiest-voor-zonne-energie')
    assert.equal(slugify("Auto's en zo'n België"), 'autos-en-zon-belgie')
  })

  it('spells out symbols in the locale', () => {
    assert.equal(slugify('Bitcoin & Ethereum: 10% winst, €5 miljard'), 'bitcoin-en-ethereum-10-procent-winst-euro-5-miljard')
    assert.equal(slugify('Bitcoin & Ethereum', 'en'), 'bitcoin-and-ethereum')
  })

  it('cuts long titles at a word', () => {
    const slug = slugify('De Nederlandsche Bank waarschuwt voor de risico’s van stablecoins in het betalingsverkeer en vraagt om strengere regels')
    assert.ok(slug.length <= maxSlugLength)
    assert.ok(!slug.endsWith('-'))
    assert.ok(isValidSlug(slug))
  })

  it('gives nothing for text without letters or digits', () => {
    assert.equal(slugify('!!! ???'), '')
  })

  it('validates typed slugs', () => {
    assert.ok(isValidSlug('bitcoin-koers-2026'))
    assert.ok(!isValidSlug('Bitcoin'))
    assert.ok(!isValidSlug('a--b'))
    assert.ok(!isValidSlug('-a'))
    assert.ok(!isValidSlug(''))
  })
})
