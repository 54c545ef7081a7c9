/**
 * The Ghost-compatible Content API's domain: content API keys (`createContentApiKeysService`),
 * the NQL filter language (`parseNql`) and the published-content reads (`createContentService`).
 * The HTTP shapes live in http/content-api.
 */
export { createContentApiKeysService, contentApiKeyPattern, type ContentApiGrant, type ContentApiKeyInfo, type ContentApiKeysService } from './apikey.service.js'
export { createContentService, parseOrder, type BrowseOptions, type ContentArticle, type ContentService, type Page, type Selector } from './content.service.js'
export type { ContentArticleRow, ContentAuthorRow, ContentTagRow } from './content.repository.js'
export { parseNql, toMongo, NqlSyntaxError, type NqlNode, type NqlOp, type NqlValue } from './nql.js'
export type { ContentApiKeyTable } from './apikey.table.js'
