/** Calling the admin API in tests: staff of every role with a token, and request shorthands. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { Person, Role } from '../../src/server/modules/people/index.js'

export interface Staff {
  person: Person
  token: string
}

let counter = 0

/** A person of `role` with a password and a staff token. */
export async function createStaff(app: FastifyInstance, role: Role, name = `${role} ${(counter += 1)}`): Promise<Staff> {
  const email = `${role}.${counter}.${Date.now().toString(36)}@redactie.example`
  const person = await app.services.people.createUser({ email, name, role, password: 'een-lang-wachtwoord' })
  const { token } = await app.services.tokens.createForUser(person.id, 'tests')
  return { person, token }
}

export interface CallOptions {
  token?: string
  cookie?: string
  csrf?: string
  body?: unknown
  headers?: Record<string, string>
}

export function call(app: FastifyInstance, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, options: CallOptions = {}): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.cookie) headers.cookie = options.cookie
  if (options.csrf) headers['x-csrf-token'] = options.csrf
  const hasBody = options.body !== undefined
  if (hasBody) headers['content-type'] ??= 'application/json'
  return app.inject({ method, url: `/admin/api${url}`, headers, ...(hasBody ? { payload: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}) })
}

/** Signs in with email and password; returns the cookie header value and the CSRF token. */
export async function signIn(app: FastifyInstance, email: string, password = 'een-lang-wachtwoord', headers: Record<string, string> = {}) {
  const response = await call(app, 'POST', '/session', { body: { email, password }, headers })
  if (response.statusCode !== 201) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`)
  const setCookie = String(response.headers['set-cookie'])
  return { cookie: setCookie.split(';')[0] ?? '', setCookie, csrf: (response.json() as { csrfToken: string }).csrfToken }
}

/** The first error of an error envelope. */
export function firstError(response: LightMyRequestResponse): { code: string; message: string; field?: string } {
  return (response.json() as { errors: { code: string; message: string; field?: string }[] }).errors[0] ?? { code: '', message: '' }
}
