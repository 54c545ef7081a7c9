/**
 * Signed ad tokens: `<creative id>.<slot id>.<HMAC>` with the site's SECRET. A token proves the
 * site showed this creative in this slot, so impressions, viewability and clicks cannot be sent
 * for pairs it never served, and the click redirect goes only to the creative's stored URL —
 * never to an address taken from the request.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

const pattern = /^([0-9a-f]{24})\.([0-9a-f]{24})\.([A-Za-z0-9_-]{22})$/

export interface AdLinks {
  sign(creativeId: string, slotId: string): string
  /** The pair a token names, or null when it is malformed or its signature does not match. */
  verify(token: string): { creativeId: string; slotId: string } | null
}

export function createAdLinks(secret: string): AdLinks {
  const mac = (creativeId: string, slotId: string) => createHmac('sha256', secret).update(`newsdesk-ad\n${creativeId}\n${slotId}`).digest().subarray(0, 16)
  return {
    sign: (creativeId, slotId) => `${creativeId}.${slotId}.${mac(creativeId, slotId).toString('base64url')}`,
    verify(token) {
      const match = pattern.exec(token)
      if (!match) return null
      const [, creativeId = '', slotId = '', signature = ''] = match
      // Compared as text: base64url decoding ignores the last character's spare bits, so two spellings decode alike.
      const given = Buffer.from(signature)
      const expected = Buffer.from(mac(creativeId, slotId).toString('base64url'))
      return given.length === expected.length && timingSafeEqual(given, expected) ? { creativeId, slotId } : null
    },
  }
}
