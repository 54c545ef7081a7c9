/**
 * The images already uploaded (GET /admin/api/media, newest first, 30 at a time): pick one to
 * put it in the text with its alt text, caption and credit, instead of uploading it again.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { api, query } from '../api.js'
import { errorText } from '../format.js'
import { t } from '../i18n/index.js'
import type { Media } from '../types.js'

type Listed = Media & { filename: string; variants: { width: number; format: string; url: string }[] }

/** The smallest WebP variant that still fills a tile, else the original. */
function thumbnail(media: Listed): string {
  const fitting = media.variants.filter((v) => v.format === 'webp' && v.width >= 240).sort((a, b) => a.width - b.width)
  return fitting[0]?.url ?? media.url
}

export function MediaLibrary({ onPick, onClose }: { onPick: (media: Media) => void; onClose: () => void }) {
  const [items, setItems] = useState<Listed[]>([])
  const [next, setNext] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const dialog = useRef<HTMLDialogElement>(null)

  const load = async (before: string | null) => {
    setLoading(true)
    try {
      const page = await api<{ media: Listed[]; meta: { next: string | null } }>('GET', `/media${query({ limit: 30, before })}`)
      setItems((current) => [...current, ...page.media])
      setNext(page.meta.next)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setLoading(false)
    }
  }
  useEffect(() => {
    dialog.current?.showModal()
    void load(null)
  }, [])

  return (
    <dialog ref={dialog} class="media-library" aria-labelledby="media-library-title" onClose={onClose}>
      <div class="media-library-head">
        <h2 id="media-library-title">{t.editor.library}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {!loading && items.length === 0 && !error && <p class="muted">{t.editor.libraryEmpty}</p>}
      <ul class="media-grid">
        {items.map((m) => (
          <li key={m.id}>
            <button type="button" class="media-tile" onClick={() => (onPick(m), dialog.current?.close())} aria-label={t.editor.libraryPick(m.alt || m.filename)}>
              <img src={thumbnail(m)} alt="" loading="lazy" width={m.width} height={m.height} />
              <span class="media-name">{m.alt || m.filename}</span>
              <small class="muted">
                {m.width}×{m.height}
              </small>
            </button>
          </li>
        ))}
      </ul>
      {loading && <p class="loading">{t.loading}</p>}
      {next && !loading && (
        <button type="button" onClick={() => void load(next)}>
          {t.editor.libraryMore}
        </button>
      )}
    </dialog>
  )
}
