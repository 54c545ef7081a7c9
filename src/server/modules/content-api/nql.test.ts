/**
 * The NQL parser against the grammar's cases: what each filter becomes (as the Mongo-style JSON
 * Ghost's nql-lang yields) and which filters must fail.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { NqlSyntaxError, parseNql, toMongo } from './nql.js'

const now = Date.UTC(2026, 10, 26, 12, 30, 15)
const mongo = (filter: string) => toMongo(parseNql(filter, now))

describe('NQL parser', () => {
  it('parses equality with every kind of value', () => {
    assert.deepEqual(mongo('featured:true'), { featured: true })
    assert.deepEqual(mongo('featured:FALSE'), { featured: false })
    assert.deepEqual(mongo('feature_image:null'), { feature_image: null })
    assert.deepEqual(mongo('tag:bitcoin'), { tag: 'bitcoin' })
    assert.deepEqual(mongo('reading_time:3'), { reading_time: 3 })
    assert.deepEqual(mongo("title:'Bitcoin stijgt, weer'"), { title: 'Bitcoin stijgt, weer' })
    assert.deepEqual(mongo('slug:bitcoin-boven-70000-dollar'), { slug: 'bitcoin-boven-70000-dollar' })
  })

  it('follows Ghost’s number quirk: parseInt, and digits followed by a dash are text', () => {
    assert.deepEqual(mongo('reading_time:1.5'), { reading_time: 1 })
    assert.deepEqual(mongo('published_at:2024-01-01'), { published_at: '2024-01-01' })
    assert.deepEqual(mongo('slug:2024'), { slug: 2024 })
  })

  it('lower-cases property names and keeps dotted ones', () => {
    assert.deepEqual(mongo('Tags.Slug:bitcoin'), { 'tags.slug': 'bitcoin' })
    assert.deepEqual(mongo('posts_tags.sort_order:0'), { 'posts_tags.sort_order': 0 })
  })

  it('makes AND bind tighter than OR, and groups with parentheses', () => {
    assert.deepEqual(mongo('tag:news+featured:true'), { $and: [{ tag: 'news' }, { featured: true }] })
    assert.deepEqual(mongo('tag:news,tag:markets+featured:true'), { $or: [{ tag: 'news' }, { $and: [{ tag: 'markets' }, { featured: true }] }] })
    assert.deepEqual(mongo('(tag:news,tag:markets)+featured:true'), { $and: [{ $or: [{ tag: 'news' }, { tag: 'markets' }] }, { featured: true }] })
    assert.deepEqual(mongo('a:1+b:2+c:3'), { $and: [{ a: 1 }, { b: 2 }, { c: 3 }] })
    assert.deepEqual(mongo('((tag:news))'), { tag: 'news' })
  })

  it('parses negation, comparisons, lists and their negations', () => {
    assert.deepEqual(mongo('tag:-news'), { tag: { $ne: 'news' } })
    assert.deepEqual(mongo('feature_image:-null'), { feature_image: { $ne: null } })
    assert.deepEqual(mongo("published_at:>'2024-01-01'"), { published_at: { $gt: '2024-01-01' } })
    assert.deepEqual(mongo("published_at:>='2024-01-01 10:00:00'"), { published_at: { $gte: '2024-01-01 10:00:00' } })
    assert.deepEqual(mongo('reading_time:<5'), { reading_time: { $lt: 5 } })
    assert.deepEqual(mongo('reading_time:<=5'), { reading_time: { $lte: 5 } })
    assert.deepEqual(mongo('tags:[bitcoin,ethereum]'), { tags: { $in: ['bitcoin', 'ethereum'] } })
    assert.deepEqual(mongo('tag:[bitcoin, ethereum]'), { tag: { $in: ['bitcoin', 'ethereum'] } })
    assert.deepEqual(mongo('slug:-[news,markets]'), { slug: { $nin: ['news', 'markets'] } })
    assert.deepEqual(mongo("slug:['a b',c]"), { slug: { $in: ['a b', 'c'] } })
  })

  it('lexes unquoted dates with colons after an operator', () => {
    assert.deepEqual(mongo('published_at:>2024-01-01T10:00:00'), { published_at: { $gt: '2024-01-01T10:00:00' } })
  })

  it('parses contains, starts-with and ends-with, and their negations, on quoted strings only', () => {
    assert.deepEqual(mongo("title:~'bitcoin'"), { title: { $regex: '/bitcoin/i' } })
    assert.deepEqual(mongo("title:-~'bitcoin'"), { title: { $not: '/bitcoin/i' } })
    assert.deepEqual(mongo("slug:~^'btc'"), { slug: { $regex: '/^btc/i' } })
    assert.deepEqual(mongo("slug:~$'-2024'"), { slug: { $regex: '/-2024$/i' } })
    assert.deepEqual(parseNql("slug:-~^'btc'", now), { kind: 'cond', field: 'slug', op: 'nstartswith', value: 'btc' })
    assert.throws(() => parseNql('title:~bitcoin', now), NqlSyntaxError)
  })

  it('turns relative dates into UTC timestamps as Ghost does', () => {
    assert.deepEqual(mongo('published_at:>now-7d'), { published_at: { $gt: '2026-11-19 12:30:15' } })
    assert.deepEqual(mongo('published_at:<now+1h'), { published_at: { $lt: '2026-11-26 13:30:15' } })
    assert.deepEqual(mongo('published_at:>now-2w'), { published_at: { $gt: '2026-11-12 12:30:15' } })
    assert.deepEqual(mongo('published_at:>now-1M'), { published_at: { $gt: '2026-10-26 12:30:15' } })
    assert.deepEqual(mongo('published_at:>now-1y'), { published_at: { $gt: '2025-11-26 12:30:15' } })
    assert.deepEqual(mongo('published_at:>now-90m'), { published_at: { $gt: '2026-11-26 11:00:15' } })
    assert.deepEqual(mongo('published_at:>now-15s'), { published_at: { $gt: '2026-11-26 12:30:00' } })
  })

  it('reads escapes in strings and in unquoted values', () => {
    assert.deepEqual(mongo("title:'O\\'Neil'"), { title: "O'Neil" })
    assert.deepEqual(mongo("title:'zegt \\\"ja\\\"'"), { title: 'zegt "ja"' })
    assert.deepEqual(mongo('tag:a\\,b'), { tag: 'a,b' })
    assert.deepEqual(mongo('tag:\\null'), { tag: 'null' })
  })

  it('accepts single-character values (where Ghost’s lexer trips)', () => {
    assert.deepEqual(mongo('tag:[a,b]'), { tag: { $in: ['a', 'b'] } })
    assert.deepEqual(mongo('(tag:a,tag:b)'), { $or: [{ tag: 'a' }, { tag: 'b' }] })
  })

  it('skips whitespace between tokens', () => {
    assert.deepEqual(mongo(' tag:bitcoin + featured:true '), { $and: [{ tag: 'bitcoin' }, { featured: true }] })
  })

  it('rejects what Ghost rejects, saying where', () => {
    const bad = [
      '-tag:news', // prefix negation
      'tag:a featured:true', // no operator between terms
      'a:b++c:d', // double operator
      'tag:news,', // trailing OR
      'tag:news+', // trailing AND
      'tag:[]', // empty list
      'tag:[a,]',
      'title:hello world', // unquoted space
      "title:'zegt \"ja\"'", // unescaped double quote
      "title:'open", // unterminated string
      'title:abc:def', // a colon in an unquoted value reads as the next property
      '(tag:a', // unclosed group
      'tag:a)',
      'tag:', // no value
      'bitcoin', // no property
      'tag:=a',
      '',
      '   ',
    ]
    for (const filter of bad) {
      assert.throws(() => parseNql(filter, now), (error: unknown) => error instanceof NqlSyntaxError && error.message.length > 0, filter)
    }
    assert.throws(() => parseNql('tag:a featured:true', now), /expected .* found "featured:" at 7/)
  })
})
