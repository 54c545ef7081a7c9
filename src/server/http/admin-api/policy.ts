/**
 * Who may call an admin route. Every route under /admin/api names a policy in its config —
 * a permission from modules/auth, or 'anyone' for signing in — and a route without one stops
 * the server at boot. The onRequest hook authenticates (session cookie + CSRF header, or a
 * staff token) and applies the policy before any handler runs.
 */
import type {} from '@fastify/cookie'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError } from '../../errors.js'
import { roleAllows, sameToken, type Permission, type SessionInfo } from '../../modules/auth/index.js'
import { userActor, type Actor, type Person } from '../../modules/people/index.js'
import type { Services } from '../../services.js'

export type Policy = Permission | 'anyone'

export const sessionCookie = 'nd_session'
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

declare module 'fastify' {
  /** For the OpenAPI description. */
  interface FastifySchema {
    summary?: string
    tags?: string[]
  }
  interface FastifyContextConfig {
    policy?: Policy
  }
  interface FastifyRequest {
    actor: Actor | null
    person: Person | null
    session: SessionInfo | null
  }
}

export interface Caller {
  actor: Actor
  person: Person
  session: SessionInfo | null
}

/** The signed-in caller of a route whose policy let them in. */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.actor || !request.person) throw new AppError('UNAUTHENTICATED')
  return { actor: request.actor, person: request.person, session: request.session }
}

async function identify(request: FastifyRequest, services: Services): Promise<{ person: Person; session: SessionInfo | null } | null> {
  const authorization = request.headers.authorization
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1]
    const person = token ? await services.tokens.authenticate(token) : null
    // A bad token is an error even when a cookie is present: the client meant the token.
    if (!person) throw new AppError('UNAUTHENTICATED', 'The staff token is unknown, revoked, or its account is suspended.')
    return { person, session: null }
  }
  const cookie = request.cookies[sessionCookie]
  if (!cookie) return null
  const session = await services.auth.resume(cookie)
  return session ? { person: session.person, session } : null
}

export function registerPolicies(app: FastifyInstance, services: Services): void {
  app.decorateRequest('actor', null)
  app.decorateRequest('person', null)
  app.decorateRequest('session', null)

  app.addHook('onRoute', (route) => {
    if (route.method === 'HEAD') return
    const policy = (route.config as { policy?: Policy } | undefined)?.policy
    if (!policy) throw new Error(`Admin route ${String(route.method)} ${route.url} declares no policy: every admin route must name one.`)
  })

  app.addHook('onRequest', async (request) => {
    const policy = request.routeOptions.config.policy
    if (!policy) throw new AppError('NOT_FOUND')
    const identity = await identify(request, services)
    if (identity) {
      request.person = identity.person
      request.session = identity.session
      request.actor = userActor(identity.person.id, identity.person.role)
    }
    if (policy === 'anyone') return
    if (!identity) throw new AppError('UNAUTHENTICATED')
    if (identity.session && !safeMethods.has(request.method)) {
      const header = request.headers['x-csrf-token']
      if (typeof header !== 'string' || !sameToken(header, identity.session.csrfToken)) throw new AppError('CSRF_FAILED')
    }
    if (!roleAllows(identity.person.role, policy)) throw new AppError('FORBIDDEN')
  })
}
