import { it } from 'node:test'
import assert from 'node:assert/strict'
import { isoWithOffset } from './dates.js'

/** The reference: every part from Intl, no caching. */
function reference(epochMs: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' })
      .formatToParts(epochMs)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${String(parts.timeZoneName).replace('GMT', '') || '+00:00'}`
}

it('writes Amsterdam time with its offset, also around the DST changes', () => {
  assert.equal(isoWithOffset(Date.UTC(2026, 10, 26, 13, 5, 7)), '2026-11-26T14:05:07+01:00')
  assert.equal(isoWithOffset(Date.UTC(2026, 6, 1, 10, 0)), '2026-07-01T12:00:00+02:00')
  const transitions = [Date.UTC(2026, 2, 29, 1, 0), Date.UTC(2026, 9, 25, 1, 0), Date.UTC(2027, 2, 28, 1, 0)]
  for (const at of transitions) {
    for (let delta = -2 * 3_600_000; delta <= 2 * 3_600_000; delta += 59_000) assert.equal(isoWithOffset(at + delta), reference(at + delta))
  }
})

it('writes Ghost-style dates with milliseconds and the same offset', async () => {
  const { isoWithOffsetMs, offsetMinutes } = await import('./dates.js')
  assert.equal(isoWithOffsetMs(Date.UTC(2026, 10, 26, 13, 5, 7, 42)), '2026-11-26T14:05:07.042+01:00')
  assert.equal(isoWithOffsetMs(Date.UTC(2026, 6, 1, 10, 0)), '2026-07-01T12:00:00.000+02:00')
  assert.equal(offsetMinutes(Date.UTC(2026, 6, 1, 10, 0)), 120)
  assert.equal(offsetMinutes(Date.UTC(2026, 0, 1, 10, 0)), 60)
})
