/** Site settings: typed values with defaults, stored one JSON value per key. */
import { inTransaction } from '../../db/index.js'
import { validationError } from '../../errors.js'
import { isValidSlug } from '../../../shared/slug.js'
import type { ModuleContext } from '../context.js'
import { appendEvent, eventTypes } from '../events/index.js'
import { readSettings, writeSetting } from './settings.repository.js'

export interface SiteSettings {
  /** The site's name; null keeps SITE_NAME from the configuration. */
  siteName: string | null
  /**
   * The language of the site's words; null keeps LOCALE. URL words (/auteur/) stay those of
   * LOCALE, so changing this setting never breaks a link.
   */
  locale: 'nl' | 'en' | null
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
  siteName: null,
  locale: null,
  description: '',
  navigation: [],
  homeSections: [],
  appPromo: { title: '', text: '', appStoreId: null, playStoreId: null },
}

const keys = Object.keys(defaultSettings) as (keyof SiteSettings)[]

/** Every problem with a settings change, so a form can show them all at once. */
export function checkSettings(patch: Partial<SiteSettings>): void {
  const problems: { field: string; message: string }[] = []
  const text = (field: string, value: unknown, max: number, nullable = false) => {
    if (value === undefined || (nullable && value === null)) return
    if (typeof value !== 'string' || value.length > max) problems.push({ field, message: `must be text of at most ${max} characters` })
  }
  const slugs = (field: string, value: unknown) => {
    if (value === undefined) return
    if (!Array.isArray(value) || value.length > 20 || !value.every((s) => typeof s === 'string' && isValidSlug(s))) problems.push({ field, message: 'must be a list of at most 20 tag slugs' })
  }
  text('siteName', patch.siteName, 120, true)
  if (patch.siteName !== undefined && patch.siteName !== null && patch.siteName.trim() === '') problems.push({ field: 'siteName', message: 'must not be empty (null keeps SITE_NAME)' })
  if (patch.locale !== undefined && patch.locale !== null && patch.locale !== 'nl' && patch.locale !== 'en') problems.push({ field: 'locale', message: 'must be nl or en' })
  text('description', patch.description, 300)
  slugs('navigation', patch.navigation)
  slugs('homeSections', patch.homeSections)
  if (patch.appPromo !== undefined) {
    text('appPromo.title', patch.appPromo.title, 120)
    text('appPromo.text', patch.appPromo.text, 500)
    if (patch.appPromo.appStoreId !== null && !/^\d{5,12}$/.test(String(patch.appPromo.appStoreId))) problems.push({ field: 'appPromo.appStoreId', message: 'an App Store id is digits (id123456789 without "id")' })
    if (patch.appPromo.playStoreId !== null && !/^[A-Za-z][\w]*(\.[A-Za-z][\w]*)+$/.test(String(patch.appPromo.playStoreId))) problems.push({ field: 'appPromo.playStoreId', message: 'a Play Store id is a package name such as nl.nieuws.app' })
  }
  if (problems.length > 0) throw validationError(problems)
}

export function createSettingsService(ctx: ModuleContext) {
  const service = {
    async getSettings(): Promise<SiteSettings> {
      const rows = await readSettings(ctx.db)
      const settings: Record<string, unknown> = { ...defaultSettings }
      for (const row of rows) if ((keys as string[]).includes(row.key)) settings[row.key] = JSON.parse(row.value)
      return settings as unknown as SiteSettings
    },

    /** Validates the whole change, writes it with its event in one transaction, returns the result. */
    async updateSettings(patch: Partial<SiteSettings>): Promise<SiteSettings> {
      checkSettings(patch)
      const now = ctx.now()
      await inTransaction(ctx.db, async (trx) => {
        const changed = keys.filter((key) => patch[key] !== undefined)
        for (const key of changed) await writeSetting(trx, key, JSON.stringify(patch[key]), now)
        await appendEvent(trx, { type: eventTypes.settingsChanged, subjectId: null, payload: { keys: changed, visible: true }, createdAt: now })
      })
      return service.getSettings()
    },
  }
  return service
}

export type SettingsService = ReturnType<typeof createSettingsService>
