/** Site settings: typed values with defaults, stored one JSON value per key. */
import { inTransaction } from '../../db/index.js'
import type { ModuleContext } from '../context.js'
import { appendEvent, eventTypes } from '../events/index.js'
import { readSettings, writeSetting } from './settings.repository.js'

export interface SiteSettings {
  /** One line under the site name. */
  description: string
  /** Tag slugs shown in the navigation, in order. */
  navigation: string[]
  /** Tag slugs with a block of headlines on the home page ("Blockchain nieuws"). */
  homeSections: string[]
  /** The "Bekijk de app" promotion. */
  appPromo: { title: string; text: string; appStoreId: string | null; playStoreId: string | null }
}

export const defaultSettings: SiteSettings = {
  description: '',
  navigation: [],
  homeSections: [],
  appPromo: { title: '', text: '', appStoreId: null, playStoreId: null },
}

const keys = Object.keys(defaultSettings) as (keyof SiteSettings)[]

export function createSettingsService(ctx: ModuleContext) {
  return {
    async getSettings(): Promise<SiteSettings> {
      const rows = await readSettings(ctx.db)
      const settings: Record<string, unknown> = { ...defaultSettings }
      for (const row of rows) if ((keys as string[]).includes(row.key)) settings[row.key] = JSON.parse(row.value)
      return settings as unknown as SiteSettings
    },

    async updateSettings(patch: Partial<SiteSettings>): Promise<void> {
      const now = ctx.now()
      await inTransaction(ctx.db, async (trx) => {
        for (const key of keys) {
          if (patch[key] !== undefined) await writeSetting(trx, key, JSON.stringify(patch[key]), now)
        }
        await appendEvent(trx, { type: eventTypes.settingsChanged, subjectId: null, payload: { keys: Object.keys(patch) }, createdAt: now })
      })
    },
  }
}

export type SettingsService = ReturnType<typeof createSettingsService>
