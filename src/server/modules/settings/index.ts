/** Site settings: navigation, home sections, app promo. */
export { createSettingsService, defaultSettings, type SiteSettings, type SettingsService } from './settings.service.js'
export type { SettingTable } from './settings.table.js'
