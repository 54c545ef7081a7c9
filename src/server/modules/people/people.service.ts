/** People: staff accounts who can be authors, their passwords and staff API tokens. */
import { createHash, randomBytes } from 'node:crypto'
import { inTransaction, type Executor } from '../../db/index.js'
import { AppError, validationError } from '../../errors.js'
import { newId } from '../../../shared/ids.js'
import { slugify } from '../../../shared/slug.js'
import type { ModuleContext } from '../context.js'
import { appendEvent, eventTypes } from '../events/index.js'
import { hashPassword, passwordProblem } from './password.js'
import {
  findApiTokenById,
  findUserByEmail,
  findUserBySlug,
  findUsersByIdsOrEmails,
  insertApiToken,
  insertUser,
  listApiTokens,
  listUsers,
  revokeApiToken,
  updateUser,
  userSlugsStartingWith,
  type ApiTokenRow,
  type UserRow,
} from './people.repository.js'
import { roles, type Role } from './people.table.js'

export interface Person {
  id: string
  email: string
  name: string
  slug: string
  role: Role
  bio: string | null
  website: string | null
  profileImage: string | null
  status: 'active' | 'suspended'
}

/** What readers may see of an author. */
export interface Author {
  id: string
  name: string
  slug: string
  bio: string | null
  website: string | null
  profileImage: string | null
}

export interface UserInput {
  email: string
  name: string
  role: string
  password?: string
  bio?: string | null
  website?: string | null
  slug?: string
}

export interface ApiTokenInfo {
  id: string
  name: string
  createdAt: number
  lastUsedAt: number | null
  revokedAt: number | null
}

export function presentPerson(row: UserRow): Person {
  const { id, email, name, slug, role, bio, website, profileImage, status } = row
  return { id, email, name, slug, role, bio, website, profileImage, status }
}

