/** Everyone in the newsroom; admins add accounts, change roles, edit profiles (bio, website) and suspend people. */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api.js'
import { errorText } from '../format.js'
import { t } from '../i18n/index.js'
import { can, useUser } from '../session.js'
import type { Person, Role } from '../types.js'

const roles: Role[] = ['contributor', 'author', 'editor', 'admin']

export function People() {
  const user = useUser()
  const manage = can(user, 'managePeople')
  const [people, setPeople] = useState<Person[]>([])
  const [draft, setDraft] = useState({ name: '', email: '', role: 'contributor' as Role, password: '' })
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [profile, setProfile] = useState<{ id: string; name: string; bio: string; website: string } | null>(null)
  const load = () => api<{ people: Person[] }>('GET', '/people').then((r) => setPeople(r.people)).catch((e: unknown) => setError(errorText(e)))
  useEffect(() => void load(), [])

  const run = async (work: () => Promise<unknown>, success: string) => {
    setError(null)
    setDone(null)
    try {
      await work()
      setDone(success)
      await load()
      return true
    } catch (e) {
      setError(errorText(e))
      return false
    }
  }

  const create = (event: Event) => {
    event.preventDefault()
    const body = { name: draft.name.trim(), email: draft.email.trim(), role: draft.role, ...(draft.password ? { password: draft.password } : {}) }
    void run(() => api('POST', '/people', body), t.people.created(body.name)).then((ok) => ok && setDraft({ name: '', email: '', role: 'contributor', password: '' }))
  }

  const saveProfile = (event: Event) => {
    event.preventDefault()
    if (!profile) return
    const body = { name: profile.name.trim(), bio: profile.bio.trim() || null, website: profile.website.trim() || null }
    void run(() => api('PATCH', `/people/${profile.id}`, body), t.people.changed(body.name)).then((ok) => ok && setProfile(null))
  }

  return (
    <section class="page">
      <h1>{t.people.title}</h1>
      {error && <p class="notice error" role="alert">{error}</p>}
      {done && <p class="notice ok" role="status">{done}</p>}
      {manage && (
        <form class="card grid-form" onSubmit={create}>
          <h2>{t.people.add}</h2>
          <label for="p-name">{t.people.name}</label>
          <input id="p-name" required value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
          <label for="p-email">{t.signIn.email}</label>
          <input id="p-email" type="email" required value={draft.email} onInput={(e) => setDraft({ ...draft, email: e.currentTarget.value })} />
          <label for="p-role">{t.people.role}</label>
          <select id="p-role" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value as Role })}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t.roles[r]}
              </option>
            ))}
          </select>
          <label for="p-password">{t.people.password}</label>
          <input id="p-password" type="password" minLength={10} autocomplete="new-password" value={draft.password} onInput={(e) => setDraft({ ...draft, password: e.currentTarget.value })} />
          <button type="submit" class="primary">
            {t.people.create}
          </button>
        </form>
      )}
      {profile && (
        <form class="card grid-form" onSubmit={saveProfile}>
          <h2>{t.people.editProfile(profile.name)}</h2>
          <label for="pr-name">{t.people.name}</label>
          <input id="pr-name" required maxLength={120} value={profile.name} onInput={(e) => setProfile({ ...profile, name: e.currentTarget.value })} />
          <label for="pr-bio">{t.people.bio}</label>
          <textarea id="pr-bio" rows={4} maxLength={2000} value={profile.bio} onInput={(e) => setProfile({ ...profile, bio: e.currentTarget.value })} />
          <label for="pr-website">{t.people.website}</label>
          <input id="pr-website" type="url" maxLength={300} placeholder="https://" value={profile.website} onInput={(e) => setProfile({ ...profile, website: e.currentTarget.value })} />
          <div class="actions">
            <button type="submit" class="primary">
              {t.save.save}
            </button>
            <button type="button" onClick={() => setProfile(null)}>
              {t.close}
            </button>
          </div>
        </form>
      )}
      <table class="list">
        <thead>
          <tr>
            <th scope="col">{t.people.name}</th>
            <th scope="col" class="hide-narrow">{t.signIn.email}</th>
            <th scope="col">{t.people.role}</th>
            <th scope="col">{t.people.status}</th>
            {manage && <th scope="col"><span class="sr-only">{t.people.profile}</span></th>}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>
                {p.name}
                {p.bio && <small class="muted block">{p.bio.length > 90 ? `${p.bio.slice(0, 89)}…` : p.bio}</small>}
              </td>
              <td class="hide-narrow">{p.email}</td>
              <td>
                {manage && p.id !== user.id ? (
                  <select aria-label={t.people.roleOf(p.name)} value={p.role} onChange={(e) => void run(() => api('PATCH', `/people/${p.id}`, { role: e.currentTarget.value }), t.people.changed(p.name))}>
                    {roles.map((r) => (
                      <option key={r} value={r}>
                        {t.roles[r]}
                      </option>
                    ))}
                  </select>
                ) : (
                  t.roles[p.role]
                )}
              </td>
              <td>
                {manage && p.id !== user.id ? (
                  <button type="button" class="link" onClick={() => void run(() => api('PATCH', `/people/${p.id}`, { status: p.status === 'active' ? 'suspended' : 'active' }), t.people.changed(p.name))}>
                    {p.status === 'active' ? t.people.suspend : t.people.reactivate}
                  </button>
                ) : (
                  t.people.statuses[p.status]
                )}
              </td>
              {manage && (
                <td>
                  <button type="button" class="link" aria-label={t.people.editProfile(p.name)} onClick={() => setProfile({ id: p.id, name: p.name, bio: p.bio ?? '', website: p.website ?? '' })}>
                    {t.people.profile}
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
