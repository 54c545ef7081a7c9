/** What callers see of a media row: public URLs instead of storage keys. */
import type { VariantFormat } from './media.image.js'
import type { MediaRow } from './media.repository.js'

/** One responsive rendition, as stored in the row's `variants` JSON. */
export interface StoredVariant {
  width: number
  height: number
  format: VariantFormat
  key: string
  bytes: number
}

export interface MediaVariant {
  width: number
  height: number
  format: VariantFormat
  url: string
  bytes: number
}

export interface Media {
  id: string
  url: string
  filename: string
  mimeType: string
  bytes: number
  width: number
  height: number
  alt: string
  caption: string | null
  credit: string | null
  /** Narrowest first, WebP before AVIF at each width. */
  variants: MediaVariant[]
  createdAt: number
  updatedAt: number
  uploadedBy: string | null
}

export const mediaUrlPrefix = '/media/'

export function mediaUrl(key: string): string {
  return mediaUrlPrefix + key
}

export function parseVariants(json: string): StoredVariant[] {
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? (value as StoredVariant[]) : []
}

/** Every storage key a row owns: the original first, then its variants. */
export function keysOf(row: MediaRow): string[] {
  return [row.storageKey, ...parseVariants(row.variants).map((v) => v.key)]
}

export function presentMedia(row: MediaRow): Media {
  return {
    id: row.id,
    url: mediaUrl(row.storageKey),
    filename: row.filename,
    mimeType: row.mimeType,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    variants: parseVariants(row.variants).map(({ width, height, format, key, bytes }) => ({ width, height, format, url: mediaUrl(key), bytes })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    uploadedBy: row.uploadedBy,
  }
}

/** `<source>` candidates for a picture: AVIF first (smaller), then WebP, each as a width srcset. */
export function pictureSources(media: Pick<Media, 'variants'>): { type: 'image/avif' | 'image/webp'; srcset: string }[] {
  return (['avif', 'webp'] as const).flatMap((format) => {
    const srcset = media.variants
      .filter((v) => v.format === format)
      .map((v) => `${v.url} ${v.width}w`)
      .join(', ')
    return srcset ? [{ type: `image/${format}` as const, srcset }] : []
  })
}
