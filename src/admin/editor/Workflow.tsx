/**
 * The workflow buttons the caller may use on this article (its `abilities` decide): submit for
 * review, publish, schedule at a time in Europe/Amsterdam, unpublish, archive; and a preview
 * link in the site's design.
 */
import { useState } from 'preact/hooks'
import { api } from '../api.js'
import { dateTime, errorText, fromAmsterdamInput, toAmsterdamInput } from '../format.js'
import { t } from '../i18n/index.js'
import { StatusBadge } from '../views/StatusBadge.js'
import type { Article } from '../types.js'

export type Action = 'submit' | 'publish' | 'unpublish' | 'archive' | 'schedule'

interface Props {
  article: Article | null
  busy: boolean
  onAction: (action: Action, scheduledAt?: string) => Promise<void>
}

export function Workflow({ article, busy, onAction }: Props) {
  const [when, setWhen] = useState(() => toAmsterdamInput(Date.now() + 60 * 60_000))
  const [scheduleProblem, setScheduleProblem] = useState<string | null>(null)
  const [preview, setPreview] = useState<string | null>(null)
  const [previewError, setPreviewError] = useState<string | null>(null)
  if (!article) return <p class="hint">{t.workflow.saveFirst}</p>

  const { status, abilities } = article
  const open = status === 'draft' || status === 'review' || status === 'scheduled'
  const canSubmit = abilities.edit && !abilities.publish && status === 'draft'
  const canPublish = abilities.publish && open
  const canUnpublish = abilities.publish && (status === 'published' || status === 'scheduled')
  const canArchive = abilities.publish && status !== 'archived'

  const schedule = async () => {
    const at = fromAmsterdamInput(when)
    if (at === null) return setScheduleProblem(t.workflow.badTime)
    if (at <= Date.now()) return setScheduleProblem(t.workflow.pastTime)
    setScheduleProblem(null)
    await onAction('schedule', new Date(at).toISOString())
  }

  const makePreview = async () => {
    setPreviewError(null)
    try {
      setPreview((await api<{ preview: { url: string } }>('POST', `/articles/${article.id}/preview`)).preview.url)
    } catch (e) {
      setPreviewError(errorText(e))
    }
  }

  return (
    <div class="workflow">
      <p class="state">
        <StatusBadge article={article} />
        {status === 'scheduled' && article.scheduledAt && <span class="muted"> {t.workflow.scheduledFor(dateTime(article.scheduledAt))}</span>}
        {status === 'published' && article.url && (
          <a href={article.url} target="_blank" rel="noopener" class="public-link">
            {t.workflow.viewOnSite}
          </a>
        )}
      </p>
      {!abilities.publish && status === 'review' && <p class="hint">{t.workflow.inReview}</p>}
      <div class="actions">
        {canSubmit && (
          <button type="button" class="primary" disabled={busy} onClick={() => void onAction('submit')}>
            {t.workflow.submit}
          </button>
        )}
        {canPublish && (
          <button type="button" class="primary" disabled={busy} onClick={() => void onAction('publish')}>
            {t.workflow.publish}
          </button>
        )}
        {canUnpublish && (
          <button type="button" disabled={busy} onClick={() => window.confirm(status === 'published' ? t.workflow.confirmUnpublish : t.workflow.confirmUnschedule) && void onAction('unpublish')}>
            {status === 'published' ? t.workflow.unpublish : t.workflow.unschedule}
          </button>
        )}
        {canArchive && (
          <button type="button" class="danger" disabled={busy} onClick={() => window.confirm(t.workflow.confirmArchive) && void onAction('archive')}>
            {t.workflow.archive}
          </button>
        )}
      </div>
      {canPublish && (
        <div class="schedule">
          <label for="schedule-at">{t.workflow.scheduleAt}</label>
          <div class="row">
            <input id="schedule-at" type="datetime-local" value={when} min={toAmsterdamInput(Date.now())} onInput={(e) => setWhen(e.currentTarget.value)} aria-describedby="schedule-tz" />
            <button type="button" disabled={busy} onClick={() => void schedule()}>
              {t.workflow.schedule}
            </button>
          </div>
          <small id="schedule-tz" class="hint">
            {t.workflow.timeZone}
          </small>
          {scheduleProblem && (
            <p class="field-error" role="alert">
              {scheduleProblem}
            </p>
          )}
        </div>
      )}
      <div class="preview">
        <button type="button" class="link" onClick={() => void makePreview()}>
          {t.workflow.preview}
        </button>
        {preview && (
          <a href={preview} target="_blank" rel="noopener" class="preview-link">
            {t.workflow.openPreview}
          </a>
        )}
        {previewError && <p class="field-error">{previewError}</p>}
      </div>
    </div>
  )
}
