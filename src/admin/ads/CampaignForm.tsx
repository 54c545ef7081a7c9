/**
 * A campaign's settings: advertiser, name, kind, status, run (Amsterdam time), goal, daily cap,
 * weight and the targeting (page types, tags in and out, devices, weekdays, hours, slots). Each
 * refusal of the API stands at its field.
 */
import { useState } from 'preact/hooks'
import { fromAmsterdamInput, toAmsterdamInput } from '../format.js'
import type { Tag } from '../types.js'
import { breakpoints, kinds, pageTypes, type Advertiser, type Campaign, type FieldErrors, type Slot, type Targeting } from './model.js'
import { Checks, described, Field, TagChips } from './ui.js'
import { w } from './words.js'

export interface CampaignDraft {
  advertiserId: string
  name: string
  kind: Campaign['kind']
  status: Campaign['status']
  startsAt: string
  endsAt: string
  goalImpressions: string
  dailyCap: string
  weight: string
  targeting: Targeting
}

export const campaignFields = ['advertiserId', 'name', 'kind', 'status', 'startsAt', 'endsAt', 'goalImpressions', 'dailyCap', 'weight', 'targeting.pageTypes', 'targeting.tags', 'targeting.excludeTags', 'targeting.devices', 'targeting.weekdays', 'targeting.hours', 'targeting.slots']

export function draftOf(campaign: Campaign | null, advertiserId = ''): CampaignDraft {
  if (!campaign) {
    // A new campaign starts now (to the minute) unless told otherwise.
    const now = Math.floor(Date.now() / 60_000) * 60_000
    return { advertiserId, name: '', kind: 'contract', status: 'active', startsAt: toAmsterdamInput(now), endsAt: '', goalImpressions: '', dailyCap: '', weight: '1', targeting: { pageTypes: [], tags: [], excludeTags: [], devices: [], weekdays: [], hours: [], slots: [] } }
  }
  return {
    advertiserId: campaign.advertiserId,
    name: campaign.name,
    kind: campaign.kind,
    status: campaign.status,
    startsAt: toAmsterdamInput(Date.parse(campaign.startsAt)),
    endsAt: campaign.endsAt ? toAmsterdamInput(Date.parse(campaign.endsAt)) : '',
    goalImpressions: campaign.goalImpressions?.toString() ?? '',
    dailyCap: campaign.dailyCap?.toString() ?? '',
    weight: String(campaign.weight),
    targeting: campaign.targeting,
  }
}

/** A whole number as typed ("1.000.000" too); anything else goes as typed, for the API to name. */
function whole(value: string): number | string | null {
  if (value.trim() === '') return null
  const n = Number(value.replace(/[.\s]/g, ''))
  return Number.isInteger(n) ? n : value
}

/** The API body, or the fields the desk itself can tell are wrong (an unreadable date). */
export function campaignBody(draft: CampaignDraft): { body: Record<string, unknown> } | { errors: FieldErrors } {
  const startsAt = fromAmsterdamInput(draft.startsAt)
  const endsAt = draft.endsAt.trim() ? fromAmsterdamInput(draft.endsAt) : null
  const errors: FieldErrors = {}
  if (startsAt === null) errors.startsAt = w.form.invalidDate
  if (draft.endsAt.trim() && endsAt === null) errors.endsAt = w.form.invalidDate
  if (Object.keys(errors).length > 0 || startsAt === null) return { errors }
  return {
    body: {
      advertiserId: draft.advertiserId,
      name: draft.name.trim(),
      kind: draft.kind,
      status: draft.status,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: endsAt === null ? null : new Date(endsAt).toISOString(),
      goalImpressions: whole(draft.goalImpressions),
      dailyCap: whole(draft.dailyCap),
      weight: whole(draft.weight) ?? 1,
      targeting: draft.targeting,
    },
  }
}