export function presentAuthor(row: Pick<UserRow, 'id' | 'name' | 'slug' | 'bio' | 'website' | 'profileImage'>): Author {
  const { id, name, slug, bio, website, profileImage } = row
  return { id, name, slug, bio, website, profileImage }
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value)
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function createPeopleService(ctx: ModuleContext) {
  function checkUserInput(input: UserInput): void {
    const problems: { field: string; message: string }[] = []
    if (!emailPattern.test(input.email.trim()) || input.email.length > 254) problems.push({ field: 'email', message: 'must be an email address' })
    if (input.name.trim() === '' || input.name.length > 120) problems.push({ field: 'name', message: 'a name has 1 to 120 characters' })
    if (!isRole(input.role)) problems.push({ field: 'role', message: `must be one of ${roles.join(', ')} (got "${input.role}")` })
    if (input.password !== undefined) {
      const problem = passwordProblem(input.password)
      if (problem) problems.push({ field: 'password', message: problem })
    }
    if (problems.length > 0) throw validationError(problems)
  }

  async function uniqueUserSlug(trx: Executor, base: string): Promise<string> {
    const taken = await userSlugsStartingWith(trx, base)
    let slug = base
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`
    return slug
  }

  return {
    /** Validates everything before writing anything; the user and its event land together. */
    async createUser(input: UserInput): Promise<Person> {
      checkUserInput(input)
      const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null
      return inTransaction(ctx.db, async (trx) => {
        const email = input.email.trim().toLowerCase()
        if (await findUserByEmail(trx, email)) throw new AppError('EMAIL_TAKEN', undefined, 'email')
        const now = ctx.now()
        const row: UserRow = {
          id: newId(now),
          email,
          name: input.name.trim(),
          slug: await uniqueUserSlug(trx, input.slug ?? (slugify(input.name, ctx.locale) || 'auteur')),
          role: input.role as Role,
          passwordHash,
          bio: input.bio ?? null,
          website: input.website ?? null,
          profileImage: null,
          status: 'active',
          createdAt: now,
          updatedAt: now,
        }
        await insertUser(trx, row)
        await appendEvent(trx, { type: eventTypes.userChanged, subjectId: row.id, payload: { slug: row.slug }, createdAt: now })
        return presentPerson(row)
      })
    },

    async setPassword(email: string, password: string): Promise<void> {
      const problem = passwordProblem(password)
      if (problem) throw validationError([{ field: 'password', message: problem }])
      const user = await findUserByEmail(ctx.db, email.trim().toLowerCase())
      if (!user) throw new AppError('USER_NOT_FOUND')
      await updateUser(ctx.db, user.id, { passwordHash: await hashPassword(password), updatedAt: ctx.now() })
    },

    async getByEmail(email: string): Promise<Person> {
      const user = await findUserByEmail(ctx.db, email.trim().toLowerCase())
      if (!user) throw new AppError('USER_NOT_FOUND')
      return presentPerson(user)
    },

    async getAuthorBySlug(slug: string): Promise<Author> {
      const user = await findUserBySlug(ctx.db, slug)
      if (!user) throw new AppError('USER_NOT_FOUND')
      return presentAuthor(user)
    },

    listPeople: async (): Promise<Person[]> => (await listUsers(ctx.db)).map(presentPerson),

    /** Resolves people by id or email in the order given; unknown ones are a 422. */
    async resolveAuthors(trx: Executor, refs: readonly string[]): Promise<Author[]> {
      const cleaned = [...new Set(refs.map((r) => r.trim()).filter(Boolean))]
      const rows = await findUsersByIdsOrEmails(trx, [...cleaned, ...cleaned.map((r) => r.toLowerCase())])
      return cleaned.map((ref) => {
        const row = rows.find((r) => r.id === ref || r.email === ref.toLowerCase())
        if (!row) throw validationError([{ field: 'authors', message: `unknown person "${ref}"` }])
        return presentAuthor(row)
      })
    },

    /** Creates a staff API token; the token is returned once and only its hash is kept. */
    async createApiToken(email: string, name: string): Promise<{ token: string; info: ApiTokenInfo }> {
      const user = await findUserByEmail(ctx.db, email.trim().toLowerCase())
      if (!user) throw new AppError('USER_NOT_FOUND')
      if (name.trim() === '' || name.length > 100) throw validationError([{ field: 'name', message: 'a token name has 1 to 100 characters' }])
      const now = ctx.now()
      const id = newId(now)
      const token = `nd_${id}_${randomBytes(24).toString('base64url')}`
      const row: ApiTokenRow = { id, userId: user.id, name: name.trim(), tokenHash: hashApiToken(token), createdAt: now, lastUsedAt: null, revokedAt: null }
      await insertApiToken(ctx.db, row)
      return { token, info: presentToken(row) }
    },

    async listApiTokens(email: string): Promise<ApiTokenInfo[]> {
      const user = await findUserByEmail(ctx.db, email.trim().toLowerCase())
      if (!user) throw new AppError('USER_NOT_FOUND')
      return (await listApiTokens(ctx.db, user.id)).map(presentToken)
    },

    /** Revokes a token by its id (or by the token itself, whose id it carries). */
    async revokeApiToken(idOrToken: string): Promise<ApiTokenInfo> {
      const id = /^nd_([0-9a-f]{24})_/.exec(idOrToken)?.[1] ?? idOrToken
      const row = await findApiTokenById(ctx.db, id)
      if (!row) throw new AppError('TOKEN_NOT_FOUND')
      await revokeApiToken(ctx.db, id, ctx.now())
      return presentToken((await findApiTokenById(ctx.db, id)) ?? row)
    },
  }
}

function presentToken(row: ApiTokenRow): ApiTokenInfo {
  const { id, name, createdAt, lastUsedAt, revokedAt } = row
  return { id, name, createdAt, lastUsedAt, revokedAt }
}

export type PeopleService = ReturnType<typeof createPeopleService>
