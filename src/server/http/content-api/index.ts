/**
 * The Ghost-compatible Content API under /ghost/api/content/ (and the legacy /v2|v3|v4|canary/
 * prefixes), so `@tryghost/content-api` and Ghost's starters work unchanged: the key check with
 * Ghost's error answers, CORS (preflight without a key), Content-Version, Ghost's JSON errors,
 * and the in-process response cache purged by content events. Contract: specs/ghost-content-api.md.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../../config/index.js'
import type { DomainEvent } from '../../modules/events/index.js'
import type { Services } from '../../services.js'
import { createPageCache, type PageCache } from '../site/page-cache.js'
import { purgeKeysFor } from '../site/purge.js'
import { GhostError, registerGhostErrors, sendGhostError } from './errors.js'
import { commonHeaders } from './headers.js'
import { registerContentRoutes } from './routes.js'

export interface ContentApiDeps {
  services: Services
  config: Pick<Config, 'siteUrl' | 'siteName' | 'locale'>
  cache: PageCache
  /** The Ghost version answered in Content-Version and settings.version. */
  version: string
}

/** The Ghost version whose Content API this one answers as. */
export const emulatedGhostVersion = 'v5.130'
const legacyVersions = ['v2', 'v3', 'v4', 'canary'] as const

export function createContentApiCache(options: { enabled: boolean; now?: () => number }): PageCache {
  return createPageCache({ enabled: options.enabled, now: options.now, maxEntries: 2000 })
}

/**
 * The hook for the events feed: any change readers can see (not a draft save) empties the API's
 * response cache and its remembered totals — lists, counts and reads all move on a publish.
 */
export function purgeContentApi(cache: PageCache, services: Pick<Services, 'content'>, events: readonly Pick<DomainEvent, 'type' | 'payload'>[]): void {
  if (!events.some((event) => { const keys = purgeKeysFor(event); return keys === 'all' || keys.length > 0 })) return
  cache.purgeAll()
  services.content.forgetCounts()
  if (events.some((event) => !event.type.startsWith('article.'))) services.content.forgetTagsAndPeople()
}

const noKeyContext = 'Unable to determine the authenticated member or integration. Check the supplied Content API Key and ensure cookies are being passed through if member auth is failing.'

async function authenticate(request: FastifyRequest, services: Services): Promise<void> {
  const key = (request.query as Record<string, string | string[] | undefined>).key
  if (Array.isArray(key)) throw new GhostError('BadRequestError', 'Invalid Request', { code: 'INVALID_REQUEST' })
  if (key === undefined || key === '') throw new GhostError('NoPermissionError', 'Authorization failed', { context: noKeyContext })
  const grant = await services.contentApiKeys.authenticate(key)
  if (!grant) throw new GhostError('UnauthorizedError', 'Unknown Content API Key', { code: 'UNKNOWN_CONTENT_API_KEY' })
  request.contentGrant = grant
}

/** Ghost answers an unknown route with 406 when the client's Accept-Version is not the server's. */
function unknownRoute(request: FastifyRequest, version: string): GhostError {
  const accept = request.headers['accept-version']
  if (typeof accept === 'string' && accept !== '') {
    const client = /^v(\d+)(?:\.(\d+))?$/.exec(accept.trim())
    if (!client) return new GhostError('BadRequestError', 'Requested version is not supported.')
    const [major, minor] = version.slice(1).split('.').map(Number) as [number, number]
    const clientMajor = Number(client[1])
    const clientMinor = Number(client[2] ?? 0)
    if (clientMajor !== major || clientMinor !== minor) {
      const behind = clientMajor < major || (clientMajor === major && clientMinor < minor)
      return new GhostError('RequestNotAcceptableError', 'Request could not be served, the endpoint was not found.', {
        code: behind ? 'UPDATE_CLIENT' : 'UPDATE_GHOST',
        help: behind ? 'Try upgrading your Ghost API client.' : 'Try upgrading your Ghost install.',
      })
    }
  }
  return new GhostError('NotFoundError', 'Resource not found')
}

function preflight(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const asked = request.headers['access-control-request-headers']
  if (asked) void reply.header('access-control-allow-headers', asked)
  return reply
    .code(204)
    .header('access-control-allow-methods', 'GET,HEAD,PUT,PATCH,POST,DELETE')
    .header('access-control-max-age', '86400')
    .header('vary', 'Accept-Version, Accept-Encoding, Access-Control-Request-Headers')
    .header('cache-control', 'public, max-age=0')
    .send()
}

export async function registerContentApi(app: FastifyInstance, deps: ContentApiDeps): Promise<void> {
  app.decorateRequest('contentGrant', null)
  for (const legacy of [null, ...legacyVersions]) {
    const prefix = legacy ? `/ghost/api/${legacy}/content` : '/ghost/api/content'
    await app.register(
      async (api) => {
        registerGhostErrors(api, deps.version)
        api.addHook('onRequest', async (request, reply) => {
          commonHeaders(reply, deps.version)
          if (legacy) {
            const rest = request.url.slice(prefix.length).replace(/([?&])key=[^&]*&?/, '$1').replace(/[?&]$/, '')
            void reply.header('deprecation', `version="${legacy === 'canary' ? 'v4' : legacy}"`).header('link', `<${deps.config.siteUrl}/ghost/api/content${rest}>; rel="latest-version"`)
          }
          if (request.method === 'OPTIONS' || !request.routeOptions.config.ghost) return
          await authenticate(request, deps.services)
        })
        api.options('/*', async (request, reply) => preflight(request, reply))
        api.setNotFoundHandler(async (request, reply) => sendGhostError(request, reply, unknownRoute(request, deps.version), deps.version))
        registerContentRoutes(api, deps)
      },
      { prefix },
    )
  }
}
