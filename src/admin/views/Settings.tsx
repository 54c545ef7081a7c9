/** Site settings for admins: name and description, navigation, home page sections, the app promo. */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api.js'
import { errorText } from '../format.js'
import { t } from '../i18n/index.js'
import type { Settings, Tag } from '../types.js'
import { Notice, type NoticeMessage } from './Messages.js'

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean)

export function SettingsView() {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [tags, setTags] = useState<Tag[]>([])
  const [navigation, setNavigation] = useState('')
  const [sections, setSections] = useState('')
  const [message, setMessage] = useState<NoticeMessage | null>(null)
  useEffect(() => {
    api<{ settings: Settings }>('GET', '/settings')
      .then((r) => {
        setSettings(r.settings)
        setNavigation(r.settings.navigation.join(', '))
        setSections(r.settings.homeSections.join(', '))
      })
      .catch((e: unknown) => setMessage({ ok: false, text: errorText(e) }))
    api<{ tags: Tag[] }>('GET', '/tags').then((r) => setTags(r.tags)).catch(() => undefined)
  }, [])
  if (!settings) return message ? <p class="notice error">{message.text}</p> : <p class="loading">{t.loading}</p>

  const save = async (event: Event) => {
    event.preventDefault()
    setMessage(null)
    const unknown = [...list(navigation), ...list(sections)].filter((slug) => !tags.some((tag) => tag.slug === slug))
    if (unknown.length > 0) return setMessage({ ok: false, text: t.settings.unknownTags(unknown.join(', ')) })
    try {
      const body = { siteName: settings.siteName || null, description: settings.description, navigation: list(navigation), homeSections: list(sections), appPromo: { ...settings.appPromo, appStoreId: settings.appPromo.appStoreId || null, playStoreId: settings.appPromo.playStoreId || null } }
      const r = await api<{ settings: Settings }>('PATCH', '/settings', body)
      setSettings(r.settings)
      setMessage({ ok: true, text: t.settings.saved })
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) })
    }
  }
  const promo = (changes: Partial<Settings['appPromo']>) => setSettings({ ...settings, appPromo: { ...settings.appPromo, ...changes } })

  return (
    <section class="page narrow">
      <h1>{t.settings.title}</h1>
      <form class="card grid-form" onSubmit={save}>
        <label for="s-name">{t.settings.siteName}</label>
        <input id="s-name" value={settings.siteName ?? ''} onInput={(e) => setSettings({ ...settings, siteName: e.currentTarget.value })} />
        <label for="s-description">{t.settings.description}</label>
        <textarea id="s-description" rows={2} maxLength={300} value={settings.description} onInput={(e) => setSettings({ ...settings, description: e.currentTarget.value })} />
        <label for="s-navigation">{t.settings.navigation}</label>
        <input id="s-navigation" value={navigation} aria-describedby="s-tags-hint" onInput={(e) => setNavigation(e.currentTarget.value)} />
        <label for="s-sections">{t.settings.homeSections}</label>
        <input id="s-sections" value={sections} aria-describedby="s-tags-hint" onInput={(e) => setSections(e.currentTarget.value)} />
        <p id="s-tags-hint" class="hint">{t.settings.tagsHint(tags.slice(0, 8).map((tag) => tag.slug).join(', '))}</p>
        <h2>{t.settings.appPromo}</h2>
        <label for="s-promo-title">{t.settings.promoTitle}</label>
        <input id="s-promo-title" maxLength={120} value={settings.appPromo.title} onInput={(e) => promo({ title: e.currentTarget.value })} />
        <label for="s-promo-text">{t.settings.promoText}</label>
        <textarea id="s-promo-text" rows={2} maxLength={500} value={settings.appPromo.text} onInput={(e) => promo({ text: e.currentTarget.value })} />
        <label for="s-appstore">{t.settings.appStoreId}</label>
        <input id="s-appstore" maxLength={20} value={settings.appPromo.appStoreId ?? ''} onInput={(e) => promo({ appStoreId: e.currentTarget.value })} />
        <label for="s-playstore">{t.settings.playStoreId}</label>
        <input id="s-playstore" maxLength={150} value={settings.appPromo.playStoreId ?? ''} onInput={(e) => promo({ playStoreId: e.currentTarget.value })} />
        <Notice message={message} />
        <button type="submit" class="primary">
          {t.save.save}
        </button>
      </form>
    </section>
  )
}
