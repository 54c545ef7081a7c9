/** People: staff accounts who can be authors, and their passwords. */
import { inTransaction, type Executor } from '../../db/index.js'
import { AppError, validationError } from '../../errors.js'
import { newId } from '../../../shared/ids.js'
import { isValidSlug, slugify } from '../../../shared/slug.js'
import type { ModuleContext } from '../context.js'
import { appendEvent, eventTypes } from '../events/index.js'
import { reindexArticlesWith } from '../search/index.js'
import { hashPassword, passwordProblem } from './password.js'
import {
  countAdmins,
  countAuthoredArticles,
  deleteUser,
  findUserByEmail,
  findUserById,
  findUserBySlug,
  findUsersByIdsOrEmails,
  insertUser,
  listUsers,
  updateUser,
  userSlugsStartingWith,
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

export interface PersonUpdate {
  email?: string
  name?: string
  slug?: string
  role?: string
  bio?: string | null
  website?: string | null
  profileImage?: string | null
  status?: 'active' | 'suspended'
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

/** A website is an http(s) address; a profile image that too, or an uploaded /media/ file. */
function checkProfileUrls(website: string | null | undefined, profileImage: string | null | undefined): void {
  const problems: { field: string; message: string }[] = []
  if (website && !/^https?:\/\/[^\s]+$/i.test(website)) problems.push({ field: 'website', message: 'must be an http(s) address' })
  if (profileImage && !/^(https?:\/\/|\/media\/)[^\s]+$/i.test(profileImage)) problems.push({ field: 'profileImage', message: 'must be an http(s) or /media/ address' })
  if (problems.length > 0) throw validationError(problems)
}

export function createPeopleService(ctx: ModuleContext) {
  function checkUserInput(input: Pick<UserInput, 'email' | 'name' | 'role' | 'password'>): void {
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

  /** Hashes and stores a checked password for a person who must exist. */
  async function storePassword(user: UserRow | undefined, password: string): Promise<void> {
    if (!user) throw new AppError('USER_NOT_FOUND')
    await updateUser(ctx.db, user.id, { passwordHash: await hashPassword(password), updatedAt: ctx.now() })
  }

  return {
    /** Validates everything before writing anything; the user and its event land together. */
    async createUser(input: UserInput): Promise<Person> {
      checkUserInput(input)
      checkProfileUrls(input.website, null)
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
      await storePassword(await findUserByEmail(ctx.db, email.trim().toLowerCase()), password)
    },

    async getByEmail(email: string): Promise<Person> {
      const user = await findUserByEmail(ctx.db, email.trim().toLowerCase())
      if (!user) throw new AppError('USER_NOT_FOUND')
      return presentPerson(user)
    },

    /** An author's public profile; suspended accounts keep their byline pages. */
    findAuthorBySlug: async (slug: string): Promise<Author | null> => {
      const user = await findUserBySlug(ctx.db, slug)
      return user ? presentAuthor(user) : null
    },

    async getAuthorBySlug(slug: string): Promise<Author> {
      const user = await findUserBySlug(ctx.db, slug)
      if (!user) throw new AppError('USER_NOT_FOUND')
      return presentAuthor(user)
    },

    async getPerson(id: string): Promise<Person> {
      const user = await findUserById(ctx.db, id)
      if (!user) throw new AppError('USER_NOT_FOUND')
      return presentPerson(user)
    },

    /**
     * Changes a profile, role or status. The last active admin cannot be demoted or suspended:
     * a newsroom must never lock itself out of its own settings.
     */
    async updatePerson(id: string, patch: PersonUpdate): Promise<Person> {
      return inTransaction(ctx.db, async (trx) => {
        const user = await findUserById(trx, id)
        if (!user) throw new AppError('USER_NOT_FOUND')
        const next = { ...user, ...patch, email: patch.email?.trim().toLowerCase() ?? user.email, name: patch.name?.trim() ?? user.name }
        checkUserInput({ email: next.email, name: next.name, role: next.role })
        if (patch.slug !== undefined && !isValidSlug(patch.slug)) throw validationError([{ field: 'slug', message: 'use lowercase letters, digits and dashes' }])
        checkProfileUrls(patch.website, patch.profileImage)
        if (next.email !== user.email && (await findUserByEmail(trx, next.email))) throw new AppError('EMAIL_TAKEN', undefined, 'email')
        if (next.slug !== user.slug && (await findUserBySlug(trx, next.slug))) throw new AppError('SLUG_TAKEN', undefined, 'slug')
        const losesAdmin = user.role === 'admin' && user.status === 'active' && (next.role !== 'admin' || next.status !== 'active')
        if (losesAdmin && (await countAdmins(trx)) <= 1) throw new AppError('CONFLICT', 'The last active admin cannot be demoted or suspended.', 'role')
        const now = ctx.now()
        const row: UserRow = { ...user, email: next.email, name: next.name, slug: next.slug, role: next.role as Role, bio: next.bio, website: next.website, profileImage: next.profileImage, status: next.status, updatedAt: now }
        await updateUser(trx, id, row)
        // Readers find articles by their authors' names.
        if (row.name !== user.name) await reindexArticlesWith(trx, { userId: id })
        await appendEvent(trx, { type: eventTypes.userChanged, subjectId: id, payload: { slug: row.slug, previousSlug: user.slug }, createdAt: now })
        return presentPerson(row)
      })
    },

    /** Removes an account that has no byline; people with articles are suspended instead. */
    async deletePerson(id: string): Promise<void> {
      await inTransaction(ctx.db, async (trx) => {
        const user = await findUserById(trx, id)
        if (!user) throw new AppError('USER_NOT_FOUND')
        if ((await countAuthoredArticles(trx, id)) > 0) throw new AppError('CONFLICT', 'This person has a byline on articles: suspend the account instead.')
        if (user.role === 'admin' && user.status === 'active' && (await countAdmins(trx)) <= 1) throw new AppError('CONFLICT', 'The last active admin cannot be removed.')
        await deleteUser(trx, id)
        await appendEvent(trx, { type: eventTypes.userChanged, subjectId: id, payload: { slug: user.slug, deleted: true }, createdAt: ctx.now() })
      })
    },

    /** The stored password hash of an active account, for signing in. */
    async findLogin(email: string): Promise<{ person: Person; passwordHash: string | null } | null> {
      const user = await findUserByEmail(ctx.db, email.trim().toLowerCase())
      if (!user || user.status !== 'active') return null
      return { person: presentPerson(user), passwordHash: user.passwordHash }
    },

    /** A password change checks the password itself; signing out other sessions is the caller's call. */
    async setPasswordById(id: string, password: string): Promise<void> {
      const problem = passwordProblem(password)
      if (problem) throw validationError([{ field: 'password', message: problem }])
      await storePassword(await findUserById(ctx.db, id), password)
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
  }
}

export type PeopleService = ReturnType<typeof createPeopleService>
