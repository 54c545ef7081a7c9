/**
 * Errors as Ghost answers them: `{"errors": [{message, context, type, details, property, help,
 * code, id, ghostErrorCode}]}`, every field present. Errors raised inside an endpoint get
 * Ghost's generic message ("Resource not found error, cannot read post.") with the specific text
 * in `context`; errors of the key check keep their own message (spec §1.3, §3.10).
 */
import { randomUUID } from 'node:crypto'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isAppError } from '../../errors.js'
import { commonHeaders } from './headers.js'

export type GhostErrorType =
  | 'BadRequestError'
  | 'UnauthorizedError'
  | 'NoPermissionError'
  | 'NotFoundError'
  | 'RequestNotAcceptableError'
  | 'ValidationError'
  | 'TooManyRequestsError'
  | 'InternalServerError'

const statusOf: Record<GhostErrorType, number> = {
  BadRequestError: 400,
  UnauthorizedError: 401,
  NoPermissionError: 403,
  NotFoundError: 404,
  RequestNotAcceptableError: 406,
  ValidationError: 422,
  TooManyRequestsError: 429,
  InternalServerError: 500,
}

const categoryOf: Record<GhostErrorType, string> = {
  BadRequestError: 'Request not understood error',
  UnauthorizedError: 'Authorisation error',
  NoPermissionError: 'Permission error',
  NotFoundError: 'Resource not found error',
  RequestNotAcceptableError: 'Request not acceptable error',
  ValidationError: 'Validation error',
  TooManyRequestsError: 'Too many requests error',
  InternalServerError: 'Internal server error',
}

export class GhostError extends Error {
  readonly status: number
  constructor(
    readonly type: GhostErrorType,
    message: string,
    readonly extra: { context?: string; code?: string; help?: string; property?: string; inEndpoint?: boolean } = {},
  ) {
    super(message)
    this.name = 'GhostError'
    this.status = statusOf[type]
  }
}

/** A failure inside an endpoint: Ghost's generic message is made when it is sent. */
export const endpointError = (type: GhostErrorType, context: string, extra: { code?: string; property?: string } = {}) => new GhostError(type, context, { ...extra, context, inEndpoint: true })

/** Ghost's validator message: "Validation (matches) failed for id undefined.id". */
export const validationFailed = (rule: string, name: string, suffix = true) =>
  endpointError('ValidationError', `Validation (${rule}) failed for ${name}${suffix ? ` undefined.${name}` : ''}`, { property: name })

/** What the endpoint is: `browse posts` → "cannot list posts", `read posts` → "cannot read post". */
export interface Endpoint {
  resource: string
  action: 'browse' | 'read'
}

declare module 'fastify' {
  interface FastifyContextConfig {
    ghost?: Endpoint
  }
}

function typeForStatus(status: number): GhostErrorType {
  const found = (Object.keys(statusOf) as GhostErrorType[]).find((t) => statusOf[t] === status)
  return found ?? (status >= 500 ? 'InternalServerError' : 'BadRequestError')
}

export const errorCacheControl = 'no-cache, private, no-store, must-revalidate, max-stale=0, post-check=0, pre-check=0'

export function sendGhostError(request: FastifyRequest, reply: FastifyReply, error: GhostError, version: string): FastifyReply {
  const endpoint = request.routeOptions.config.ghost
  let message = error.message
  let context = error.extra.context ?? null
  if (error.extra.inEndpoint && endpoint) {
    const verb = endpoint.action === 'browse' ? 'list' : 'read'
    const noun = endpoint.action === 'browse' ? endpoint.resource : endpoint.resource.replace(/s$/, '')
    message = `${categoryOf[error.type]}, cannot ${verb} ${noun}.`
    context = error.extra.context ?? error.message
  }
  commonHeaders(reply, version)
  return reply
    .code(error.status)
    .header('cache-control', errorCacheControl)
    .header('content-type', 'application/json; charset=utf-8')
    .send({
      errors: [
        { message, context, type: error.type, details: null, property: error.extra.property ?? null, help: error.extra.help ?? null, code: error.extra.code ?? null, id: randomUUID(), ghostErrorCode: null },
      ],
    })
}

/** The error handler of the Content API's scope: everything becomes Ghost's JSON, never HTML. */
export function registerGhostErrors(api: FastifyInstance, version: string): void {
  api.setErrorHandler(async (raw: FastifyError | GhostError, request, reply) => {
    if (raw instanceof GhostError) return sendGhostError(request, reply, raw, version)
    if (isAppError(raw)) {
      const type = typeForStatus(raw.status)
      return sendGhostError(request, reply, raw.expose ? endpointError(type, raw.message) : endpointError('InternalServerError', 'An unexpected error occurred, please try again.', { code: 'UNEXPECTED_ERROR' }), version)
    }
    const status = (raw as FastifyError).statusCode
    if (status !== undefined && status >= 400 && status < 500) return sendGhostError(request, reply, new GhostError(typeForStatus(status), raw.message), version)
    request.log.error({ err: raw }, 'content API error')
    return sendGhostError(request, reply, new GhostError('InternalServerError', 'An unexpected error occurred, please try again.', { code: 'UNEXPECTED_ERROR' }), version)
  })
}
