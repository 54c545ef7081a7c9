/** The database as Kysely sees it: every table, from the modules' *.table.ts files. */
import type { Kysely, Transaction } from 'kysely'
import type { AdAdvertiserTable, AdCampaignTable, AdCreativeTable, AdHourlyTable, AdSlotTable } from '../modules/ads/ads.table.js'
import type { ArticleAuthorTable, ArticleRevisionTable, ArticleTable, ArticleTagTable } from '../modules/articles/article.table.js'
import type { LoginThrottleTable, SessionTable } from '../modules/auth/auth.table.js'
import type { AudienceDailyTable, AudienceHourlyTable, AudienceReferrerTable } from '../modules/audience/audience.table.js'
import type { ContentApiKeyTable } from '../modules/content-api/apikey.table.js'
import type { EventTable } from '../modules/events/event.table.js'
import type { ImportJobTable, ImportSourceTable } from '../modules/import/import.table.js'
import type { MediaTable } from '../modules/media/media.table.js'
import type { ApiTokenTable, UserTable } from '../modules/people/people.table.js'
import type { RedirectTable } from '../modules/redirects/redirect.table.js'
import type { RelatedArticleTable } from '../modules/related/related.table.js'
import type { SearchDocumentTable } from '../modules/search/search.table.js'
import type { SettingTable } from '../modules/settings/settings.table.js'
import type { TagTable } from '../modules/tags/tag.table.js'

export interface Database {
  articles: ArticleTable
  articleTags: ArticleTagTable
  articleAuthors: ArticleAuthorTable
  tags: TagTable
  users: UserTable
  apiTokens: ApiTokenTable
  redirects: RedirectTable
  settings: SettingTable
  events: EventTable
  sessions: SessionTable
  loginThrottle: LoginThrottleTable
  articleRevisions: ArticleRevisionTable
  media: MediaTable
  relatedArticles: RelatedArticleTable
  audienceHourly: AudienceHourlyTable
  audienceDaily: AudienceDailyTable
  audienceReferrers: AudienceReferrerTable
  importSources: ImportSourceTable
  importJobs: ImportJobTable
  contentApiKeys: ContentApiKeyTable
  searchDocuments: SearchDocumentTable
  adAdvertisers: AdAdvertiserTable
  adCampaigns: AdCampaignTable
  adCreatives: AdCreativeTable
  adSlots: AdSlotTable
  adHourly: AdHourlyTable
}

export type Db = Kysely<Database>
/** A database handle or an open transaction: repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>
