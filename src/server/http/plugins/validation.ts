/**
 * Request validation with two Ajv instances: bodies are taken exactly as sent (no type
 * coercion, unknown fields refused, every problem reported), while query strings and path
 * parameters, which arrive as text, are coerced to the declared types.
 */
import { Ajv, type Options } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'

/** Schema option for bodies a client may leave out entirely (e.g. an optional `{ revision }`). */
export const optionalBody = { optionalBody: true } as const

function createAjv(options: Options): Ajv {
  const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, strict: false, ...options })
  addFormats.default(ajv)
  return ajv
}

export function registerValidation(app: FastifyInstance): void {
  const bodies = createAjv({ coerceTypes: false })
  const text = createAjv({ coerceTypes: 'array' })
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const validate = (httpPart === 'body' ? bodies : text).compile(schema)
    if (!(schema as { optionalBody?: boolean }).optionalBody) return validate
    const optional = (data: unknown): boolean => {
      // Fastify hands a missing body over as null.
      if (data === undefined || data === null) return true
      const ok = validate(data) as boolean
      optional.errors = validate.errors
      return ok
    }
    optional.errors = validate.errors
    return optional
  })
}
