/** Tags with how often they are used; editors create, rename, describe (for readers and for search engines) and delete them. */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api.js'
import { errorText } from '../format.js'
import { t } from '../i18n/index.js'
import { can, useUser } from '../session.js'
import type { Tag } from '../types.js'
import { Link } from './Link.js'

export function Tags() {
  const user = useUser()
  const manage = can(user, 'manageTags')
  const [tags, setTags] = useState<Tag[]>([])
  const [name, setName] = useState('')
  const [editing, setEditing] = useState<Tag | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = () => api<{ tags: Tag[] }>('GET', '/tags').then((r) => setTags(r.tags)).catch((e: unknown) => setError(errorText(e)))
  useEffect(() => void load(), [])

  const run = async (work: () => Promise<unknown>) => {
    setError(null)
    try {
      await work()
      await load()
      return true
    } catch (e) {
      setError(errorText(e))
      return false
    }
  }

  return (
    <section class="page narrow">
      <h1>{t.tags.title}</h1>
      {!manage && <p class="muted">{t.tags.readOnly}</p>}
      {error && <p class="notice error" role="alert">{error}</p>}
      {manage && (
        <form class="inline-form" onSubmit={(e) => (e.preventDefault(), void run(() => api('POST', '/tags', { name: name.trim() })).then((ok) => ok && setName('')))}>
          <label for="tag-name">{t.tags.newTag}</label>
          <input id="tag-name" required maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" class="primary">
            {t.tags.create}
          </button>
        </form>
      )}
      {editing && (
        <form
          class="card edit-form"
          onSubmit={(e) => {
            e.preventDefault()
            const seo = { title: editing.seo.title?.trim() || null, description: editing.seo.description?.trim() || null }
            void run(() => api('PATCH', `/tags/${editing.id}`, { name: editing.name, slug: editing.slug, description: editing.description || null, seo })).then((ok) => ok && setEditing(null))
          }}
        >
          <h2>{t.tags.edit(editing.name)}</h2>
          <label for="edit-name">{t.tags.name}</label>
          <input id="edit-name" required value={editing.name} onInput={(e) => setEditing({ ...editing, name: e.currentTarget.value })} />
          <label for="edit-slug">{t.fields.slug}</label>
          <input id="edit-slug" required value={editing.slug} onInput={(e) => setEditing({ ...editing, slug: e.currentTarget.value })} />
          <label for="edit-description">{t.tags.description}</label>
          <textarea id="edit-description" rows={3} value={editing.description ?? ''} onInput={(e) => setEditing({ ...editing, description: e.currentTarget.value })} />
          <label for="edit-seo-title">
            {t.fields.seoTitle} <span class="count">{t.fields.count(editing.seo.title?.length ?? 0, 60)}</span>
          </label>
          <input id="edit-seo-title" maxLength={300} value={editing.seo.title ?? ''} placeholder={editing.name} onInput={(e) => setEditing({ ...editing, seo: { ...editing.seo, title: e.currentTarget.value } })} />
          <label for="edit-seo-description">
            {t.fields.seoDescription} <span class="count">{t.fields.count(editing.seo.description?.length ?? 0, 160)}</span>
          </label>
          <textarea id="edit-seo-description" rows={2} maxLength={500} value={editing.seo.description ?? ''} placeholder={editing.description ?? ''} onInput={(e) => setEditing({ ...editing, seo: { ...editing.seo, description: e.currentTarget.value } })} />
          <p class="hint">{t.tags.seoHint}</p>
          <div class="actions">
            <button type="submit" class="primary">
              {t.save.save}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t.close}
            </button>
          </div>
        </form>
      )}
      <table class="list">
        <thead>
          <tr>
            <th scope="col">{t.tags.name}</th>
            <th scope="col">{t.fields.slug}</th>
            <th scope="col">{t.tags.articles}</th>
            {manage && <th scope="col"><span class="sr-only">{t.tags.actions}</span></th>}
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id}>
              <td>
                <Link to={`/articles?tag=${encodeURIComponent(tag.slug)}`}>{tag.name}</Link>
                {tag.visibility === 'internal' && <span class="flag">{t.tags.internal}</span>}
              </td>
              <td>{tag.slug}</td>
              <td>{tag.articles ?? 0}</td>
              {manage && (
                <td class="row">
                  <button type="button" class="link" onClick={() => setEditing(tag)}>
                    {t.tags.editShort}
                  </button>
                  <button type="button" class="link danger" onClick={() => window.confirm(t.tags.confirmDelete(tag.name)) && void run(() => api('DELETE', `/tags/${tag.id}`))}>
                    {t.tags.delete}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
