/**
 * The article editor (loaded on demand: Tiptap stays out of the list's bundle). Title,
 * standfirst and body, the article's fields beside them, autosave with a visible state for
 * drafts (published articles change only when "Bijwerken" is pressed), a question before leaving
 * unsaved work, the 409 comparison when someone else saved meanwhile, workflow and revisions.
 */
import { Editor } from '@tiptap/core'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { EditorDocument } from '../../shared/document/schema.js'
import { validateDocument } from '../../shared/document/validate.js'
import { api, ApiError } from '../api.js'
import { errorText, shortTime } from '../format.js'
import { t } from '../i18n/index.js'
import { replaceAddress, setLeaveGuard } from '../router.js'
import type { Article, Media } from '../types.js'
import { Link } from '../views/Link.js'
import { Conflict } from './Conflict.js'
import { editorExtensions } from './extensions.js'
import { articleBody, emptyFields, fieldsOf, type Fields } from './fields.js'
import { MetaPanel } from './MetaPanel.js'
import { embedView, figureView } from './nodeviews.js'
import { Revisions } from './Revisions.js'
import { Toolbar } from './Toolbar.js'
import { imageFiles, uploadImage } from './upload.js'
import { Workflow, type Action } from './Workflow.js'
import './editor.css'
import { Notice, type NoticeMessage } from '../views/Messages.js'

type SaveState = { kind: 'new' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; text: string } | { kind: 'conflict' }

const autosaveDelay = 1500

/** A picture node for an uploaded or chosen image, with what the library knows about it. */
const imageNode = (media: Media) => ({ type: 'image', attrs: { src: media.url, alt: media.alt ?? '', caption: media.caption ?? null, credit: media.credit ?? null, width: media.width, height: media.height } })

/** Drafts and articles in review save themselves; what readers can see changes only on request. */
const autosaves = (status: string | undefined) => status === undefined || status === 'draft' || status === 'review'

function actionError(error: unknown): string {
  if (error instanceof ApiError && error.code === 'VALIDATION_FAILED' && /alt/.test(error.field ?? error.message)) return t.workflow.needsAlt
  return errorText(error)
}

