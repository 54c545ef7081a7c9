/**
 * Every migration, in order. Listed by hand (not read from disk) so the bundled server carries
 * them. Migrations are frozen once merged: change the schema with a new file, never an old one.
 */
import type { Migration } from 'kysely'
import * as initial from './2026-11-26T1800_initial.js'
import * as desk from './2026-11-26T2000_desk.js'
import * as related from './2026-11-26T2100_related.js'
import * as listingIndexes from './2026-11-26T2200_listing_indexes.js'
import * as audience from './2026-11-26T2300_audience.js'
import * as search from './2026-11-27T0100_search.js'
import * as contentApi from './2026-11-27T0200_content_api.js'
import * as ads from './2026-11-27T0300_ads.js'
import * as imports from './2026-11-27T0400_import.js'
import * as importJobs from './2026-11-27T0410_import_jobs.js'
import * as searchTerms from './2026-11-27T0500_search_terms.js'
import * as searchPairs from './2026-11-27T0510_search_pairs.js'

export const migrations: Record<string, Migration> = {
  '2026-11-26T1800_initial': initial,
  '2026-11-26T2000_desk': desk,
  '2026-11-26T2100_related': related,
  '2026-11-26T2200_listing_indexes': listingIndexes,
  '2026-11-26T2300_audience': audience,
  '2026-11-27T0100_search': search,
  '2026-11-27T0200_content_api': contentApi,
  '2026-11-27T0300_ads': ads,
  '2026-11-27T0400_import': imports,
  '2026-11-27T0410_import_jobs': importJobs,
  '2026-11-27T0500_search_terms': searchTerms,
  '2026-11-27T0510_search_pairs': searchPairs,
}
