/**
 * One place that turns errors into responses: catalogue errors keep their code and status,
 * schema failures become 400 INVALID_INPUT naming the field, anything else is a logged 500 with no details.
 * Site pages get the error page in the site's design; API paths get the JSON envelope.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, errorCatalogue, isAppError } from '../../errors.js'

const jsonPrefixes = ['/admin/api', '/api/', '/ghost/api', '/collect', '/healthz', '/a/']

export function wantsJson(request: FastifyRequest): boolean {
  return jsonPrefixes.some((prefix) => request.url.startsWith(prefix))
}

export type HtmlErrorRenderer = (request: FastifyRequest, status: 404 | 410 | 500) => Promise<string>
/** Where a path no route knows has moved (imported and renamed URLs), or null. */
export type MovedLookup = (request: FastifyRequest) => Promise<{ location: string; status: 301 | 302 } | null>

export function registerErrorHandling(app: FastifyInstance, renderHtml: HtmlErrorRenderer, options: { movedTo?: MovedLookup } = {}): void {
  async function send(request: FastifyRequest, reply: FastifyReply, error: AppError) {
    if (!wantsJson(request) && (error.status === 404 || error.status === 410 || error.status >= 500)) {
      const status = error.status === 404 || error.status === 410 ? error.status : 500
      return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(await renderHtml(request, status))
    }
    const body = { errors: [{ code: error.code, message: error.expose ? error.message : errorCatalogue.INTERNAL.message, ...(error.field ? { field: error.field } : {}) }] }
    if (error.details && error.details.length > 1) {
      body.errors = error.details.map((d) => ({ code: error.code, message: d.message, field: d.field }))
    }
    if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds))
    return reply.code(error.status).header('cache-control', 'no-store').send(body)
  }

  app.setErrorHandler(async (raw: FastifyError, request, reply) => {
    if (isAppError(raw)) return send(request, reply, raw)
    if (raw.validation) {
      // A request that does not match its schema: 400 naming each field (unknown ones too).
      const details = raw.validation.map((v) => {
        const params = v.params as { missingProperty?: string; additionalProperty?: string }
        const path = [(v.instancePath || '').slice(1).replaceAll('/', '.'), params.missingProperty ?? params.additionalProperty ?? ''].filter(Boolean).join('.')
        const field = path || (raw.validationContext ?? 'body')
        const message = params.additionalProperty !== undefined ? 'is not a known field' : (v.message ?? 'is not valid')
        return { field, message }
      })
      const first = details[0]
      return send(request, reply, new AppError('INVALID_INPUT', first ? `${first.field}: ${first.message}` : undefined, first?.field, details))
    }
    if (raw.statusCode && raw.statusCode >= 400 && raw.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large, unsupported media type).
      const code = raw.statusCode === 404 ? 'NOT_FOUND' : raw.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : raw.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST'
      const error = new AppError(code, raw.message)
      return reply.code(raw.statusCode).header('cache-control', 'no-store').send({ errors: [{ code: error.code, message: error.message }] })
    }
    request.log.error({ err: raw }, 'unhandled error')
    return send(request, reply, new AppError('INTERNAL'))
  })

  app.setNotFoundHandler(async (request, reply) => {
    // Old URLs keep working: a page no route knows may have moved here (API paths never have).
    if (options.movedTo && (request.method === 'GET' || request.method === 'HEAD') && !wantsJson(request)) {
      const moved = await options.movedTo(request)
      if (moved) return reply.redirect(moved.location, moved.status)
    }
    return send(request, reply, new AppError('NOT_FOUND'))
  })
}
