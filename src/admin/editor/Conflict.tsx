/**
 * Someone else saved the article while this editor had changes (409): their version beside
 * this one, paragraph by paragraph with the differences marked, and a choice — keep mine (save
 * it over theirs, which stays a revision) or take theirs.
 */
import { documentText } from '../../shared/document/text.js'
import type { EditorDocument } from '../../shared/document/schema.js'
import { dateTime } from '../format.js'
import { t } from '../i18n/index.js'
import type { Article } from '../types.js'

interface Version {
  title: string
  standfirst: string
  doc: EditorDocument
}

interface Props {
  mine: Version
  theirs: Article
  onKeepMine: () => void
  onTakeTheirs: () => void
}

function lines(version: Version): string[] {
  return [version.title, version.standfirst, ...documentText(version.doc).split('\n')].filter((line) => line.trim() !== '')
}

function Column({ title, own, other }: { title: string; own: string[]; other: Set<string> }) {
  return (
    <div class="compare-col">
      <h3>{title}</h3>
      {own.map((line, i) => (
        <p key={i} class={other.has(line) ? '' : 'changed'}>
          {other.has(line) ? line : <mark>{line}</mark>}
        </p>
      ))}
    </div>
  )
}

export function Conflict({ mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const mineLines = lines(mine)
  const theirLines = lines({ title: theirs.title, standfirst: theirs.standfirst ?? '', doc: theirs.doc })
  return (
    <section class="conflict" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <h2 id="conflict-title">{t.conflict.title}</h2>
      <p id="conflict-text">{t.conflict.text(theirs.revision, dateTime(theirs.updatedAt))}</p>
      <div class="compare">
        <Column title={t.conflict.mine} own={mineLines} other={new Set(theirLines)} />
        <Column title={t.conflict.theirs} own={theirLines} other={new Set(mineLines)} />
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={onKeepMine}>
          {t.conflict.keepMine}
        </button>
        <button type="button" onClick={onTakeTheirs}>
          {t.conflict.takeTheirs}
        </button>
      </div>
    </section>
  )
}
