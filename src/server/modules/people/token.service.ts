/** Staff API tokens: `nd_<id>_<secret>`, shown once, kept only as a sha256 hash, revocable. */
import { createHash, randomBytes } from 'node:crypto'
import { AppError, validationError } from '../../errors.js'
import { newId } from '../../../shared/ids.js'
import type { ModuleContext } from '../context.js'
import { presentPerson, type Person } from './people.service.js'
import {
  findApiTokenByHash,
  findApiTokenById,
  findUserByEmail,
  findUserById,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
  type ApiTokenRow,
} from './people.repository.js'

export interface ApiTokenInfo {
  id: string
  name: string
  createdAt: number
  lastUsedAt: number | null
  revokedAt: number | null
}

/** lastUsedAt is written at most this often, so a busy integration does not write per request. */
const touchEveryMs = 60_000

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

function presentToken(row: ApiTokenRow): ApiTokenInfo {
  const { id, name, createdAt, lastUsedAt, revokedAt } = row
  return { id, name, createdAt, lastUsedAt, revokedAt }
}

function idOf(idOrToken: string): string {
  return /^nd_([0-9a-f]{24})_/.exec(idOrToken)?.[1] ?? idOrToken
}

export function createTokensService(ctx: ModuleContext) {
  async function userIdOf(email: string): Promise<string> {
    const user = await findUserByEmail(ctx.db, email.trim().toLowerCase())
    if (!user) throw new AppError('USER_NOT_FOUND')
    return user.id
  }

  const service = {
    /** Creates a token for a person; the token is returned once and only its hash is kept. */
    async createForUser(userId: string, name: string): Promise<{ token: string; info: ApiTokenInfo }> {
      if (typeof name !== 'string' || name.trim() === '' || name.length > 100) throw validationError([{ field: 'name', message: 'a token name has 1 to 100 characters' }])
      if (!(await findUserById(ctx.db, userId))) throw new AppError('USER_NOT_FOUND')
      const now = ctx.now()
      const id = newId(now)
      const token = `nd_${id}_${randomBytes(24).toString('base64url')}`
      const row: ApiTokenRow = { id, userId, name: name.trim(), tokenHash: hashApiToken(token), createdAt: now, lastUsedAt: null, revokedAt: null }
      await insertApiToken(ctx.db, row)
      return { token, info: presentToken(row) }
    },

    listForUser: async (userId: string): Promise<ApiTokenInfo[]> => (await listApiTokens(ctx.db, userId)).map(presentToken),

    /** Revokes a token by its id (or by the token itself, whose id it carries); `ownerId` limits it to one person's tokens. */
    async revoke(idOrToken: string, ownerId?: string): Promise<ApiTokenInfo> {
      const id = idOf(idOrToken)
      const row = await findApiTokenById(ctx.db, id)
      if (!row || (ownerId !== undefined && row.userId !== ownerId)) throw new AppError('TOKEN_NOT_FOUND')
      await revokeApiToken(ctx.db, id, ctx.now())
      return presentToken((await findApiTokenById(ctx.db, id)) ?? row)
    },

    /** The active person a bearer token belongs to, or null for an unknown, revoked or suspended one. */
    async authenticate(token: string): Promise<Person | null> {
      if (!/^nd_[0-9a-f]{24}_[A-Za-z0-9_-]{20,64}$/.test(token)) return null
      const row = await findApiTokenByHash(ctx.db, hashApiToken(token))
      if (!row || row.revokedAt !== null) return null
      const user = await findUserById(ctx.db, row.userId)
      if (!user || user.status !== 'active') return null
      const now = ctx.now()
      if (row.lastUsedAt === null || now - row.lastUsedAt > touchEveryMs) await touchApiToken(ctx.db, row.id, now)
      return presentPerson(user)
    },

    createForEmail: async (email: string, name: string) => service.createForUser(await userIdOf(email), name),
    listForEmail: async (email: string) => service.listForUser(await userIdOf(email)),
  }
  return service
}

export type TokensService = ReturnType<typeof createTokensService>
