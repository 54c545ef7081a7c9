/** Small parts the ads pages share: the section tabs, a labelled field with its error, a delivery bar, tag chips, a page's actions. */
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { useLocation } from '../router.js'
import type { Tag } from '../types.js'
import { Link } from '../views/Link.js'
import type { NoticeMessage } from '../views/Messages.js'
import { adErrorText, number, phase, type Campaign } from './model.js'
import { w } from './words.js'

/**
 * Runs a page's actions (pause, delete, …): the notice says `done` and the list is read again,
 * or the notice says in words why the API refused.
 */
export function actionRunner(setMessage: (message: NoticeMessage | null) => void, reload: () => Promise<unknown>) {
  return async (work: () => Promise<unknown>, done: string): Promise<void> => {
    setMessage(null)
    try {
      await work()
      setMessage({ ok: true, text: done })
      await reload()
    } catch (e) {
      setMessage({ ok: false, text: adErrorText(e) })
    }
  }
}

export function Tabs() {
  const { path } = useLocation()
  const tabs: [string, string][] = [
    ['/ads', w.tabs.campaigns],
    ['/ads/advertisers', w.tabs.advertisers],
    ['/ads/slots', w.tabs.slots],
    ['/ads/reports', w.tabs.reports],
  ]
  const current = (to: string) => (to === '/ads' ? path === '/ads' || path.startsWith('/ads/campaigns') : path.startsWith(to))
  return (
    <nav class="tabs" aria-label={w.tabs.label}>
      {tabs.map(([to, label]) => (
        <Link key={to} to={to} aria-current={current(to) ? 'page' : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  )
}

/** A label, the control, an optional hint and the API's message for this field. */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string | undefined; hint?: string; children: ComponentChildren }) {
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

/** Props for an input inside <Field>: invalid when the API refused it, described by its hint and error. */
export const described = (id: string, error: string | undefined, hint = false) => ({
  id,
  'aria-invalid': error ? ('true' as const) : undefined,
  'aria-describedby': [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
})

export function PhaseBadge({ campaign }: { campaign: Campaign }) {
  const p = phase(campaign)
  return <span class={`badge ad-${p}`}>{w.statuses[p]}</span>
}

/** Impressions against the goal as a bar (or the count alone when there is no goal). */
export function DeliveryBar({ name, delivered, goal }: { name: string; delivered: number; goal: number | null }) {
  if (!goal) return <span class="delivery-count">{w.campaigns.deliveredNoGoal(number(delivered))}</span>
  const percent = Math.min(100, Math.round((delivered / goal) * 100))
  return (
    <div class="delivery">
      <progress max={goal} value={Math.min(delivered, goal)} aria-label={w.campaigns.progressLabel(name)}>
        {w.campaigns.percent(String(percent))}
      </progress>
      <span class="delivery-count">
        {w.campaigns.delivered(number(delivered), number(goal))} · {w.campaigns.percent(String(percent))}
      </span>
    </div>
  )
}

/** Tag slugs picked from the existing tags, with the browser's autocomplete. */
export function TagChips({ id, label, hint, value, known, error, onChange }: { id: string; label: string; hint: string; value: string[]; known: Tag[]; error?: string | undefined; onChange: (slugs: string[]) => void }) {
  const [input, setInput] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const add = (raw: string) => {
    const text = raw.trim().toLowerCase()
    if (!text) return
    const tag = known.find((t) => t.slug === text || t.name.toLowerCase() === text)
    if (!tag) return setProblem(w.form.unknownTag(raw.trim()))
    setProblem(null)
    if (!value.includes(tag.slug)) onChange([...value, tag.slug])
    setInput('')
  }
  const nameOf = (slug: string) => known.find((t) => t.slug === slug)?.name ?? slug
  return (
    <Field id={id} label={label} hint={hint} error={problem ?? error}>
      {value.length > 0 && (
        <ul class="chips" aria-label={label}>
          {value.map((slug) => (
            <li key={slug} class="chip">
              <span>{nameOf(slug)}</span>
              <button type="button" class="chip-action" aria-label={w.form.removeTag(nameOf(slug))} title={w.form.removeTag(nameOf(slug))} onClick={() => onChange(value.filter((s) => s !== slug))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        {...described(id, problem ?? error, true)}
        list={`${id}-options`}
        value={input}
        placeholder={w.form.addTag}
        onInput={(e) => {
          const next = e.currentTarget.value
          // Choosing from the list fills the whole name at once: take it.
          if (known.some((t) => t.name === next) && next.length > input.length + 1) add(next)
          else setInput(next)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault()
            add(input)
          }
        }}
        onBlur={() => input.trim() && add(input)}
      />
      <datalist id={`${id}-options`}>
        {known.filter((t) => !value.includes(t.slug)).map((t) => (
          <option key={t.id} value={t.name} />
        ))}
      </datalist>
    </Field>
  )
}

/** A row of checkboxes for a set of values. */
export function Checks<T extends string | number>({ legend, hint, options, value, error, onChange, compact = false }: { legend: string; hint?: string; options: [T, string, string?][]; value: T[]; error?: string | undefined; onChange: (next: T[]) => void; compact?: boolean }) {
  return (
    <fieldset class={compact ? 'checks compact' : 'checks'} aria-invalid={error ? 'true' : undefined}>
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      <div class="check-row">
        {options.map(([option, text, title]) => (
          <label key={String(option)} class="check-option" title={title}>
            <input type="checkbox" checked={value.includes(option)} aria-label={title} onChange={(e) => onChange(e.currentTarget.checked ? [...value, option] : value.filter((v) => v !== option))} />
            <span>{text}</span>
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
