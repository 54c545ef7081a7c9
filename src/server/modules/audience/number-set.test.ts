import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { NumberSet } from './number-set.js'

describe('NumberSet', () => {
  it('holds 48-bit numbers, zero included, each once', () => {
    const set = new NumberSet(10)
    for (const n of [0, 1, 2 ** 48 - 1, 2 ** 31, 123_456_789_012]) assert.equal(set.add(n), true)
    assert.equal(set.add(2 ** 48 - 1), false, 'already there')
    assert.equal(set.size, 5)
    for (const n of [0, 1, 2 ** 48 - 1, 2 ** 31, 123_456_789_012]) assert.equal(set.has(n), true)
    for (const n of [2, 2 ** 48 - 2, 2 ** 31 + 1]) assert.equal(set.has(n), false)
  })

  it('keeps every member through its growth, and answers like a Set', () => {
    const set = new NumberSet(1_000_000, 16)
    const reference = new Set<number>()
    const bytes = randomBytes(6 * 200_000)
    for (let i = 0; i < 200_000; i += 1) {
      const n = bytes.readUIntBE(i * 6, 6)
      assert.equal(set.add(n), !reference.has(n))
      reference.add(n)
    }
    assert.equal(set.size, reference.size)
    for (const n of reference) assert.ok(set.has(n))
    const others = randomBytes(6 * 10_000)
    for (let i = 0; i < 10_000; i += 1) {
      const n = others.readUIntBE(i * 6, 6)
      assert.equal(set.has(n), reference.has(n))
    }
  })

  it('stops taking new numbers at its limit', () => {
    const set = new NumberSet(100)
    for (let i = 0; i < 150; i += 1) set.add(i * 7919)
    assert.equal(set.size, 100)
    assert.equal(set.has(99 * 7919), true)
    assert.equal(set.has(100 * 7919), false)
  })
})
