/**
 * Audience: page views counted without cookies or stored identifiers, flushed into hourly and
 * daily counts, and "Meest gelezen" rankings over 24 hours, 7 and 30 days.
 */
export { createAudienceService, mostReadWindows, type AudienceService, type MostReadWindow, type PageView } from './audience.service.js'
export type { AudienceDailyTable, AudienceHourlyTable, AudienceReferrerTable } from './audience.table.js'
