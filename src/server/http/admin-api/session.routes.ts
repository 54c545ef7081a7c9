/** Signing in and out, and who the caller is: POST|DELETE /session, DELETE /sessions, GET|PATCH /me. */
import type {} from '@fastify/cookie'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../../errors.js'
import { permissionsOf } from '../../modules/auth/index.js'
import type { Person } from '../../modules/people/index.js'
import type { Services } from '../../services.js'
import { callerOf, sessionCookie } from './policy.js'
import { ErrorEnvelope, PersonSchema } from './schemas.js'

const Me = Type.Object({
  user: Type.Composite([PersonSchema, Type.Object({ permissions: Type.Array(Type.String()) })]),
  csrfToken: Type.Optional(Type.String({ description: 'Send as X-CSRF-Token on every change made with the session cookie.' })),
})

function presentMe(person: Person, csrfToken?: string) {
  return { user: { ...person, permissions: permissionsOf(person.role) }, ...(csrfToken ? { csrfToken } : {}) }
}

/** Secure when the request came over HTTPS (directly or, with TRUST_PROXY, via the proxy). */
function cookieOptions(request: FastifyRequest, expires: Date) {
  return { path: '/admin', httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https', expires }
}

function clearCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, cookieOptions(request, new Date(0)))
}

export function registerSessionRoutes(app: FastifyInstance, services: Services): void {
  app.post('/session', {
    config: { policy: 'anyone' },
    schema: {
      summary: 'Sign in with email and password; sets the session cookie',
      tags: ['session'],
      body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      response: { 201: Me, 429: ErrorEnvelope },
    },
    handler: async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string }
      const signedIn = await services.auth.signIn(email, password, request.ip)
      reply.setCookie(sessionCookie, signedIn.sessionToken, cookieOptions(request, new Date(signedIn.expiresAt)))
      return reply.code(201).send(presentMe(signedIn.person, signedIn.csrfToken))
    },
  })

  app.delete('/session', {
    config: { policy: 'desk' },
    schema: { summary: 'Sign out of this session', tags: ['session'], response: { 204: Type.Null() } },
    handler: async (request, reply) => {
      const { session } = callerOf(request)
      if (!session) throw new AppError('BAD_REQUEST', 'A staff token has no session; revoke the token instead.')
      await services.auth.signOut(session.sessionId)
      clearCookie(request, reply)
      return reply.code(204).send()
    },
  })

  app.delete('/sessions', {
    config: { policy: 'desk' },
    schema: { summary: 'Sign out everywhere: ends every session of the caller', tags: ['session'], response: { 200: Type.Object({ ended: Type.Integer() }) } },
    handler: async (request, reply) => {
      const { person } = callerOf(request)
      const ended = await services.auth.signOutEverywhere(person.id)
      clearCookie(request, reply)
      return { ended }
    },
  })

  app.get('/me', {
    config: { policy: 'desk' },
    schema: { summary: 'Who the caller is and what they may do', tags: ['session'], response: { 200: Me } },
    handler: async (request) => {
      const { person, session } = callerOf(request)
      return presentMe(person, session?.csrfToken)
    },
  })

  app.patch('/me', {
    config: { policy: 'desk' },
    schema: {
      summary: 'Change one’s own profile or password (the current password is required for a new one; other sessions end)',
      tags: ['session'],
      body: Type.Object(
        {
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
          bio: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
          website: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()])),
          profileImage: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
          currentPassword: Type.Optional(Type.String({ maxLength: 200 })),
          newPassword: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
      response: { 200: Me },
    },
    handler: async (request) => {
      const { person, session } = callerOf(request)
      const { currentPassword, newPassword, ...profile } = request.body as { currentPassword?: string; newPassword?: string; name?: string; bio?: string | null; website?: string | null; profileImage?: string | null }
      if (newPassword !== undefined) {
        await services.auth.checkPassword(person.id, currentPassword ?? '')
        await services.people.setPasswordById(person.id, newPassword)
        await services.auth.signOutEverywhere(person.id, session?.sessionId)
      }
      const updated = Object.keys(profile).length > 0 ? await services.people.updatePerson(person.id, profile) : await services.people.getPerson(person.id)
      return presentMe(updated, session?.csrfToken)
    },
  })
}
