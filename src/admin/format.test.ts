/** The schedule picker's Amsterdam wall time ↔ the moment it means, across both offsets and the clock changes. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { fromAmsterdamInput, toAmsterdamInput } from './format.js'

describe('Amsterdam times in the schedule picker', () => {
  it('reads a wall time in winter (+01:00) and in summer (+02:00)', () => {
    assert.equal(fromAmsterdamInput('2026-01-15T09:30'), Date.parse('2026-01-15T08:30:00Z'))
    assert.equal(fromAmsterdamInput('2026-07-15T09:30'), Date.parse('2026-07-15T07:30:00Z'))
    assert.equal(fromAmsterdamInput('2026-07-15T09:30:15'), Date.parse('2026-07-15T07:30:15Z'), 'with seconds')
  })

  it('reads the hours right after the clock changes', () => {
    // 29 March 2026 02:00 → 03:00 (+02:00); 25 October 2026 03:00 → 02:00 (+01:00).
    assert.equal(fromAmsterdamInput('2026-03-29T03:30'), Date.parse('2026-03-29T01:30:00Z'))
    assert.equal(fromAmsterdamInput('2026-03-29T01:30'), Date.parse('2026-03-29T00:30:00Z'))
    assert.equal(fromAmsterdamInput('2026-10-25T04:00'), Date.parse('2026-10-25T03:00:00Z'))
  })

  it('shows a moment as the Amsterdam wall time and reads it back', () => {
    for (const iso of ['2026-01-15T08:30:00Z', '2026-07-15T07:30:00Z', '2026-10-25T03:00:00Z', '2026-12-31T23:59:00Z']) {
      const ms = Date.parse(iso)
      assert.equal(fromAmsterdamInput(toAmsterdamInput(ms)), ms, iso)
    }
    assert.equal(toAmsterdamInput(Date.parse('2026-12-31T23:59:00Z')), '2027-01-01T00:59')
  })

  it('refuses what is not a time', () => {
    assert.equal(fromAmsterdamInput(''), null)
    assert.equal(fromAmsterdamInput('morgen'), null)
  })
})
