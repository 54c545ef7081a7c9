/** Site settings: the desk reads them; admins change them. */
import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import type { SiteSettings } from '../../modules/settings/index.js'
import type { Services } from '../../services.js'
import { Nullable } from './schemas.js'

const Slugs = Type.Array(Type.String({ maxLength: 80 }), { maxItems: 20 })
const fields = {
  siteName: Nullable(Type.String({ maxLength: 120 })),
  locale: Nullable(Type.Union([Type.Literal('nl'), Type.Literal('en')])),
  description: Type.String({ maxLength: 300 }),
  navigation: Slugs,
  homeSections: Slugs,
  appPromo: Type.Object(
    { title: Type.String({ maxLength: 120 }), text: Type.String({ maxLength: 500 }), appStoreId: Nullable(Type.String({ maxLength: 20 })), playStoreId: Nullable(Type.String({ maxLength: 150 })) },
    { additionalProperties: false },
  ),
}
const Settings = Type.Object(fields)
const SettingsPatch = Type.Object(Type.Partial(Type.Object(fields)).properties, { additionalProperties: false })

export function registerSettingsRoutes(app: FastifyInstance, services: Services): void {
  const tags = ['settings']
  app.get('/settings', {
    config: { policy: 'desk' },
    schema: { summary: 'Site settings', tags, response: { 200: Type.Object({ settings: Settings }) } },
    handler: async () => ({ settings: await services.settings.getSettings() }),
  })

  app.patch('/settings', {
    config: { policy: 'manageSettings' },
    schema: { summary: 'Change settings (only the fields sent)', tags, body: SettingsPatch, response: { 200: Type.Object({ settings: Settings }) } },
    handler: async (request) => ({ settings: await services.settings.updateSettings(request.body as Partial<SiteSettings>) }),
  })
}
