import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { escapeHtml, markAll, snippet } from './search.snippet.js'
import { createHighlighter, createScorer, expectedShare, ftsExpression, indexText, parseQuery, stem, stemsOf } from './search.text.js'

it('stems Dutch with Snowball and drops stop words from indexed text', () => {
  assert.equal(stem('investeringen'), stem('investering'))
  assert.equal(stem('blockchains'), 'blockchain')
  assert.equal(indexText('De Financiële investeringen van het Rijk'), 'financiel invester rijk')
  assert.deepEqual(new Set(stemsOf('fiets')), new Set(['fiet', 'fiets']))
  assert.ok(stemsOf('fietsen').includes(stem('fiets')), 'the plural is also looked up by its singular')
})

it('parses words, phrases and the prefix being typed; nothing else survives', () => {
  assert.deepEqual(parseQuery('Bitcoin "centrale bank" koe').terms, [
    { kind: 'phrase', words: ['centrale', 'bank'] },
    { kind: 'word', word: 'bitcoin', prefix: false },
    { kind: 'word', word: 'koe', prefix: true },
  ])
  assert.deepEqual(parseQuery('koers ').terms, [{ kind: 'word', word: 'koers', prefix: false }])
  assert.deepEqual(parseQuery('de het een').terms, [])
  assert.deepEqual(parseQuery("' OR 1=1 --").terms, [{ kind: 'word', word: 'or', prefix: false }, { kind: 'word', word: '1', prefix: false }])
  assert.equal(parseQuery('x'.repeat(10_000)).text.length, 200)
  assert.equal(parseQuery('\uD800abc').text, '\uFFFDabc')
  assert.equal(parseQuery(null).terms.length, 0)
  assert.equal(parseQuery('a b c d e f g h i j k l').terms.length, 8)
})

it('builds FTS5 expressions from quoted stems only', () => {
  assert.equal(ftsExpression(parseQuery('fietsen "centrale bank" AND').terms), '{title standfirst body tags authors} : ("central bank" AND ("fiets" OR "fietsen" OR "fiet") AND ("and"*))')
  assert.doesNotMatch(ftsExpression(parseQuery('NEAR(a b) col:x ^y "').terms) ?? '', /NEAR\(|:x|\^/)
})

it('writes a word being typed as the indexed words it begins, or as nothing to match when it begins none', () => {
  const typing = parseQuery('koers invest').terms
  const expansions = new Map([['invest', ['investering', 'investeerder']], ['investen', []], ['invests', []]])
  assert.equal(ftsExpression(typing, expansions), '{title standfirst body tags authors} : (("koer" OR "koers") AND ("investering" OR "investeerder"))')
  assert.equal(ftsExpression(typing, new Map()), null)
})

it('escapes before marking, and cuts a snippet around the matches', () => {
  const matches = createHighlighter(parseQuery('investeringen ').terms)
  assert.equal(markAll('<b>Investering</b> & meer', matches), '&lt;b&gt;<mark>Investering</mark>&lt;/b&gt; &amp; meer')
  const text = `${'woord '.repeat(100)}Nieuwe investeringen <img src=x onerror=alert(1)> in zonne-energie. ${'slot '.repeat(100)}`
  const cut = snippet(text, matches, 12)
  // Five words before the first match, twelve in all.
  assert.equal(cut, '… woord woord woord woord Nieuwe <mark>investeringen</mark> &lt;img src=x onerror=alert(1 …')
  assert.equal(snippet('niets te zien', matches), null)
  assert.equal(escapeHtml(`"'<>&`), '&quot;&#39;&lt;&gt;&amp;')
})

describe('createScorer', () => {
  it('weighs each term: 10 in the title, 4 in the standfirst, 1 elsewhere, stemmed and diacritics-blind', () => {
    const score = createScorer(parseQuery('investeringen kernenergie ').terms)
    assert.equal(score('Investering in kernenergie groeit', null), 20)
    assert.equal(score('Nieuwe plannen', 'De investeringen in kernenergie stijgen'), 8)
    assert.equal(score('Kernenergie terug', 'Meer investeringen'), 14)
    assert.equal(score('Weerbericht', 'Regen'), 2)
    assert.equal(createScorer(parseQuery('"europese commissie" ').terms)('Europese Commissie grijpt in', null), 10)
    assert.equal(createScorer(parseQuery('ecb').terms)('ECB verhoogt rente', null), 10)
    assert.equal(createScorer(parseQuery('cafe ').terms)('Café sluit de deuren', null), 10)
  })
})

it('expects the share of documents a query matches from the shares of its words', () => {
  const shares = new Map([['bitcoin', 0.9], ['koer', 0.5], ['invester', 0.8], ['investeert', 0.6]])
  assert.equal(expectedShare(parseQuery('bitcoin ').terms, shares), 0.9)
  assert.equal(expectedShare(parseQuery('bitcoin koersen ').terms, shares), 0.9 * 0.5)
  assert.equal(expectedShare(parseQuery('invest').terms, shares), 0.8, 'a prefix: its most common word')
  assert.equal(expectedShare(parseQuery('invest ').terms, shares), 0, 'a finished word that is not a common one')
  assert.equal(expectedShare(parseQuery('"bitcoin koers"').terms, shares), 0, 'phrases are left to the index')
  assert.equal(expectedShare(parseQuery('').terms, shares), 0)
})