const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00–${String((h + 1) % 24).padStart(2, '0')}:00`

interface Props {
  draft: CampaignDraft
  advertisers: Advertiser[]
  tags: Tag[]
  slots: Slot[]
  errors: FieldErrors
  busy: boolean
  submitLabel: string
  onChange: (draft: CampaignDraft) => void
  onSubmit: () => void
  onCancel?: () => void
}

export function CampaignForm({ draft, advertisers, tags, slots, errors, busy, submitLabel, onChange, onSubmit, onCancel }: Props) {
  const [touched, setTouched] = useState(false)
  const set = (changes: Partial<CampaignDraft>) => (setTouched(true), onChange({ ...draft, ...changes }))
  const target = (changes: Partial<Targeting>) => set({ targeting: { ...draft.targeting, ...changes } })
  const e = (field: string) => errors[field]
  return (
    <form
      class="card ad-form campaign-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onSubmit()
      }}
    >
      <fieldset class="group">
        <legend>{w.form.basics}</legend>
        <div class="form-grid">
          <Field id="c-advertiser" label={w.form.advertiser} error={e('advertiserId')}>
            <select {...described('c-advertiser', e('advertiserId'))} value={draft.advertiserId} onChange={(ev) => set({ advertiserId: ev.currentTarget.value })}>
              <option value="">{w.form.chooseAdvertiser}</option>
              {advertisers.map((a) => (
                // `selected` as well: the advertisers arrive after the select first rendered its value.
                <option key={a.id} value={a.id} selected={a.id === draft.advertiserId}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="c-name" label={w.form.name} error={e('name')}>
            <input {...described('c-name', e('name'))} maxLength={200} value={draft.name} onInput={(ev) => set({ name: ev.currentTarget.value })} />
          </Field>
          <Field id="c-status" label={w.form.status} error={e('status')}>
            <select {...described('c-status', e('status'))} value={draft.status} onChange={(ev) => set({ status: ev.currentTarget.value as Campaign['status'] })}>
              {(['active', 'paused', 'archived'] as const).map((s) => (
                <option key={s} value={s}>
                  {w.statuses[s]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset class="kinds" aria-invalid={e('kind') ? 'true' : undefined}>
          <legend>{w.form.kind}</legend>
          {kinds.map((k) => (
            <label key={k} class={draft.kind === k ? 'kind-option chosen' : 'kind-option'}>
              <input type="radio" name="c-kind" value={k} checked={draft.kind === k} onChange={() => set({ kind: k })} />
              <span>
                <strong>{w.kinds[k]}</strong>
                <small>{w.kindHints[k]}</small>
              </span>
            </label>
          ))}
          {e('kind') && <p class="field-error">{e('kind')}</p>}
        </fieldset>
        <div class="form-grid">
          <Field id="c-starts" label={`${w.form.startsAt} (${w.form.timeZone})`} error={e('startsAt')}>
            <input {...described('c-starts', e('startsAt'))} type="datetime-local" value={draft.startsAt} onInput={(ev) => set({ startsAt: ev.currentTarget.value })} />
          </Field>
          <Field id="c-ends" label={w.form.endsAt} error={e('endsAt')}>
            <input {...described('c-ends', e('endsAt'))} type="datetime-local" value={draft.endsAt} onInput={(ev) => set({ endsAt: ev.currentTarget.value })} />
          </Field>
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>{w.form.delivery}</legend>
        <div class="form-grid">
          <Field id="c-goal" label={w.form.goal} error={e('goalImpressions')} hint={w.form.goalHint}>
            <input {...described('c-goal', e('goalImpressions'), true)} inputMode="numeric" value={draft.goalImpressions} onInput={(ev) => set({ goalImpressions: ev.currentTarget.value })} />
          </Field>
          <Field id="c-cap" label={w.form.dailyCap} error={e('dailyCap')}>
            <input {...described('c-cap', e('dailyCap'))} inputMode="numeric" value={draft.dailyCap} onInput={(ev) => set({ dailyCap: ev.currentTarget.value })} />
          </Field>
          <Field id="c-weight" label={w.form.weight} error={e('weight')} hint={w.form.weightHint}>
            <input {...described('c-weight', e('weight'), true)} inputMode="numeric" value={draft.weight} onInput={(ev) => set({ weight: ev.currentTarget.value })} />
          </Field>
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>{w.form.targeting}</legend>
        <p class="hint">{w.form.targetingHint}</p>
        <Checks legend={w.form.pageTypes} options={pageTypes.map((p) => [p, w.pageTypes[p]])} value={draft.targeting.pageTypes} error={e('targeting.pageTypes')} onChange={(pageTypes) => target({ pageTypes })} />
        <div class="form-grid two">
          <TagChips id="c-tags" label={w.form.tags} hint={w.form.tagsHint} known={tags} value={draft.targeting.tags} error={e('targeting.tags')} onChange={(t) => target({ tags: t })} />
          <TagChips id="c-exclude" label={w.form.excludeTags} hint={w.form.excludeHint} known={tags} value={draft.targeting.excludeTags} error={e('targeting.excludeTags')} onChange={(t) => target({ excludeTags: t })} />
        </div>
        <Checks legend={w.form.devices} options={breakpoints.map((b) => [b, w.devices[b]])} value={draft.targeting.devices} error={e('targeting.devices')} onChange={(devices) => target({ devices })} />
        <Checks legend={w.form.weekdays} compact options={w.weekdays.map((d, i) => [i + 1, d, w.weekdayNames[i]])} value={draft.targeting.weekdays} error={e('targeting.weekdays')} onChange={(weekdays) => target({ weekdays })} />
        <Checks legend={w.form.hours} hint={w.form.hoursHint} compact options={Array.from({ length: 24 }, (_, h) => [h, String(h).padStart(2, '0'), hourLabel(h)] as [number, string, string])} value={draft.targeting.hours} error={e('targeting.hours')} onChange={(hours) => target({ hours })} />
        {slots.length > 0 && <Checks legend={w.form.slots} hint={w.form.slotsHint} options={slots.map((s) => [s.key, s.name])} value={draft.targeting.slots} error={e('targeting.slots')} onChange={(keys) => target({ slots: keys })} />}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || (!touched && submitLabel === w.save)}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {w.cancel}
          </button>
        )}
      </div>
    </form>
  )
}
