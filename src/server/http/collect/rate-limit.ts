/**
 * A per-address limit in fixed memory: a count-min sketch over one-minute windows. Each address
 * hashes to one counter in each of two rows; its count is the smaller of the two. Collisions can
 * only over-count, so an address is never let through above the limit, and a reader shares a
 * limit with others only when both of its counters are crowded: at 1.5 million beacons a minute
 * spread over 131,072 counters a row, a counter holds about 11, far below the limit.
 * A Map per address cost a few MB per 50,000 addresses, rebuilt every window, and made the
 * process's memory climb under load (large hash tables linger until a full collection).
 */
const width = 1 << 17

export interface RateLimit {
  /** Counts one request from this address; false when the address is over its limit. */
  allow(address: string): boolean
}

export function createRateLimit(options: { perWindow: number; windowMs: number; now: () => number }): RateLimit {
  const rows = [new Uint16Array(width), new Uint16Array(width)] as const
  let window = Math.floor(options.now() / options.windowMs)
  return {
    allow(address: string): boolean {
      const current = Math.floor(options.now() / options.windowMs)
      if (current !== window) {
        window = current
        rows[0].fill(0)
        rows[1].fill(0)
      }
      const i = hash(address, 0x811c9dc5) & (width - 1)
      const j = hash(address, 0x01000193) & (width - 1)
      const a = rows[0][i]! + 1
      const b = rows[1][j]! + 1
      // Saturate instead of wrapping around after 65,535.
      if (a < 0xffff) rows[0][i] = a
      if (b < 0xffff) rows[1][j] = b
      return Math.min(a, b) <= options.perWindow
    },
  }
}

/** FNV-1a over the string's UTF-16 code units, with the seed as offset basis. */
function hash(text: string, seed: number): number {
  let h = seed
  for (let k = 0; k < text.length; k += 1) {
    h ^= text.charCodeAt(k)
    h = Math.imul(h, 0x01000193)
  }
  // Mix the high bits down: the low bits of FNV on short, similar strings are weak.
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  h ^= h >>> 12
  return h >>> 0
}