export function EditorPage({ id: initialId, type }: { id: string | null; type: 'article' | 'page' }) {
  const section = type === 'page' ? '/pages' : '/articles'
  const [article, setArticle] = useState<Article | null>(null)
  const [fields, setFields] = useState<Fields>(emptyFields)
  const [loading, setLoading] = useState(initialId !== null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'new' })
  const [changes, setChanges] = useState(0)
  const [conflict, setConflict] = useState<Article | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<NoticeMessage | null>(null)
  const [uploading, setUploading] = useState(0)
  const [editor, setEditor] = useState<Editor | null>(null)
  const [, setTick] = useState(0)
  const mountRef = useRef<HTMLDivElement>(null)
  const s = useRef({ id: initialId, revision: 0, status: undefined as string | undefined, changes: 0, saved: 0, saving: null as Promise<boolean> | null, conflict: false, fields: emptyFields(), editor: null as Editor | null })

  const dirty = () => s.current.changes !== s.current.saved

  const changed = () => {
    s.current.changes += 1
    setChanges(s.current.changes)
    if (!s.current.conflict) setSaveState({ kind: 'dirty' })
  }

  const updateFields = (update: Partial<Fields>) => {
    s.current.fields = { ...s.current.fields, ...update }
    setFields(s.current.fields)
    changed()
  }

  /** Takes the server's word on status, revision, abilities and a slug the server chose. */
  const apply = (next: Article) => {
    s.current.revision = next.revision
    s.current.status = next.status
    setArticle(next)
    // The server fills what was left empty: the slug, and the caller as author.
    const fields = s.current.fields
    if (!fields.slug || fields.authors.length === 0) {
      s.current.fields = { ...fields, slug: fields.slug || next.slug, authors: fields.authors.length > 0 ? fields.authors : next.authors.map(({ id, name }) => ({ id, name })) }
      setFields(s.current.fields)
    }
  }

  /** Shows an article as stored, dropping local changes. */
  const show = (next: Article) => {
    s.current.fields = fieldsOf(next)
    setFields(s.current.fields)
    apply(next)
    s.current.editor?.commands.setContent(next.doc, { emitUpdate: false })
    s.current.editor?.setEditable(next.abilities.edit)
    s.current.saved = s.current.changes
    setSaveState({ kind: 'saved', at: next.updatedAt })
  }

  const onConflict = async () => {
    s.current.conflict = true
    setSaveState({ kind: 'conflict' })
    const theirs = await api<{ article: Article }>('GET', `/articles/${s.current.id}`)
    setConflict(theirs.article)
  }

  const saveNow = async (): Promise<boolean> => {
    const state = s.current
    if (state.saving) {
      await state.saving
      if (!dirty()) return true
    }
    if (state.conflict || !state.editor) return false
    if (!state.fields.title.trim()) {
      setSaveState({ kind: 'error', text: t.save.needsTitle })
      return false
    }
    const checked = validateDocument(state.editor.getJSON())
    if (!checked.ok) {
      setSaveState({ kind: 'error', text: `${t.save.invalid} ${checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}` })
      return false
    }
    const upto = state.changes
    setSaveState({ kind: 'saving' })
    const run = (async () => {
      try {
        const body = articleBody(state.fields, checked.doc, !state.id)
        const result = state.id
          ? await api<{ article: Article }>('PATCH', `/articles/${state.id}`, { ...body, revision: state.revision })
          : await api<{ article: Article }>('POST', '/articles', { type, ...body })
        if (!state.id) {
          state.id = result.article.id
          replaceAddress(`${section}/${result.article.id}`)
        }
        apply(result.article)
        state.saved = upto
        setSaveState(state.changes === upto ? { kind: 'saved', at: result.article.updatedAt } : { kind: 'dirty' })
        return true
      } catch (error) {
        if (error instanceof ApiError && error.code === 'REVISION_CONFLICT') await onConflict().catch(() => undefined)
        else setSaveState({ kind: 'error', text: errorText(error) })
        return false
      } finally {
        state.saving = null
      }
    })()
    state.saving = run
    return run
  }

  // Load the article, then make the editor.
  useEffect(() => {
    if (!initialId) return
    api<{ article: Article }>('GET', `/articles/${initialId}`)
      .then(({ article: loaded }) => {
        s.current.fields = fieldsOf(loaded)
        setFields(s.current.fields)
        apply(loaded)
        setSaveState({ kind: 'saved', at: loaded.updatedAt })
        setLoading(false)
        pendingDoc.current = loaded.doc
      })
      .catch((e: unknown) => (setLoadError(errorText(e)), setLoading(false)))
  }, [initialId])
  const pendingDoc = useRef<EditorDocument | null>(null)

  const insertImages = async (files: File[], at?: number) => {
    const target = s.current.editor
    if (!target || files.length === 0) return
    setUploading((n) => n + files.length)
    for (const file of files) {
      try {
        const media = await uploadImage(file)
        const node = imageNode(media)
        if (at !== undefined) target.chain().insertContentAt(at, node).run()
        else target.chain().focus().insertContent(node).run()
      } catch (error) {
        setMessage({ ok: false, text: `${file.name}: ${errorText(error)}` })
      } finally {
        setUploading((n) => n - 1)
      }
    }
  }

  useEffect(() => {
    if (loading || loadError || !mountRef.current) return
    const created = new Editor({
      element: mountRef.current,
      extensions: editorExtensions({ image: figureView, embed: embedView }),
      content: pendingDoc.current ?? { type: 'doc', content: [{ type: 'paragraph' }] },
      // The desk's stylesheet has the editor's styles: no inline <style> under the CSP.
      injectCSS: false,
      editable: article?.abilities.edit ?? true,
      editorProps: {
        attributes: { class: 'body-editor', 'aria-label': t.editor.body, 'aria-multiline': 'true', role: 'textbox', id: 'body' },
        handleDrop: (view, event, _slice, moved) => {
          const files = imageFiles(event.dataTransfer?.files)
          if (moved || files.length === 0) return false
          event.preventDefault()
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos
          void insertImages(files, at)
          return true
        },
        handlePaste: (_view, event) => {
          const files = imageFiles(event.clipboardData?.files)
          if (files.length === 0) return false
          void insertImages(files)
          return true
        },
      },
      onUpdate: changed,
      onTransaction: () => setTick((n) => n + 1),
    })
    s.current.editor = created
    setEditor(created)
    return () => {
      s.current.editor = null
      created.destroy()
    }
  }, [loading, loadError])

  // Autosave: a moment after the last change, for drafts and articles in review.
  useEffect(() => {
    if (!dirty() || s.current.conflict || !autosaves(s.current.status)) return
    if (!s.current.fields.title.trim()) return
    const timer = setTimeout(() => void saveNow(), autosaveDelay)
    return () => clearTimeout(timer)
  }, [changes])

  // Unsaved work: ask before leaving the editor or the page; Ctrl+S saves at once.
  useEffect(() => {
    setLeaveGuard(() => (dirty() ? t.save.leaveQuestion : null))
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty()) return
      event.preventDefault()
      event.returnValue = ''
    }
    const keys = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault()
        void saveNow()
      }
    }
    window.addEventListener('beforeunload', beforeUnload)
    document.addEventListener('keydown', keys)
    return () => {
      setLeaveGuard(null)
      window.removeEventListener('beforeunload', beforeUnload)
      document.removeEventListener('keydown', keys)
    }
  }, [])

  const act = async (action: Action, scheduledAt?: string) => {
    setBusy(true)
    setMessage(null)
    try {
      if (dirty() || !s.current.id) {
        if (!(await saveNow())) return
      }
      const body = action === 'schedule' ? { scheduledAt, revision: s.current.revision } : { revision: s.current.revision }
      const result = await api<{ article: Article }>('POST', `/articles/${s.current.id}/${action}`, body)
      apply(result.article)
      setSaveState({ kind: 'saved', at: result.article.updatedAt })
      setMessage({ ok: true, text: t.workflow.done[action] })
    } catch (error) {
      if (error instanceof ApiError && error.code === 'REVISION_CONFLICT') await onConflict().catch(() => undefined)
      else setMessage({ ok: false, text: actionError(error) })
    } finally {
      setBusy(false)
    }
  }

  const restore = async (n: number) => {
    setMessage(null)
    try {
      const result = await api<{ article: Article }>('POST', `/articles/${s.current.id}/revisions/${n}/restore`, { revision: s.current.revision })
      show(result.article)
      setMessage({ ok: true, text: t.revisions.restored(n) })
    } catch (error) {
      if (error instanceof ApiError && error.code === 'REVISION_CONFLICT') await onConflict().catch(() => undefined)
      else setMessage({ ok: false, text: errorText(error) })
    }
  }

  if (loading) return <p class="loading" aria-live="polite">{t.loading}</p>
  if (loadError) {
    return (
      <section class="page narrow">
        <p class="notice error" role="alert">
          {loadError}
        </p>
        <Link to={section}>{t.editor.back(type)}</Link>
      </section>
    )
  }

  const readOnly = article !== null && !article.abilities.edit
  const stateText = (() => {
    switch (saveState.kind) {
      case 'new':
        return t.save.notYet
      case 'dirty':
        return autosaves(article?.status) ? (fields.title.trim() ? t.save.pending : t.save.needsTitle) : t.save.unsavedLive
      case 'saving':
        return t.save.saving
      case 'saved':
        return t.save.saved(shortTime(saveState.at))
      case 'error':
        return saveState.text
      case 'conflict':
        return t.save.conflict
    }
  })()

  return (
    <div class="editor-page">
      <div class="editor-top">
        <Link to={section} class="back">
          ← {t.editor.back(type)}
        </Link>
        <p class="save-state" data-state={saveState.kind} role="status" aria-live="polite">
          {uploading > 0 ? `${t.editor.uploading} · ` : ''}
          {stateText}
        </p>
        {!readOnly && (
          <button type="button" class={autosaves(article?.status) ? '' : 'primary'} disabled={saveState.kind === 'saving' || saveState.kind === 'conflict'} onClick={() => void saveNow()} aria-keyshortcuts="Control+S">
            {autosaves(article?.status) ? t.save.save : t.save.update}
          </button>
        )}
      </div>
      {readOnly && <p class="notice">{t.editor.readOnly}</p>}
      {conflict && editor && (
        <Conflict
          mine={{ title: fields.title, standfirst: fields.standfirst, doc: editor.getJSON() as EditorDocument }}
          theirs={conflict}
          onKeepMine={() => {
            s.current.revision = conflict.revision
            s.current.conflict = false
            setConflict(null)
            void saveNow()
          }}
          onTakeTheirs={() => {
            s.current.conflict = false
            setConflict(null)
            show(conflict)
          }}
        />
      )}
      <div class="editor-grid">
        <div class="editor-main">
          <label for="title" class="sr-only">
            {t.fields.title}
          </label>
          <textarea id="title" class="title-input" rows={1} placeholder={t.fields.title} value={fields.title} readOnly={readOnly} onInput={(e) => updateFields({ title: e.currentTarget.value.replace(/\n/g, ' ') })} />
          <label for="standfirst" class="sr-only">
            {t.fields.standfirst}
          </label>
          <textarea id="standfirst" class="standfirst-input" rows={2} placeholder={t.fields.standfirstPlaceholder} value={fields.standfirst} readOnly={readOnly} onInput={(e) => updateFields({ standfirst: e.currentTarget.value })} />
          {editor && !readOnly && <Toolbar editor={editor} onImages={(files) => void insertImages(files)} onLibrary={(media) => editor.chain().focus().insertContent(imageNode(media)).run()} />}
          <div class="body-mount" ref={mountRef} />
          <p class="hint">{t.editor.bodyHint}</p>
        </div>
        <aside class="editor-side" aria-label={t.editor.sidebar}>
          <section class="panel">
            <h2>{t.workflow.title}</h2>
            <Workflow article={article} busy={busy} onAction={act} />
            <Notice message={message} />
          </section>
          <fieldset class="bare" disabled={readOnly}>
            <MetaPanel fields={fields} type={type} excerpt={article?.excerpt ?? ''} siteHost={window.location.host} onChange={updateFields} />
          </fieldset>
          {article && <Revisions articleId={article.id} revision={article.revision} onRestore={restore} current={() => ({ title: fields.title, standfirst: fields.standfirst, doc: (editor?.getJSON() ?? article.doc) as EditorDocument })} />}
        </aside>
      </div>
    </div>
  )
}
