/** Advertisers: the list with their campaigns, a form to add or change one, delete after a question. */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api.js'
import { Link } from '../views/Link.js'
import { adErrorText, fieldErrors, type Advertiser, type Campaign, type FieldErrors } from './model.js'
import { actionRunner, described, Field, PhaseBadge, Tabs } from './ui.js'
import { w } from './words.js'
import { Notice, type NoticeMessage } from '../views/Messages.js'

type Draft = { name: string; website: string; category: string; contactEmail: string }
const empty: Draft = { name: '', website: '', category: '', contactEmail: '' }
const fields = ['name', 'website', 'category', 'contactEmail']
const orNull = (v: string) => (v.trim() === '' ? null : v.trim())

export function Advertisers() {
  const [advertisers, setAdvertisers] = useState<Advertiser[] | null>(null)
  const [campaigns, setCampaigns] = useState<Campaign[]>([])
  const [editing, setEditing] = useState<{ id: string | null; draft: Draft } | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<NoticeMessage | null>(null)

  const load = async () => {
    try {
      const [a, c] = await Promise.all([api<{ advertisers: Advertiser[] }>('GET', '/ads/advertisers'), api<{ campaigns: Campaign[] }>('GET', '/ads/campaigns')])
      setAdvertisers(a.advertisers)
      setCampaigns(c.campaigns)
    } catch (e) {
      setMessage({ ok: false, text: adErrorText(e) })
    }
  }
  useEffect(() => void load(), [])

  const save = async (event: Event) => {
    event.preventDefault()
    if (!editing) return
    const { id, draft } = editing
    const body = { name: draft.name.trim(), website: orNull(draft.website), category: orNull(draft.category), contactEmail: orNull(draft.contactEmail) }
    setErrors({})
    setMessage(null)
    try {
      await (id ? api('PATCH', `/ads/advertisers/${id}`, body) : api('POST', '/ads/advertisers', body))
      setEditing(null)
      setMessage({ ok: true, text: id ? w.saved : w.advertisers.created(body.name) })
      await load()
    } catch (e) {
      const found = fieldErrors(e, fields)
      setErrors(found.fields)
      if (found.general) setMessage({ ok: false, text: found.general })
    }
  }

  const run = actionRunner(setMessage, load)
  const remove = (advertiser: Advertiser) => window.confirm(w.advertisers.confirmDelete(advertiser.name)) && void run(() => api('DELETE', `/ads/advertisers/${advertiser.id}`), w.advertisers.deleted(advertiser.name))

  const edit = (advertiser: Advertiser | null) => {
    setErrors({})
    setMessage(null)
    setEditing({ id: advertiser?.id ?? null, draft: advertiser ? { name: advertiser.name, website: advertiser.website ?? '', category: advertiser.category ?? '', contactEmail: advertiser.contactEmail ?? '' } : empty })
  }
  const set = (changes: Partial<Draft>) => editing && setEditing({ ...editing, draft: { ...editing.draft, ...changes } })

  return (
    <section class="page">
      <div class="page-head">
        <h1>{w.advertisers.title}</h1>
        <button type="button" class="primary" onClick={() => edit(null)}>
          {w.advertisers.add}
        </button>
      </div>
      <Tabs />
      <p class="muted intro">{w.advertisers.intro}</p>
      <Notice message={message} />
      {editing && (
        <form class="card ad-form" onSubmit={save} noValidate>
          <h2>{editing.id ? w.advertisers.editTitle(editing.draft.name) : w.advertisers.add}</h2>
          <div class="form-grid">
            <Field id="adv-name" label={w.advertisers.name} error={errors.name}>
              <input {...described('adv-name', errors.name)} required maxLength={200} value={editing.draft.name} onInput={(e) => set({ name: e.currentTarget.value })} />
            </Field>
            <Field id="adv-website" label={w.advertisers.website} error={errors.website}>
              <input {...described('adv-website', errors.website)} type="url" placeholder="https://" value={editing.draft.website} onInput={(e) => set({ website: e.currentTarget.value })} />
            </Field>
            <Field id="adv-category" label={w.advertisers.category} error={errors.category}>
              <input {...described('adv-category', errors.category)} maxLength={60} value={editing.draft.category} onInput={(e) => set({ category: e.currentTarget.value })} />
            </Field>
            <Field id="adv-contact" label={w.advertisers.contact} error={errors.contactEmail}>
              <input {...described('adv-contact', errors.contactEmail)} type="email" value={editing.draft.contactEmail} onInput={(e) => set({ contactEmail: e.currentTarget.value })} />
            </Field>
          </div>
          <div class="actions">
            <button type="submit" class="primary">
              {w.save}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {w.cancel}
            </button>
          </div>
        </form>
      )}
      {advertisers && advertisers.length === 0 && <p class="empty">{w.advertisers.empty}</p>}
      {advertisers && advertisers.length > 0 && (
        <div class="table-scroll">
          <table class="list ad-table">
            <thead>
              <tr>
                <th scope="col">{w.advertisers.name}</th>
                <th scope="col" class="hide-narrow">{w.advertisers.categoryShort}</th>
                <th scope="col">{w.advertisers.campaigns}</th>
                <th scope="col">
                  <span class="sr-only">{w.edit}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {advertisers.map((a) => {
                const own = campaigns.filter((c) => c.advertiserId === a.id)
                return (
                  <tr key={a.id}>
                    <td>
                      <strong>{a.name}</strong>
                      {a.website && (
                        <small class="muted block">
                          <a href={a.website} target="_blank" rel="noopener noreferrer">
                            {a.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                          </a>
                        </small>
                      )}
                      {a.contactEmail && <small class="muted block">{a.contactEmail}</small>}
                    </td>
                    <td class="hide-narrow">{a.category ?? w.none}</td>
                    <td>
                      {own.length === 0 && <span class="muted">{w.advertisers.noCampaigns}</span>}
                      <ul class="plain compact">
                        {own.map((c) => (
                          <li key={c.id}>
                            <Link to={`/ads/campaigns/${c.id}`}>{c.name}</Link> <PhaseBadge campaign={c} />
                          </li>
                        ))}
                      </ul>
                      <Link to={`/ads/campaigns/new?advertiser=${a.id}`} class="small-link">
                        + {w.advertisers.newCampaign}
                      </Link>
                    </td>
                    <td class="row-actions">
                      <button type="button" class="link" onClick={() => edit(a)} aria-label={w.advertisers.editTitle(a.name)}>
                        {w.edit}
                      </button>
                      <button type="button" class="link danger" onClick={() => void remove(a)} aria-label={`${w.delete}: ${a.name}`}>
                        {w.delete}
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
