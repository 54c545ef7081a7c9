/**
 * What each role may do, by the lowest role that may do it (contributor < author < editor <
 * admin). Routes name one of these; services check the object-level rules on top.
 */
import { roles, type Actor, type Role } from '../people/index.js'

export const permissions = {
  /** Sign in to the desk, write drafts, submit them for review, upload images. */
  desk: 'contributor',
  /** Publish, schedule, unpublish and archive one's own articles. */
  publishOwn: 'author',
  /** Edit and publish everyone's articles. */
  editAll: 'editor',
  /** Create, edit and publish pages ("Over ons"). */
  managePages: 'editor',
  /** Create, rename and delete tags. */
  manageTags: 'editor',
  /** Advertisers, campaigns and creatives. */
  manageAds: 'editor',
  /** Accounts and roles. */
  managePeople: 'admin',
  /** Site name, navigation, home sections, app promo. */
  manageSettings: 'admin',
} as const satisfies Record<string, Role>

export type Permission = keyof typeof permissions

export function roleRank(role: Role): number {
  return roles.indexOf(role)
}

export function roleAllows(role: Role, permission: Permission): boolean {
  return roleRank(role) >= roleRank(permissions[permission])
}

/** The system actor (jobs, CLI) may do everything; a user as far as the role reaches. */
export function can(actor: Actor, permission: Permission): boolean {
  return actor.kind === 'system' || roleAllows(actor.role, permission)
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(permissions) as Permission[]).filter((p) => roleAllows(role, p))
}
