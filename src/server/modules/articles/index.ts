/**
 * Articles and pages: the newsroom's content, its workflow and its public lookups.
 * `createArticlesService` is the one way in; `createArticleImporter` bulk-loads published ones.
 */
export { createArticlesService, canTransition, type ArticlesService, type SlugLookup, type ListOptions } from './article.service.js'
export { createArticleImporter, type ImportedArticle, type PublishedInput } from './article.import.js'
export type { Article, ArticleSummary, FeatureImage } from './article.model.js'
export type { ArticleInput, ArticleUpdate, FeatureImageInput } from './article.input.js'
export { articleStatuses, type ArticleStatus, type ArticleType, type ArticleTable } from './article.table.js'
export { articleAbilities, canEditArticle, canPublishArticle, canReadArticle } from './article.policy.js'
export type { DeskListOptions, RevisionInfo } from './article.service.js'
export type { ArticleSnapshot } from './article.core.js'
