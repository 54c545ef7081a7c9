/**
 * Content API keys: 26 lowercase hex characters, as Ghost issues them and as its client checks.
 * They are public-ish (apps and browsers send them as ?key=) and grant published content only;
 * still, only a sha256 hash is kept, and the key is shown once. Checks are answered from memory
 * for a few seconds so a busy front end does not cost a query per request; a revoke in this
 * process takes effect at once, one in another process within `rememberMs`.
 */
import { createHash, randomBytes } from 'node:crypto'
import { AppError, validationError } from '../../errors.js'
import { newId } from '../../../shared/ids.js'
import type { ModuleContext } from '../context.js'
import {
  findContentApiKeyByHash,
  findContentApiKeyById,
  insertContentApiKey,
  listContentApiKeys,
  revokeContentApiKey,
  touchContentApiKey,
  type ContentApiKeyRow,
} from './apikey.repository.js'

export interface ContentApiKeyInfo {
  id: string
  name: string
  limitCap: number | null
  createdAt: number
  lastUsedAt: number | null
  revokedAt: number | null
}

/** What a request's key grants. */
export interface ContentApiGrant {
  keyId: string
  limitCap: number | null
}

export const contentApiKeyPattern = /^[0-9a-f]{26}$/
const rememberMs = 5_000
const touchEveryMs = 60_000
const rememberedLimit = 1_000

export function hashContentApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex')
}

function present(row: ContentApiKeyRow): ContentApiKeyInfo {
  const { id, name, limitCap, createdAt, lastUsedAt, revokedAt } = row
  return { id, name, limitCap, createdAt, lastUsedAt, revokedAt }
}

function checkInput(name: unknown, limitCap: unknown): void {
  const problems: { field: string; message: string }[] = []
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100) problems.push({ field: 'name', message: 'a key name has 1 to 100 characters' })
  if (limitCap !== null && limitCap !== undefined && (!Number.isInteger(limitCap) || (limitCap as number) < 1 || (limitCap as number) > 100_000)) {
    problems.push({ field: 'limitCap', message: 'the limit cap is a whole number from 1 to 100000 (or none)' })
  }
  if (problems.length > 0) throw validationError(problems)
}

export function createContentApiKeysService(ctx: ModuleContext) {
  /** key hash → what it grants (null: unknown or revoked) and when that was read. */
  const remembered = new Map<string, { grant: ContentApiGrant | null; at: number; row: ContentApiKeyRow | null }>()

  async function lookUp(hash: string): Promise<{ grant: ContentApiGrant | null; row: ContentApiKeyRow | null }> {
    const now = ctx.now()
    const hit = remembered.get(hash)
    if (hit && now - hit.at < rememberMs) return hit
    const row = (await findContentApiKeyByHash(ctx.db, hash)) ?? null
    const grant = row && row.revokedAt === null ? { keyId: row.id, limitCap: row.limitCap } : null
    if (remembered.size >= rememberedLimit) remembered.clear()
    const entry = { grant, at: now, row }
    remembered.set(hash, entry)
    return entry
  }

  return {
    /** Creates a key; the key is in this answer only. */
    async create(input: { name: string; limitCap?: number | null }): Promise<{ key: string; info: ContentApiKeyInfo }> {
      checkInput(input.name, input.limitCap)
      const now = ctx.now()
      const key = randomBytes(13).toString('hex')
      const row: ContentApiKeyRow = { id: newId(now), name: input.name.trim(), keyHash: hashContentApiKey(key), limitCap: input.limitCap ?? null, createdAt: now, lastUsedAt: null, revokedAt: null }
      await insertContentApiKey(ctx.db, row)
      return { key, info: present(row) }
    },

    list: async (): Promise<ContentApiKeyInfo[]> => (await listContentApiKeys(ctx.db)).map(present),

    /** Revokes a key by its id or by the key itself. */
    async revoke(idOrKey: string): Promise<ContentApiKeyInfo> {
      const row = contentApiKeyPattern.test(idOrKey) ? await findContentApiKeyByHash(ctx.db, hashContentApiKey(idOrKey)) : await findContentApiKeyById(ctx.db, idOrKey)
      if (!row) throw new AppError('API_KEY_NOT_FOUND')
      await revokeContentApiKey(ctx.db, row.id, ctx.now())
      remembered.delete(row.keyHash)
      return present((await findContentApiKeyById(ctx.db, row.id)) ?? row)
    },

    /** What the key grants, or null for one that is malformed, unknown or revoked. */
    async authenticate(key: string): Promise<ContentApiGrant | null> {
      if (!contentApiKeyPattern.test(key)) return null
      const { grant, row } = await lookUp(hashContentApiKey(key))
      if (!grant || !row) return null
      const now = ctx.now()
      if (row.lastUsedAt === null || now - row.lastUsedAt > touchEveryMs) {
        row.lastUsedAt = now
        await touchContentApiKey(ctx.db, row.id, now)
      }
      return grant
    },
  }
}

export type ContentApiKeysService = ReturnType<typeof createContentApiKeysService>
