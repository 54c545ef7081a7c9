import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { testClock } from '../../../../test/helpers/factories.js'
import { createRateLimit } from './rate-limit.js'

describe('collect rate limit (count-min sketch)', () => {
  it('refuses an address over its limit and no other', () => {
    const clock = testClock()
    const limit = createRateLimit({ perWindow: 120, windowMs: 60_000, now: clock.now })
    for (let i = 0; i < 120; i += 1) assert.equal(limit.allow('198.51.100.7'), true)
    assert.equal(limit.allow('198.51.100.7'), false)
    assert.equal(limit.allow('198.51.100.8'), true)
    assert.equal(limit.allow('2001:db8::7'), true)
  })

  it('starts afresh in the next window', () => {
    const clock = testClock(Date.UTC(2026, 10, 26, 12, 0, 30))
    const limit = createRateLimit({ perWindow: 3, windowMs: 60_000, now: clock.now })
    for (let i = 0; i < 3; i += 1) limit.allow('203.0.113.1')
    assert.equal(limit.allow('203.0.113.1'), false)
    clock.advance(29_000)
    assert.equal(limit.allow('203.0.113.1'), false, 'still the same minute')
    clock.advance(1_000)
    assert.equal(limit.allow('203.0.113.1'), true)
  })

  it('does not limit readers when a minute brings 1.5 million beacons from other addresses', () => {
    const clock = testClock()
    const limit = createRateLimit({ perWindow: 120, windowMs: 60_000, now: clock.now })
    for (let n = 0; n < 1_500_000; n += 1) limit.allow(n % 3 === 0 ? `2001:db8:${(n >> 16).toString(16)}::${(n & 0xffff).toString(16)}` : `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`)
    let refused = 0
    for (let reader = 0; reader < 1000; reader += 1) {
      for (let i = 0; i < 100; i += 1) if (!limit.allow(`192.0.${reader >> 8}.${reader & 255}`)) refused += 1
    }
    assert.equal(refused, 0)
  })
})
