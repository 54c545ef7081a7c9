/**
 * The desk's only way to the server: JSON calls to /admin/api with the session cookie, and the
 * CSRF token from sign-in (or GET /me) on every change. Errors become `ApiError`s carrying the
 * API's stable code, so views can say what went wrong in words a person understands.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Seconds, from Retry-After (429). */
    readonly retryAfter?: number,
    /** Every problem the API listed (a 422 names each field it refuses). */
    readonly details: { field?: string; message: string }[] = [],
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

let csrfToken: string | null = null
/** Called when a request finds the session gone (401), so the app can show the sign-in form. */
let onSignedOut: (() => void) | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

export function onUnauthenticated(handler: () => void): void {
  onSignedOut = handler
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken
  let payload: BodyInit | undefined
  if (body instanceof FormData) payload = body
  else if (body !== undefined) {
    headers['content-type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  let response: Response
  try {
    response = await fetch(`/admin/api${path}`, { method, headers, body: payload, credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, 'NETWORK', 'network')
  }
  if (response.status === 204) return undefined as T
  const data: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const errors = (data as { errors?: { code: string; message: string; field?: string }[] } | null)?.errors ?? []
    const first = errors[0]
    const retry = Number(response.headers.get('retry-after'))
    const error = new ApiError(response.status, first?.code ?? 'HTTP_' + response.status, first?.message ?? response.statusText, first?.field, Number.isFinite(retry) && retry > 0 ? retry : undefined, errors)
    if (response.status === 401 && path !== '/session') onSignedOut?.()
    throw error
  }
  return data as T
}

/** Query strings without empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value))
  const text = search.toString()
  return text ? `?${text}` : ''
}
