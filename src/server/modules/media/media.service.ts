/**
 * Uploaded images: sniffed, cleaned and resized on upload, then stored with their responsive
 * variants under `YYYY/MM/<id>/`. Files are written before the row and removed when the row
 * cannot be, so a failed upload leaves nothing behind.
 */
import { AppError, validationError } from '../../errors.js'
import { isId, newId } from '../../../shared/ids.js'
import type { Executor } from '../../db/index.js'
import type { ModuleContext } from '../context.js'
import { actorUserId, type Actor } from '../people/index.js'
import { imageTypes, processImage, sniffImage, type ImageLimits } from './media.image.js'
import { cleanFilename, cleanMediaText, fileStem, mediaCursor, parseListOptions, type MediaListOptions, type MediaText } from './media.input.js'
import { keysOf, mediaUrlPrefix, presentMedia, type Media, type StoredVariant } from './media.presenter.js'
import { countMedia, deleteMedia, findMediaById, findMediaByIds, insertMedia, listMedia, updateMedia, type MediaRow } from './media.repository.js'
import { isValidMediaKey, type MediaStorage } from './media.storage.js'

export interface MediaServiceOptions {
  /** Largest upload accepted, in bytes (default 10 MB). */
  maxBytes?: number
  /** Longest side accepted, in pixels (default 12,000). */
  maxSide?: number
  /** Most decoded pixels accepted, all frames together (default 60 megapixels: a 48 MP phone photo fits). */
  maxPixels?: number
}

export interface UploadImageInput extends MediaText {
  bytes: Buffer
  /** The name on the uploader's machine; its extension is ignored (the bytes decide the type). */
  filename: string
}

export interface MediaPage {
  media: Media[]
  /** Pass as `before` for the next page; null on the last one. */
  next: string | null
}

interface StoredFile {
  key: string
  bytes: Buffer
  mimeType: string
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** `/media/2026/11/<id>/name.webp` (also absolute, or with a query) → the media id and key. */
function parseMediaUrl(url: string): { id: string; key: string } | null {
  let path: string
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname)
  } catch {
    return null
  }
  if (!path.startsWith(mediaUrlPrefix)) return null
  const key = path.slice(mediaUrlPrefix.length)
  const id = key.split('/')[2] ?? ''
  return isValidMediaKey(key) && isId(id) ? { id, key } : null
}

/** Uploaded media by URL (original or variant, relative or absolute), for many URLs in one query. */
export async function findMediaByUrls(db: Executor, urls: readonly string[]): Promise<Map<string, Media>> {
  const parsed = urls.map((url) => ({ url, ref: parseMediaUrl(url) }))
  const ids = [...new Set(parsed.flatMap((p) => (p.ref ? [p.ref.id] : [])))]
  if (ids.length === 0) return new Map()
  const rows = new Map((await findMediaByIds(db, ids)).map((row) => [row.id, row]))
  const found = new Map<string, Media>()
  for (const { url, ref } of parsed) {
    const row = ref ? rows.get(ref.id) : undefined
    if (row && ref && keysOf(row).includes(ref.key)) found.set(url, presentMedia(row))
  }
  return found
}

