/**
 * The slots on the site: where each sits, the sizes it takes per breakpoint, the paragraph it
 * follows; added, edited in place, and deleted while nothing has been shown in them.
 */
import { useEffect, useState } from 'preact/hooks'
import { api } from '../api.js'
import { adErrorText, adSizes, breakpoints, fieldErrors, type FieldErrors, type Slot } from './model.js'
import { actionRunner, Checks, described, Field, Tabs } from './ui.js'
import { w } from './words.js'
import { Notice, type NoticeMessage } from '../views/Messages.js'

const fields = ['name', 'placement', 'afterParagraph', 'sizes.mobile', 'sizes.desktop', 'sizes', 'status', 'key']
/** A slot not yet created: no id until the server gives it one. */
const newSlot: Slot = { id: '', key: '', name: '', placement: 'in-article', afterParagraph: 3, sizes: { mobile: [], desktop: [] }, status: 'active' }

export function Slots() {
  const [slots, setSlots] = useState<Slot[] | null>(null)
  const [editing, setEditing] = useState<Slot | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<NoticeMessage | null>(null)
  const load = () => api<{ slots: Slot[] }>('GET', '/ads/slots').then((r) => setSlots(r.slots)).catch((e: unknown) => setMessage({ ok: false, text: adErrorText(e) }))
  useEffect(() => void load(), [])

  const save = async (event: Event) => {
    event.preventDefault()
    if (!editing) return
    setErrors({})
    setMessage(null)
    const after = String(editing.afterParagraph ?? '').trim()
    const body = { name: editing.name.trim(), placement: editing.placement, afterParagraph: editing.placement === 'in-article' ? (after === '' ? null : Number(after)) : null, sizes: editing.sizes, status: editing.status }
    const adding = editing.id === ''
    try {
      await (adding ? api('POST', '/ads/slots', { ...body, key: editing.key.trim() }) : api('PATCH', `/ads/slots/${editing.id}`, body))
      setMessage({ ok: true, text: adding ? w.slots.created(body.name) : w.slots.saved(body.name) })
      setEditing(null)
      await load()
    } catch (e) {
      const found = fieldErrors(e, fields)
      setErrors(found.fields)
      if (found.general) setMessage({ ok: false, text: found.general })
    }
  }
  const set = (changes: Partial<Slot>) => editing && setEditing({ ...editing, ...changes })
  const edit = (slot: Slot) => {
    setErrors({})
    setMessage(null)
    setEditing(slot)
  }

  const run = actionRunner(setMessage, load)
  const remove = (slot: Slot) => window.confirm(w.slots.confirmDelete(slot.name)) && void run(() => api('DELETE', `/ads/slots/${slot.id}`), w.slots.deleted(slot.name))

  return (
    <section class="page">
      <div class="page-head">
        <h1>{w.slots.title}</h1>
        <button type="button" class="primary" onClick={() => edit(newSlot)}>
          {w.slots.add}
        </button>
      </div>
      <Tabs />
      <p class="muted intro">{w.slots.intro}</p>
      <Notice message={message} />
      {editing && (
        <form class="card ad-form" onSubmit={save} noValidate>
          <h2>{editing.id === '' ? w.slots.createTitle : w.slots.editTitle(editing.name)}</h2>
          <div class="form-grid">
            {editing.id === '' && (
              <Field id="slot-key" label={w.slots.key} error={errors.key} hint={w.slots.keyHint}>
                <input {...described('slot-key', errors.key, true)} maxLength={40} value={editing.key} onInput={(e) => set({ key: e.currentTarget.value })} />
              </Field>
            )}
            <Field id="slot-name" label={w.slots.name} error={errors.name}>
              <input {...described('slot-name', errors.name)} maxLength={200} value={editing.name} onInput={(e) => set({ name: e.currentTarget.value })} />
            </Field>
            <Field id="slot-placement" label={w.slots.placement} error={errors.placement}>
              <select {...described('slot-placement', errors.placement)} value={editing.placement} onChange={(e) => set({ placement: e.currentTarget.value as Slot['placement'] })}>
                {(['top', 'in-article', 'sidebar'] as const).map((p) => (
                  <option key={p} value={p}>
                    {w.placements[p]}
                  </option>
                ))}
              </select>
            </Field>
            {editing.placement === 'in-article' && (
              <Field id="slot-after" label={w.slots.afterParagraph} error={errors.afterParagraph} hint={w.slots.afterParagraphHint}>
                <input {...described('slot-after', errors.afterParagraph, true)} type="number" min={1} max={20} value={editing.afterParagraph ?? ''} onInput={(e) => set({ afterParagraph: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })} />
              </Field>
            )}
            <Field id="slot-status" label={w.slots.status} error={errors.status}>
              <select {...described('slot-status', errors.status)} value={editing.status} onChange={(e) => set({ status: e.currentTarget.value as Slot['status'] })}>
                <option value="active">{w.statuses.active}</option>
                <option value="paused">{w.statuses.paused}</option>
              </select>
            </Field>
          </div>
          {breakpoints.map((b) => (
            <Checks key={b} legend={`${w.slots.sizes}: ${w.breakpoints[b]}`} options={adSizes.map((s) => [s, s, `${s} · ${w.sizes[s]}`])} value={editing.sizes[b]} error={errors[`sizes.${b}`] ?? (b === 'desktop' ? errors.sizes : undefined)} onChange={(sizes) => set({ sizes: { ...editing.sizes, [b]: sizes } })} />
          ))}
          <div class="actions">
            <button type="submit" class="primary">
              {editing.id === '' ? w.slots.create : w.save}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {w.cancel}
            </button>
          </div>
        </form>
      )}
      {slots && (
        <div class="table-scroll">
          <table class="list ad-table">
            <thead>
              <tr>
                <th scope="col">{w.slots.name}</th>
                <th scope="col" class="hide-narrow">{w.slots.placement}</th>
                <th scope="col">{w.breakpoints.mobile}</th>
                <th scope="col">{w.breakpoints.desktop}</th>
                <th scope="col">{w.slots.status}</th>
                <th scope="col">
                  <span class="sr-only">{w.edit}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {slots.map((s) => (
                <tr key={s.id}>
                  <td>
                    <strong>{s.name}</strong>
                    <small class="muted block">
                      <code>{s.key}</code>
                    </small>
                  </td>
                  <td class="hide-narrow">
                    {w.placements[s.placement]}
                    {s.placement === 'in-article' && s.afterParagraph ? ` · ${w.slots.afterParagraph.toLowerCase()} ${s.afterParagraph}` : ''}
                  </td>
                  <td>{s.sizes.mobile.join(', ') || w.none}</td>
                  <td>{s.sizes.desktop.join(', ') || w.none}</td>
                  <td>
                    <span class={`badge ad-${s.status}`}>{w.statuses[s.status]}</span>
                  </td>
                  <td class="row-actions">
                    <button type="button" class="link" onClick={() => edit(s)} aria-label={w.slots.editTitle(s.name)}>
                      {w.edit}
                    </button>
                    <button type="button" class="link danger" onClick={() => void remove(s)} aria-label={`${w.delete}: ${s.name}`}>
                      {w.delete}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
