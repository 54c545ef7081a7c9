/**
 * Signing in: email + password → a database session (cookie value shown once, kept as a hash)
 * with its CSRF token. Failed sign-ins are throttled per account and per client address with
 * an exponential backoff that every process sees, because the counters live in the database.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { inTransaction } from '../../db/index.js'
import { AppError } from '../../errors.js'
import type { ModuleContext } from '../context.js'
import { createPeopleService, hashPassword, verifyPassword, type Person } from '../people/index.js'
import {
  clearThrottle,
  deleteExpiredSessions,
  deleteSession,
  deleteStaleThrottles,
  deleteUserSessions,
  findSession,
  findThrottles,
  insertSession,
  recordFailure,
  touchSession,
} from './auth.repository.js'

export const sessionTtlMs = 14 * 24 * 3600 * 1000
/** A session's expiry slides forward at most this often, so reading pages does not write per request. */
const touchEveryMs = 5 * 60 * 1000

/** Failures allowed before the backoff starts, per account and per address (an office shares one). */
export const throttleLimits = { account: 5, address: 20 } as const
/** Failures further apart than this start the count again. */
const failureWindowMs = 15 * 60 * 1000
const maxLockMs = 15 * 60 * 1000

/** 0 until the limit; then 30 s, 1 min, 2 min … up to 15 minutes. */
export function lockDuration(failures: number, limit: number): number {
  if (failures < limit) return 0
  return Math.min(maxLockMs, 30_000 * 2 ** (failures - limit))
}

export interface SignedIn {
  /** The cookie value; only its hash is stored. */
  sessionToken: string
  csrfToken: string
  expiresAt: number
  person: Person
}

export interface SessionInfo {
  sessionId: string
  csrfToken: string
  person: Person
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function createAuthService(ctx: ModuleContext) {
  const people = createPeopleService(ctx)
  // Compared against when the account does not exist, so timing does not reveal which emails do.
  let decoy: Promise<string> | undefined
  const decoyHash = () => (decoy ??= hashPassword('decoy password that matches nothing'))

  async function checkThrottle(keys: string[]): Promise<void> {
    const now = ctx.now()
    const locked = (await findThrottles(ctx.db, keys)).filter((t) => t.lockedUntil > now)
    if (locked.length > 0) {
      const until = Math.max(...locked.map((t) => t.lockedUntil))
      throw new AppError('LOGIN_THROTTLED', undefined, undefined, undefined, Math.ceil((until - now) / 1000))
    }
  }

  async function countFailure(accountKey: string, addressKey: string): Promise<void> {
    const now = ctx.now()
    await inTransaction(ctx.db, async (trx) => {
      await deleteStaleThrottles(trx, now - failureWindowMs)
      await recordFailure(trx, accountKey, now, (n) => lockDuration(n, throttleLimits.account))
      await recordFailure(trx, addressKey, now, (n) => lockDuration(n, throttleLimits.address))
    })
  }

  return {
    async signIn(email: string, password: string, address: string): Promise<SignedIn> {
      const normalized = email.trim().toLowerCase()
      const accountKey = `account:${normalized}`
      const addressKey = `address:${address}`
      await checkThrottle([accountKey, addressKey])
      const login = await people.findLogin(normalized)
      const ok = await verifyPassword(password, login?.passwordHash ?? (await decoyHash()))
      if (!login || !login.passwordHash || !ok) {
        await countFailure(accountKey, addressKey)
        throw new AppError('LOGIN_FAILED')
      }
      await clearThrottle(ctx.db, accountKey)
      const now = ctx.now()
      const sessionToken = randomBytes(32).toString('base64url')
      const csrfToken = randomBytes(24).toString('base64url')
      const expiresAt = now + sessionTtlMs
      await insertSession(ctx.db, { id: hashToken(sessionToken), userId: login.person.id, csrfToken, createdAt: now, lastSeenAt: now, expiresAt })
      return { sessionToken, csrfToken, expiresAt, person: login.person }
    },

    /** The live session behind a cookie value, or null; the expiry slides while it is used. */
    async resume(sessionToken: string): Promise<SessionInfo | null> {
      if (!/^[A-Za-z0-9_-]{43}$/.test(sessionToken)) return null
      const id = hashToken(sessionToken)
      const session = await findSession(ctx.db, id)
      const now = ctx.now()
      if (!session || session.expiresAt <= now) return null
      const login = await people.getPerson(session.userId).catch(() => null)
      if (!login || login.status !== 'active') return null
      if (now - session.lastSeenAt > touchEveryMs) await touchSession(ctx.db, id, now, now + sessionTtlMs)
      return { sessionId: id, csrfToken: session.csrfToken, person: login }
    },

    signOut: (sessionId: string) => deleteSession(ctx.db, sessionId),

    /** Ends every session of a person (logout everywhere, a password change, a suspension), optionally but one. */
    signOutEverywhere: (userId: string, keepSessionId?: string) => deleteUserSessions(ctx.db, userId, keepSessionId),

    /** A password change asks for the current one: a session left open on a shared screen cannot take over the account. */
    async checkPassword(userId: string, password: string): Promise<void> {
      const person = await people.getPerson(userId)
      const login = await people.findLogin(person.email)
      if (!login?.passwordHash || !(await verifyPassword(password, login.passwordHash))) {
        throw new AppError('VALIDATION_FAILED', 'currentPassword: the current password is not right', 'currentPassword')
      }
    },

    purgeExpiredSessions: () => deleteExpiredSessions(ctx.db, ctx.now()),
  }
}

export type AuthService = ReturnType<typeof createAuthService>
