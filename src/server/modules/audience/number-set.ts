/**
 * A set of 48-bit whole numbers in one typed array (open addressing, linear probing), for the
 * day's (reader, article) hashes: about 16 bytes an entry at most, where a Set of numbers takes
 * several times that (each number above 2^31 is its own heap object). It grows by doubling up to
 * a fixed capacity and then stops taking new numbers, so its memory has a hard ceiling.
 */
export class NumberSet {
  private slots: Float64Array
  private count = 0

  constructor(private readonly limit: number, initialSlots = 1 << 12) {
    this.slots = new Float64Array(initialSlots)
  }

  get size(): number {
    return this.count
  }

  has(value: number): boolean {
    const slots = this.slots
    const mask = slots.length - 1
    // 0 marks an empty slot; values are stored plus one so that 0 itself can be a member.
    const stored = value + 1
    for (let i = NumberSet.hash(value) & mask; ; i = (i + 1) & mask) {
      const slot = slots[i]!
      if (slot === 0) return false
      if (slot === stored) return true
    }
  }

  /** Adds the value; false when it was there already or the set is full. */
  add(value: number): boolean {
    if (this.has(value)) return false
    if (this.count >= this.limit) return false
    // Keep the table at most half full, so probes stay short.
    if ((this.count + 1) * 2 > this.slots.length) this.grow()
    this.insert(value + 1)
    this.count += 1
    return true
  }

  private insert(stored: number): void {
    const slots = this.slots
    const mask = slots.length - 1
    let i = NumberSet.hash(stored - 1) & mask
    while (slots[i] !== 0) i = (i + 1) & mask
    slots[i] = stored
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Float64Array(old.length * 2)
    for (const stored of old) if (stored !== 0) this.insert(stored)
  }

  /** Mixes the 48 bits into 32: the values are HMAC output, but the low bits must spread over the table. */
  private static hash(value: number): number {
    const high = Math.floor(value / 0x1000000)
    const low = value % 0x1000000
    return Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b) >>> 0
  }
}
