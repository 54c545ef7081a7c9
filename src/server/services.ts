/** Builds every module service from one context: used by the HTTP app, the CLI and jobs. */
import type { ModuleContext } from './modules/context.js'
import { createArticleImporter, createArticlesService } from './modules/articles/index.js'
import { createPeopleService } from './modules/people/index.js'
import { createSettingsService } from './modules/settings/index.js'
import { createTagsService } from './modules/tags/index.js'

export function createServices(ctx: ModuleContext) {
  return {
    articles: createArticlesService(ctx),
    importer: createArticleImporter(ctx),
    people: createPeopleService(ctx),
    settings: createSettingsService(ctx),
    tags: createTagsService(ctx),
  }
}

export type Services = ReturnType<typeof createServices>
