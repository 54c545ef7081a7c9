/** Who is signed in: loaded once from GET /me, replaced on sign-in, cleared on sign-out or a 401. */
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import { api, setCsrfToken } from './api.js'
import type { Me, Permission } from './types.js'

export type User = Me['user']

export async function loadMe(): Promise<User | null> {
  try {
    const me = await api<Me>('GET', '/me')
    setCsrfToken(me.csrfToken ?? null)
    return me.user
  } catch {
    return null
  }
}

export async function signIn(email: string, password: string): Promise<User> {
  const me = await api<Me>('POST', '/session', { email, password })
  setCsrfToken(me.csrfToken ?? null)
  return me.user
}

export async function signOut(): Promise<void> {
  await api('DELETE', '/session').catch(() => undefined)
  setCsrfToken(null)
}

export const UserContext = createContext<User | null>(null)

export function useUser(): User {
  const user = useContext(UserContext)
  if (!user) throw new Error('useUser outside a signed-in view')
  return user
}

export function can(user: User, permission: Permission): boolean {
  return user.permissions.includes(permission)
}
