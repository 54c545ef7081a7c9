/**
 * Signed, expiring preview links: `/preview/<articleId>.<expiry>.<hmac>/` shows an unpublished
 * article to whoever holds the link (a source checking a quote, an editor on a phone) until it
 * expires. Nothing is stored; SECRET signs them, so every process accepts them.
 */
import { createHmac } from 'node:crypto'
import { AppError } from '../../errors.js'
import { sameToken } from './auth.service.js'

export const previewTtlMs = 48 * 3600 * 1000

export function createPreviewLinks(secret: string, now: () => number) {
  const sign = (payload: string) => createHmac('sha256', secret).update(`preview:${payload}`).digest('base64url')

  return {
    create(articleId: string, ttlMs = previewTtlMs): { token: string; expiresAt: number } {
      const expiresAt = now() + ttlMs
      const payload = `${articleId}.${expiresAt.toString(36)}`
      return { token: `${payload}.${sign(payload)}`, expiresAt }
    },

    /** The article id a token grants, or NOT_FOUND for a forged one and PREVIEW_EXPIRED for an old one. */
    verify(token: string): string {
      const match = /^([0-9a-f]{24})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
      if (!match) throw new AppError('NOT_FOUND')
      const [, articleId, expiry, signature] = match as unknown as [string, string, string, string]
      if (!sameToken(signature, sign(`${articleId}.${expiry}`))) throw new AppError('NOT_FOUND')
      if (parseInt(expiry, 36) <= now()) throw new AppError('PREVIEW_EXPIRED')
      return articleId
    },
  }
}

export type PreviewLinks = ReturnType<typeof createPreviewLinks>
