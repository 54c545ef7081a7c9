/** Builds every module service from one context: used by the HTTP app, the CLI and jobs. */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ModuleContext } from './modules/context.js'
import { createAdsService } from './modules/ads/index.js'
import { createArticleImporter, createArticlesService } from './modules/articles/index.js'
import { createAudienceService } from './modules/audience/index.js'
import { createAuthService } from './modules/auth/index.js'
import { createGhostImporter, createImportJobs, createNewsdeskTransfer, createWordPressImporter } from './modules/import/index.js'
import { createContentApiKeysService, createContentService } from './modules/content-api/index.js'
import { createMediaService, type MediaStorage } from './modules/media/index.js'
import { createPeopleService, createTokensService } from './modules/people/index.js'
import { createRedirectsService } from './modules/redirects/index.js'
import { createSearchService } from './modules/search/index.js'
import { createSettingsService } from './modules/settings/index.js'
import { createSyndicationService } from './modules/syndication/index.js'
import { createTagsService } from './modules/tags/index.js'

export interface ServiceDeps {
  /** Where uploaded media live: MEDIA_DIR, or an object store behind the same interface. */
  mediaStorage: MediaStorage
  /** Count unique readers per article per day (in memory, salted, forgotten at midnight). */
  audienceUniques?: boolean
  /** Where imports uploaded through the desk wait while they run (DATA_DIR/imports). */
  importsDir?: string
  /** Randomness for ad choices (tests inject a seeded one). */
  adsRandom?: () => number
}

export function createServices(ctx: ModuleContext, deps: ServiceDeps) {
  const media = createMediaService(ctx, deps.mediaStorage)
  const wordpress = createWordPressImporter(ctx, { media })
  const ghost = createGhostImporter(ctx, { media })
  const transfer = createNewsdeskTransfer(ctx)
  const search = createSearchService(ctx)
  return {
    ads: createAdsService(ctx, { media, random: deps.adsRandom }),
    articles: createArticlesService(ctx),
    audience: createAudienceService(ctx, { uniques: deps.audienceUniques ?? true }),
    auth: createAuthService(ctx),
    contentApiKeys: createContentApiKeysService(ctx),
    content: createContentService(ctx, { search: (q, type) => search.rankedIds(q, type) }),
    importer: createArticleImporter(ctx),
    media,
    ghost,
    imports: createImportJobs(ctx, { folder: deps.importsDir ?? join(tmpdir(), 'newsdesk-imports'), wordpress, ghost, transfer }),
    people: createPeopleService(ctx),
    redirects: createRedirectsService(ctx),
    search,
    settings: createSettingsService(ctx),
    syndication: createSyndicationService(ctx),
    tags: createTagsService(ctx),
    tokens: createTokensService(ctx),
    transfer,
    wordpress,
  }
}

export type Services = ReturnType<typeof createServices>