export function createMediaService(ctx: ModuleContext, storage: MediaStorage, options: MediaServiceOptions = {}) {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024
  const limits: ImageLimits = { maxSide: options.maxSide ?? 12_000, maxPixels: options.maxPixels ?? 60_000_000 }

  async function removeFiles(keys: readonly string[]): Promise<void> {
    const results = await Promise.allSettled(keys.map((key) => storage.delete(key)))
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
  }

  async function storeFiles(files: readonly StoredFile[]): Promise<void> {
    const results = await Promise.allSettled(files.map((f) => storage.put(f.key, f.bytes, f.mimeType)))
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (!failed) return
    await removeFiles(files.map((f) => f.key)).catch(() => undefined)
    throw failed.reason
  }

  async function requireRow(id: string): Promise<MediaRow> {
    const row = isId(id) ? await findMediaById(ctx.db, id) : undefined
    if (!row) throw new AppError('MEDIA_NOT_FOUND')
    return row
  }

  const findByUrls = (urls: readonly string[]) => findMediaByUrls(ctx.db, urls)

  return {
    /**
     * Takes an image whose type is read from its bytes (JPEG, PNG, WebP, AVIF or GIF; never
     * SVG), turns it upright, strips its metadata and stores it with WebP and AVIF variants.
     */
    async uploadImage(actor: Actor, input: UploadImageInput): Promise<Media> {
      const problems: { field: string; message: string }[] = []
      const filename = cleanFilename(input.filename, problems)
      const text = cleanMediaText(input, problems)
      if (problems.length > 0) throw validationError(problems)
      if (!Buffer.isBuffer(input.bytes) || input.bytes.length === 0) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'The file is empty.', 'file')
      if (input.bytes.length > maxBytes) throw new AppError('MEDIA_TOO_LARGE', `Images may be at most ${formatSize(maxBytes)}.`, 'file')

      const sniffed = await sniffImage(input.bytes, limits)
      const { original, variants } = await processImage(input.bytes, sniffed, limits)

      const now = ctx.now()
      const id = newId(now)
      const date = new Date(now)
      const folder = `${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${id}`
      const stem = fileStem(filename, ctx.locale)
      const type = imageTypes[sniffed.format]
      const files: StoredFile[] = [{ key: `${folder}/${stem}.${type.extension}`, bytes: original.bytes, mimeType: type.mimeType }]
      const stored: StoredVariant[] = variants.map((v) => {
        const key = `${folder}/${stem}-${v.width}.${v.format}`
        files.push({ key, bytes: v.bytes, mimeType: imageTypes[v.format].mimeType })
        return { width: v.width, height: v.height, format: v.format, key, bytes: v.bytes.length }
      })
      const row: MediaRow = {
        id,
        kind: 'image',
        storageKey: `${folder}/${stem}.${type.extension}`,
        filename,
        mimeType: type.mimeType,
        bytes: original.bytes.length,
        width: original.width,
        height: original.height,
        alt: text.alt ?? '',
        caption: text.caption ?? null,
        credit: text.credit ?? null,
        variants: JSON.stringify(stored),
        uploadedBy: actorUserId(actor),
        createdAt: now,
        updatedAt: now,
      }

      await storeFiles(files)
      try {
        await insertMedia(ctx.db, row)
      } catch (error) {
        await removeFiles(files.map((f) => f.key)).catch(() => undefined)
        throw error
      }
      return presentMedia(row)
    },

    getMedia: async (id: string): Promise<Media> => presentMedia(await requireRow(id)),

    /** Newest first, by page or by cursor. */
    async listMedia(options: MediaListOptions = {}): Promise<MediaPage> {
      const query = parseListOptions(options)
      const rows = await listMedia(ctx.db, { ...query, limit: query.limit + 1 })
      const page = rows.slice(0, query.limit)
      const last = page[page.length - 1]
      return { media: page.map(presentMedia), next: rows.length > query.limit && last ? mediaCursor(last) : null }
    },

    countMedia: (): Promise<number> => countMedia(ctx.db),

    /** Changes the words around an image: alt text, caption, credit. */
    async updateMedia(_actor: Actor, id: string, patch: MediaText): Promise<Media> {
      const problems: { field: string; message: string }[] = []
      const text = cleanMediaText(patch, problems)
      if (problems.length > 0) throw validationError(problems)
      const row = await requireRow(id)
      const next: MediaRow = { ...row, ...text, updatedAt: ctx.now() }
      if ((await updateMedia(ctx.db, id, { alt: next.alt, caption: next.caption, credit: next.credit, updatedAt: next.updatedAt })) === 0) {
        throw new AppError('MEDIA_NOT_FOUND')
      }
      return presentMedia(next)
    },

    /**
     * Removes the files, then the row: when a file cannot be removed the row stays, so the
     * delete can be retried rather than leaving a public file nobody can find.
     */
    async deleteMedia(_actor: Actor, id: string): Promise<void> {
      const row = await requireRow(id)
      await removeFiles(keysOf(row))
      if ((await deleteMedia(ctx.db, id)) === 0) throw new AppError('MEDIA_NOT_FOUND')
    },

    /** The media an image URL (`/media/…`, original or variant, relative or absolute) belongs to. */
    findByUrl: async (url: string): Promise<Media | null> => (await findByUrls([url])).get(url) ?? null,

    /** Media by URL, for many URLs in one query (e.g. every image in an article); unknown URLs are absent. */
    findByUrls,
  }
}

export type MediaService = ReturnType<typeof createMediaService>
