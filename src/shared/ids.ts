/**
 * 24-character lowercase hex ids, the form of Ghost's ObjectIds (Ghost clients check it):
 * 8 hex of seconds since 1970, then 16 random hex, so ids sort roughly by creation.
 */
export function newId(now: number = Date.now()): string {
  const seconds = Math.floor(now / 1000).toString(16).padStart(8, '0').slice(-8)
  const random = new Uint8Array(8)
  globalThis.crypto.getRandomValues(random)
  return seconds + Array.from(random, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function isId(value: string): boolean {
  return /^[0-9a-f]{24}$/.test(value)
}
