/** Seeded randomness for demo and synthetic content: the same seed gives the same output. */

/** A small deterministic PRNG, so the same article always gets the same picture. */
export function seededRandom(seedText: string): () => number {
  let seed = 2166136261
  for (const ch of seedText) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619)
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
