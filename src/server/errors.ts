/**
 * The error catalogue: every error a client can see has a stable code, an HTTP status and a
 * flag saying whether its message is safe to show. Modules throw `AppError`s; the HTTP layer
 * renders them as JSON or as an HTML page. Anything else is a 500 with a generic message.
 */

export const errorCatalogue = {
  VALIDATION_FAILED: { status: 422, expose: true, message: 'The request is not valid.' },
  BAD_REQUEST: { status: 400, expose: true, message: 'The request could not be understood.' },
  NOT_FOUND: { status: 404, expose: true, message: 'Not found.' },
  GONE: { status: 410, expose: true, message: 'This content is no longer available.' },
  ARTICLE_NOT_FOUND: { status: 404, expose: true, message: 'Article not found.' },
  TAG_NOT_FOUND: { status: 404, expose: true, message: 'Tag not found.' },
  USER_NOT_FOUND: { status: 404, expose: true, message: 'User not found.' },
  TOKEN_NOT_FOUND: { status: 404, expose: true, message: 'Token not found.' },
  DOCUMENT_INVALID: { status: 422, expose: true, message: 'The document does not match the editor schema.' },
  INVALID_STATUS_TRANSITION: { status: 409, expose: true, message: 'That status change is not allowed.' },
  REVISION_CONFLICT: { status: 409, expose: true, message: 'Someone else saved this article meanwhile.' },
  SLUG_TAKEN: { status: 409, expose: true, message: 'That slug is already in use.' },
  EMAIL_TAKEN: { status: 409, expose: true, message: 'That email address is already in use.' },
  UNAUTHENTICATED: { status: 401, expose: true, message: 'Sign in first, with a session or a staff token.' },
  LOGIN_FAILED: { status: 401, expose: true, message: 'That email address and password do not match.' },
  LOGIN_THROTTLED: { status: 429, expose: true, message: 'Too many failed sign-ins; try again later.' },
  CSRF_FAILED: { status: 403, expose: true, message: 'The X-CSRF-Token header is missing or does not match the session.' },
  FORBIDDEN: { status: 403, expose: true, message: 'Your role does not allow this.' },
  INVALID_INPUT: { status: 400, expose: true, message: 'The request does not match the schema.' },
  REVISION_NOT_FOUND: { status: 404, expose: true, message: 'Revision not found.' },
  PREVIEW_EXPIRED: { status: 410, expose: true, message: 'This preview link has expired.' },
  CONFLICT: { status: 409, expose: true, message: 'That change conflicts with the current state.' },
  RATE_LIMITED: { status: 429, expose: true, message: 'Too many requests from this address; try again in a minute.' },
  PAYLOAD_TOO_LARGE: { status: 413, expose: true, message: 'The request body is too large.' },
  INTERNAL: { status: 500, expose: false, message: 'Something went wrong on our side.' },
  MEDIA_NOT_FOUND: { status: 404, expose: true, message: 'Media not found.' },
  MEDIA_TOO_LARGE: { status: 413, expose: true, message: 'The file is too large.' },
  API_KEY_NOT_FOUND: { status: 404, expose: true, message: 'Content API key not found.' },
  FILTER_INVALID: { status: 400, expose: true, message: 'Error parsing filter.' },
  FILTER_VALUE_INVALID: { status: 422, expose: true, message: 'Invalid value in filter.' },
  ADVERTISER_NOT_FOUND: { status: 404, expose: true, message: 'Advertiser not found.' },
  CAMPAIGN_NOT_FOUND: { status: 404, expose: true, message: 'Campaign not found.' },
  CREATIVE_NOT_FOUND: { status: 404, expose: true, message: 'Creative not found.' },
  SLOT_NOT_FOUND: { status: 404, expose: true, message: 'Ad slot not found.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, expose: true, message: 'Upload a JPEG, PNG, WebP, AVIF or GIF image.' },
} as const satisfies Record<string, { status: number; expose: boolean; message: string }>

export type ErrorCode = keyof typeof errorCatalogue

export class AppError extends Error {
  readonly status: number
  readonly expose: boolean

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly field?: string,
    readonly details?: readonly { field: string; message: string }[],
    /** For 429s: when to try again, sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    const entry = errorCatalogue[code]
    super(message ?? entry.message)
    this.name = 'AppError'
    this.status = entry.status
    this.expose = entry.expose
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError
}

/** A 422 listing every invalid field. */
export function validationError(details: readonly { field: string; message: string }[]): AppError {
  const first = details[0]
  return new AppError('VALIDATION_FAILED', first ? `${first.field}: ${first.message}` : undefined, first?.field, details)
}
