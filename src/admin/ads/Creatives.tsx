/**
 * The creatives of one campaign: each shown at its real size (an image, or HTML in a sandboxed
 * iframe as on the site), live or paused; a form to add or change one, with the banner dropped
 * in or picked, and the API's checks (type, pixel size, file size) said in words.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { api } from '../api.js'
import { adErrorText, adSizes, fieldErrors, type Creative, type FieldErrors } from './model.js'
import { actionRunner, described, Field } from './ui.js'
import { w } from './words.js'
import { Notice, type NoticeMessage } from '../views/Messages.js'

type Draft = { name: string; format: Creative['format']; size: string; alt: string; clickUrl: string; disclaimer: string; html: string; weight: string; activate: boolean; file: File | null }
const fields = ['name', 'format', 'size', 'alt', 'clickUrl', 'disclaimer', 'html', 'weight', 'file', 'status']
const orNull = (v: string) => (v.trim() === '' ? null : v.trim())

const emptyDraft = (): Draft => ({ name: '', format: 'image', size: '728x90', alt: '', clickUrl: '', disclaimer: '', html: '', weight: '1', activate: true, file: null })
const draftOf = (c: Creative): Draft => ({ name: c.name, format: c.format, size: c.size, alt: c.alt, clickUrl: c.clickUrl ?? '', disclaimer: c.disclaimer ?? '', html: c.html ?? '', weight: String(c.weight), activate: c.status === 'active', file: null })

/** The document the site puts in the iframe, with the click macro pointing nowhere. */
function previewDocument(html: string): string {
  const body = html.replaceAll('%%CLICK_URL%%', '#')
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><base target="_blank"><style>html,body{margin:0;overflow:hidden}</style></head><body>${body}</body></html>`
}

/**
 * An HTML creative in the server's preview frame (/admin/ad-preview: a sandbox without
 * same-origin, like the site's iframe), which writes what is posted to it. A change of the HTML
 * loads a fresh frame a moment after typing stops, so no script of the old version lingers.
 */
function HtmlPreview({ html, width, height, title }: { html: string; width: number; height: number; title: string }) {
  const [shown, setShown] = useState(html)
  const [generation, setGeneration] = useState(0)
  const frame = useRef<HTMLIFrameElement>(null)
  useEffect(() => {
    if (html === shown) return
    const timer = setTimeout(() => (setShown(html), setGeneration((n) => n + 1)), 400)
    return () => clearTimeout(timer)
  }, [html])
  const post = () => frame.current?.contentWindow?.postMessage({ type: 'newsdesk-ad-preview', html: previewDocument(shown) }, '*')
  return <iframe key={generation} ref={frame} title={title} sandbox="allow-scripts allow-popups" width={width} height={height} src="/admin/ad-preview" onLoad={post} />
}

function Preview({ creative, html }: { creative: Pick<Creative, 'format' | 'size' | 'imageUrl' | 'alt' | 'name'>; html?: string }) {
  const [width, height] = creative.size.split('x').map(Number)
  if (creative.format === 'html') {
    return (
      <div class="ad-preview" aria-label={w.creatives.htmlPreview}>
        <HtmlPreview title={`${w.creatives.htmlPreview}: ${creative.name}`} width={width ?? 300} height={height ?? 250} html={html ?? ''} />
      </div>
    )
  }
  if (!creative.imageUrl) return <p class="notice">{w.creatives.needsImage}</p>
  return (
    <div class="ad-preview" aria-label={w.creatives.preview(creative.size)}>
      <img src={creative.imageUrl} alt={creative.alt} width={width} height={height} />
    </div>
  )
}

async function uploadBanner(id: string, file: File): Promise<Creative> {
  const form = new FormData()
  form.append('file', file, file.name)
  return (await api<{ creative: Creative }>('PUT', `/ads/creatives/${id}/image`, form)).creative
}

/** Drop zone and file picker for a banner. */
function BannerDrop({ size, busy, file, error, onFile }: { size: string; busy: boolean; file: File | null; error?: string | undefined; onFile: (file: File) => void }) {
  const [over, setOver] = useState(false)
  const take = (list: FileList | null | undefined) => {
    // Whatever was dropped goes to the API, whose checks say what is wrong with it.
    const picked = list?.[0]
    if (picked) onFile(picked)
  }
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label
        class={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => (e.preventDefault(), setOver(true))}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault()
          setOver(false)
          take(e.dataTransfer?.files)
        }}
      >
        <span>{busy ? w.creatives.uploading : file ? file.name : w.creatives.dropImage(size)}</span>
        <input type="file" accept="image/*" class="sr-only" aria-label={w.creatives.image} onChange={(e) => (take(e.currentTarget.files), (e.currentTarget.value = ''))} />
      </label>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

interface Props {
  campaignId: string
  creatives: Creative[]
  onChanged: () => Promise<void>
}

export function Creatives({ campaignId, creatives, onChanged }: Props) {
  const [editing, setEditing] = useState<{ id: string | null; draft: Draft } | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<NoticeMessage | null>(null)
  const [busy, setBusy] = useState(false)
  const [uploadErrors, setUploadErrors] = useState<Record<string, string>>({})

  const set = (changes: Partial<Draft>) => editing && setEditing({ ...editing, draft: { ...editing.draft, ...changes } })
  const start = (creative: Creative | null) => {
    setErrors({})
    setMessage(null)
    setEditing({ id: creative?.id ?? null, draft: creative ? draftOf(creative) : emptyDraft() })
  }

  const save = async (event: Event) => {
    event.preventDefault()
    if (!editing) return
    const { id, draft } = editing
    const weight = Number(draft.weight)
    const body = {
      name: draft.name.trim(),
      format: draft.format,
      size: draft.size,
      alt: draft.alt.trim(),
      clickUrl: orNull(draft.clickUrl),
      disclaimer: orNull(draft.disclaimer),
      html: draft.format === 'html' ? draft.html : null,
      weight: Number.isInteger(weight) ? weight : draft.weight,
      // HTML goes live as chosen; an image waits for its banner (the API keeps it paused until then).
      ...(draft.format === 'html' ? { status: draft.activate ? 'active' : 'paused' } : {}),
    }
    setErrors({})
    setMessage(null)
    setBusy(true)
    try {
      let creative = id ? (await api<{ creative: Creative }>('PATCH', `/ads/creatives/${id}`, body)).creative : (await api<{ creative: Creative }>('POST', '/ads/creatives', { campaignId, ...body })).creative
      if (draft.format === 'image' && draft.file) {
        try {
          creative = await uploadBanner(creative.id, draft.file)
          if (draft.activate && creative.status !== 'active') creative = (await api<{ creative: Creative }>('PATCH', `/ads/creatives/${creative.id}`, { status: 'active' })).creative
        } catch (e) {
          // The creative exists: keep the form on it, with the upload's problem at the picture.
          setEditing({ id: creative.id, draft: { ...draft, file: null } })
          setErrors({ file: adErrorText(e) })
          await onChanged()
          return
        }
      }
      setEditing(null)
      setMessage({ ok: true, text: id ? w.saved : w.creatives.created(creative.name) })
      await onChanged()
    } catch (e) {
      const found = fieldErrors(e, fields)
      setErrors(found.fields)
      if (found.general) setMessage({ ok: false, text: found.general })
    } finally {
      setBusy(false)
    }
  }

  const run = actionRunner(setMessage, onChanged)

  const upload = async (creative: Creative, file: File) => {
    setUploadErrors({ ...uploadErrors, [creative.id]: '' })
    try {
      await uploadBanner(creative.id, file)
      setMessage({ ok: true, text: w.creatives.uploaded })
      await onChanged()
    } catch (e) {
      setUploadErrors({ ...uploadErrors, [creative.id]: adErrorText(e) })
    }
  }

  const draft = editing?.draft
  return (
    <section class="creatives" aria-labelledby="creatives-title">
      <div class="page-head">
        <h2 id="creatives-title">{w.creatives.title}</h2>
        {!editing && (
          <button type="button" class="primary" onClick={() => start(null)}>
            {w.creatives.add}
          </button>
        )}
      </div>
      <Notice message={message} />
      {creatives.length === 0 && !editing && <p class="empty">{w.creatives.empty}</p>}
      <ul class="creative-list">
        {creatives.map((c) => (
          <li key={c.id} class="card creative" data-creative={c.id}>
            <div class="creative-head">
              <div>
                <h3>{c.name}</h3>
                <small class="muted">
                  {w.creatives.formats[c.format]} · {c.size} {w.sizes[c.size] ? `(${w.sizes[c.size]})` : ''}
                </small>
              </div>
              <span class={`badge ad-${c.status}`}>{w.statuses[c.status]}</span>
            </div>
            <Preview creative={c} html={c.html ?? ''} />
            {c.clickUrl && (
              <p class="small">
                {w.creatives.clicksTo}{' '}
                <a href={c.clickUrl} target="_blank" rel="noopener noreferrer">
                  {c.clickUrl}
                </a>
              </p>
            )}
            {c.disclaimer && <p class="disclaimer">{c.disclaimer}</p>}
            {c.format === 'image' && <BannerDrop size={c.size} busy={false} file={null} error={uploadErrors[c.id] || undefined} onFile={(file) => void upload(c, file)} />}
            <div class="actions">
              {c.status === 'paused' ? (
                <button type="button" onClick={() => void run(() => api('PATCH', `/ads/creatives/${c.id}`, { status: 'active' }), w.saved)} disabled={c.format === 'image' && !c.imageUrl}>
                  {w.creatives.activate}
                </button>
              ) : (
                <button type="button" onClick={() => void run(() => api('PATCH', `/ads/creatives/${c.id}`, { status: 'paused' }), w.saved)}>
                  {w.creatives.pause}
                </button>
              )}
              <button type="button" class="link" onClick={() => start(c)} aria-label={w.creatives.editTitle(c.name)}>
                {w.edit}
              </button>
              <button type="button" class="link danger" onClick={() => window.confirm(w.creatives.confirmDelete(c.name)) && void run(() => api('DELETE', `/ads/creatives/${c.id}`), w.creatives.deleted(c.name))}>
                {w.delete}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {editing && draft && (
        <form class="card ad-form creative-form" onSubmit={save} noValidate>
          <h3>{editing.id ? w.creatives.editTitle(draft.name) : w.creatives.add}</h3>
          <div class="form-grid">
            <Field id="cr-name" label={w.creatives.name} error={errors.name}>
              <input {...described('cr-name', errors.name)} maxLength={200} value={draft.name} onInput={(e) => set({ name: e.currentTarget.value })} />
            </Field>
            <Field id="cr-format" label={w.creatives.format} error={errors.format}>
              <select {...described('cr-format', errors.format)} value={draft.format} onChange={(e) => set({ format: e.currentTarget.value as Creative['format'] })}>
                <option value="image">{w.creatives.formats.image}</option>
                <option value="html">{w.creatives.formats.html}</option>
              </select>
            </Field>
            <Field id="cr-size" label={w.creatives.size} error={errors.size}>
              <select {...described('cr-size', errors.size)} value={draft.size} onChange={(e) => set({ size: e.currentTarget.value })}>
                {adSizes.map((s) => (
                  <option key={s} value={s}>
                    {s} · {w.sizes[s]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="cr-weight" label={w.creatives.weight} error={errors.weight}>
              <input {...described('cr-weight', errors.weight)} inputMode="numeric" value={draft.weight} onInput={(e) => set({ weight: e.currentTarget.value })} />
            </Field>
          </div>
          {draft.format === 'image' ? (
            <>
              <Field id="cr-alt" label={w.creatives.alt} error={errors.alt}>
                <input {...described('cr-alt', errors.alt)} maxLength={300} value={draft.alt} onInput={(e) => set({ alt: e.currentTarget.value })} />
              </Field>
              <BannerDrop size={draft.size} busy={busy && draft.file !== null} file={draft.file} error={errors.file} onFile={(file) => set({ file })} />
              {draft.file && <FilePreview key={`${draft.file.name}:${draft.file.size}:${draft.file.lastModified}`} file={draft.file} size={draft.size} />}
            </>
          ) : (
            <>
              <Field id="cr-html" label={w.creatives.html} error={errors.html} hint={w.creatives.htmlHint}>
                <textarea {...described('cr-html', errors.html, true)} class="code" rows={6} maxLength={20_000} value={draft.html} onInput={(e) => set({ html: e.currentTarget.value })} />
              </Field>
              <Preview creative={{ format: 'html', size: draft.size, imageUrl: null, alt: '', name: draft.name }} html={draft.html} />
            </>
          )}
          <Field id="cr-click" label={w.creatives.clickUrl} error={errors.clickUrl}>
            <input {...described('cr-click', errors.clickUrl)} type="url" placeholder="https://" value={draft.clickUrl} onInput={(e) => set({ clickUrl: e.currentTarget.value })} />
          </Field>
          <Field id="cr-disclaimer" label={w.creatives.disclaimer} error={errors.disclaimer}>
            <textarea {...described('cr-disclaimer', errors.disclaimer)} rows={2} maxLength={500} value={draft.disclaimer} onInput={(e) => set({ disclaimer: e.currentTarget.value })} />
          </Field>
          <button type="button" class="link" onClick={() => set({ disclaimer: w.creatives.mica })}>
            {w.creatives.insertMica}
          </button>
          {(draft.format === 'html' || !editing.id) && (
            <label class="check">
              <input type="checkbox" checked={draft.activate} onChange={(e) => set({ activate: e.currentTarget.checked })} />
              <span>{draft.format === 'html' ? w.creatives.activate : w.creatives.activateAfterUpload}</span>
            </label>
          )}
          {errors.status && <p class="field-error">{errors.status}</p>}
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              {busy ? w.creatives.uploading : w.save}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {w.cancel}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}

/** The chosen file before it is sent, at the creative's size. */
function FilePreview({ file, size }: { file: File; size: string }) {
  const [url] = useState(() => URL.createObjectURL(file))
  const [width, height] = size.split('x').map(Number)
  return (
    <div class="ad-preview" aria-label={w.creatives.preview(size)}>
      <img src={url} alt="" width={width} height={height} />
    </div>
  )
}
