/** Row types of people (users who can be authors) and their staff API tokens. */
export const roles = ['contributor', 'author', 'editor', 'admin'] as const
export type Role = (typeof roles)[number]

export interface UserTable {
  id: string
  email: string
  name: string
  slug: string
  role: Role
  passwordHash: string | null
  bio: string | null
  website: string | null
  profileImage: string | null
  status: 'active' | 'suspended'
  createdAt: number
  updatedAt: number
}

export interface ApiTokenTable {
  id: string
  userId: string
  name: string
  /** sha256 of the token; the token itself is shown once and never stored. */
  tokenHash: string
  createdAt: number
  lastUsedAt: number | null
  revokedAt: number | null
}
