/** Every saved revision of the article, newest first: look at one, compare it with the text now, or bring it back as a new revision. */
import { useEffect, useState } from 'preact/hooks'
import { documentText } from '../../shared/document/text.js'
import type { EditorDocument } from '../../shared/document/schema.js'
import { api } from '../api.js'
import { dateTime, errorText } from '../format.js'
import { t } from '../i18n/index.js'
import type { Person, RevisionInfo } from '../types.js'
import { RevisionDiff, type Version } from './RevisionDiff.js'

interface Snapshot {
  title: string
  standfirst: string | null
  doc: EditorDocument
}

interface Props {
  articleId: string
  /** Changes whenever the article was saved, so the list stays current. */
  revision: number
  onRestore: (n: number) => Promise<void>
  /** The article as the editor holds it now (unsaved changes included). */
  current: () => Version
}

export function Revisions({ articleId, revision, onRestore, current }: Props) {
  const [open, setOpen] = useState(false)
  const [list, setList] = useState<RevisionInfo[]>([])
  const [people, setPeople] = useState<Map<string, string>>(new Map())
  const [shown, setShown] = useState<{ n: number; snapshot: Snapshot; compare: boolean } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!open) return
    void api<{ revisions: RevisionInfo[] }>('GET', `/articles/${articleId}/revisions`).then((r) => setList(r.revisions)).catch((e: unknown) => setError(errorText(e)))
    if (people.size === 0) void api<{ people: Person[] }>('GET', '/people').then((r) => setPeople(new Map(r.people.map((p) => [p.id, p.name])))).catch(() => undefined)
  }, [open, articleId, revision])

  const show = async (n: number, compare: boolean) => {
    try {
      const { revision: found } = await api<{ revision: RevisionInfo & { snapshot: Snapshot } }>('GET', `/articles/${articleId}/revisions/${n}`)
      setShown({ n, snapshot: found.snapshot, compare })
    } catch (e) {
      setError(errorText(e))
    }
  }

  return (
    <details class="panel revisions" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t.revisions.title}</summary>
      {error && <p class="field-error">{error}</p>}
      <ol>
        {list.map((r) => (
          <li key={r.revision}>
            <div>
              <strong>{t.revisions.number(r.revision)}</strong> · {t.status[r.status as keyof typeof t.status] ?? r.status}
              <br />
              <small class="muted">
                {dateTime(r.createdAt)}
                {r.createdBy ? ` · ${people.get(r.createdBy) ?? ''}` : ` · ${t.revisions.system}`}
              </small>
            </div>
            <div class="row">
              <button type="button" class="link" onClick={() => void show(r.revision, false)} aria-label={t.revisions.showLabel(r.revision)}>
                {t.revisions.show}
              </button>
              <button type="button" class="link" onClick={() => void show(r.revision, true)} aria-label={t.revisions.compareLabel(r.revision)}>
                {t.revisions.compare}
              </button>
              {r.revision !== revision && (
                <button type="button" class="link" onClick={() => window.confirm(t.revisions.confirmRestore(r.revision)) && void onRestore(r.revision)} aria-label={t.revisions.restoreLabel(r.revision)}>
                  {t.revisions.restore}
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {shown && (
        <div class="revision-view" role="region" aria-label={t.revisions.number(shown.n)}>
          {shown.compare ? (
            <RevisionDiff n={shown.n} revision={shown.snapshot} current={current()} />
          ) : (
            <>
              <h3>{shown.snapshot.title}</h3>
              {shown.snapshot.standfirst && <p class="standfirst">{shown.snapshot.standfirst}</p>}
              <div class="text">{documentText(shown.snapshot.doc).split('\n').map((line, i) => line && <p key={i}>{line}</p>)}</div>
            </>
          )}
          <button type="button" onClick={() => setShown(null)}>
            {t.close}
          </button>
        </div>
      )}
    </details>
  )
}
