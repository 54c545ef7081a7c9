/**
 * /admin/api/openapi.json, built from the routes themselves: every admin route's schemas and
 * its policy (as `x-policy`), so the document cannot drift from what the server does.
 */
import type { FastifyInstance, RouteOptions } from 'fastify'
import type { Policy } from './policy.js'
import { errorResponses } from './schemas.js'

interface Operation {
  method: string
  path: string
  policy: Policy
  schema: Record<string, unknown>
}

/** `/articles/:id` → `/articles/{id}` */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, '{$1}')
}

function parameters(schema: Record<string, unknown>) {
  const list: unknown[] = []
  for (const [part, where] of [['params', 'path'], ['querystring', 'query']] as const) {
    const properties = (schema[part] as { properties?: Record<string, unknown>; required?: string[] } | undefined)
    for (const [name, definition] of Object.entries(properties?.properties ?? {})) {
      list.push({ name, in: where, required: where === 'path' || (properties?.required ?? []).includes(name), schema: definition })
    }
  }
  return list
}

export function collectOperations(app: FastifyInstance, prefix: string): Operation[] {
  const operations: Operation[] = []
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    for (const method of methods) {
      if (method === 'HEAD') continue
      const policy = (route.config as { policy?: Policy } | undefined)?.policy
      if (policy) operations.push({ method, path: route.url.slice(prefix.length) || '/', policy, schema: (route.schema ?? {}) as Record<string, unknown> })
    }
  })
  return operations
}

export function buildOpenApi(operations: readonly Operation[], info: { title: string; serverUrl: string }) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of operations) {
    const declared = { ...errorResponses, ...((op.schema.response ?? {}) as Record<string, unknown>) }
    const responses = Object.fromEntries(Object.entries(declared).map(([status, schema]) => [status, { description: status, content: { 'application/json': { schema } } }]))
    paths[openApiPath(op.path)] ??= {}
    paths[openApiPath(op.path)]![op.method.toLowerCase()] = {
      summary: op.schema.summary,
      tags: op.schema.tags,
      'x-policy': op.policy,
      security: op.policy === 'anyone' ? [] : [{ session: [], csrf: [] }, { staffToken: [] }],
      parameters: parameters(op.schema),
      ...(op.schema.body ? { requestBody: { required: true, content: { 'application/json': { schema: op.schema.body } } } } : {}),
      responses,
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: `${info.title} admin API`, version: '1' },
    servers: [{ url: `${info.serverUrl}/admin/api` }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'nd_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        staffToken: { type: 'http', scheme: 'bearer' },
      },
    },
    paths,
  }
}
