/**
 * Who is doing something. Services take an actor on every call; jobs and the CLI act as the
 * named `systemActor`, never as an implicit default.
 */
import type { Role } from './people.table.js'

export type Actor =
  | { readonly kind: 'user'; readonly id: string; readonly role: Role }
  | { readonly kind: 'system'; readonly name: string }

export function systemActor(name: string): Actor {
  return Object.freeze({ kind: 'system', name })
}

export function userActor(id: string, role: Role): Actor {
  return Object.freeze({ kind: 'user', id, role })
}

/** The user id to record as creator or editor, if any. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null
}
