/**
 * The admin API under /admin/api: every route declares its schemas and its policy (a route
 * without a policy stops the server at boot). Conventions in DESIGN.md, "Admin API conventions".
 */
import fastifyCookie from '@fastify/cookie'
import type { FastifyInstance } from 'fastify'
import type { PreviewLinks } from '../../modules/auth/index.js'
import type { Services } from '../../services.js'
import { registerAdRoutes } from './ads.routes.js'
import { registerApiKeyRoutes } from './apikeys.routes.js'
import { registerArticleRoutes } from './articles.routes.js'
import { registerAudienceRoutes } from './audience.routes.js'
import { registerImportRoutes } from './imports.routes.js'
import { registerMediaRoutes } from './media.routes.js'
import { buildOpenApi, collectOperations } from './openapi.js'
import { registerPeopleRoutes } from './people.routes.js'
import { registerPolicies } from './policy.js'
import { registerSessionRoutes } from './session.routes.js'
import { registerSettingsRoutes } from './settings.routes.js'
import { registerTagRoutes } from './tags.routes.js'
import { registerTokenRoutes } from './tokens.routes.js'

export interface AdminApiDeps {
  services: Services
  siteUrl: string
  siteName: string
  previews: PreviewLinks
  now: () => number
}

export const adminApiPrefix = '/admin/api'

export async function registerAdminApi(app: FastifyInstance, deps: AdminApiDeps): Promise<void> {
  await app.register(
    async (api) => {
      await api.register(fastifyCookie)
      const operations = collectOperations(api, adminApiPrefix)
      registerPolicies(api, deps.services)
      registerSessionRoutes(api, deps.services)
      registerArticleRoutes(api, deps.services, { siteUrl: deps.siteUrl, previews: deps.previews })
      registerTagRoutes(api, deps.services)
      registerPeopleRoutes(api, deps.services)
      registerSettingsRoutes(api, deps.services)
      registerTokenRoutes(api, deps.services)
      registerApiKeyRoutes(api, deps.services)
      registerAudienceRoutes(api, deps.services, deps.now)
      await api.register(async (media) => registerMediaRoutes(media, deps.services))
      await api.register(async (imports) => registerImportRoutes(imports, deps.services))
      await api.register(async (ads) => registerAdRoutes(ads, deps.services, deps.now))

      let document: unknown
      api.get('/openapi.json', {
        config: { policy: 'anyone' },
        schema: { summary: 'This description', tags: ['meta'] },
        handler: async (_request, reply) => {
          document ??= buildOpenApi(operations, { title: deps.siteName, serverUrl: deps.siteUrl })
          return reply.header('cache-control', 'public, max-age=300').send(document)
        },
      })
    },
    { prefix: adminApiPrefix },
  )
}
