/**
 * A saved revision against the article as it is in the editor now: title, intro and text word
 * by word (the `diff` library's word diff), struck through what restoring would bring back,
 * underlined what restoring would take away.
 */
import { diffWords } from 'diff'
import { documentText } from '../../shared/document/text.js'
import type { EditorDocument } from '../../shared/document/schema.js'
import { t } from '../i18n/index.js'

export interface Version {
  title: string
  standfirst: string | null
  doc: EditorDocument
}

function Words({ label, before, after }: { label: string; before: string; after: string }) {
  const changes = diffWords(before, after)
  const changed = changes.some((c) => c.added || c.removed)
  return (
    <div class="diff-part">
      <h4>
        {label}
        {!changed && <span class="muted"> · {t.revisions.unchanged}</span>}
      </h4>
      <p class="diff-text">
        {changes.map((c, i) => (c.removed ? <del key={i}>{c.value}</del> : c.added ? <ins key={i}>{c.value}</ins> : <span key={i}>{c.value}</span>))}
      </p>
    </div>
  )
}

export function RevisionDiff({ n, revision, current }: { n: number; revision: Version; current: Version }) {
  const text = (v: Version) => documentText(v.doc).split('\n').filter((line) => line.trim() !== '').join('\n\n')
  return (
    <div class="revision-diff" role="region" aria-label={t.revisions.compareLabel(n)}>
      <p class="hint">{t.revisions.legend(n)}</p>
      <Words label={t.fields.title} before={revision.title} after={current.title} />
      <Words label={t.fields.standfirst} before={revision.standfirst ?? ''} after={current.standfirst ?? ''} />
      <Words label={t.revisions.text} before={text(revision)} after={text(current)} />
    </div>
  )
}
