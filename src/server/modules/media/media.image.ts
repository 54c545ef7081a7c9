/**
 * Image sniffing and encoding with sharp. The type comes from the bytes, never from the file
 * name; every output is re-encoded, which strips EXIF (GPS, camera serials), XMP and comments.
 */
import type sharpModule from 'sharp'
import type { Metadata, Sharp } from 'sharp'
import { AppError } from '../../errors.js'

type SharpFactory = typeof sharpModule

let loading: Promise<SharpFactory> | undefined

/** sharp is loaded on the first upload, not at boot. */
function loadSharp(): Promise<SharpFactory> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    // libvips' operation cache (up to 50 MB) only helps when the same image is processed
    // again; uploads never are, so it would only hold memory.
    sharp.cache(false)
    return sharp
  })
  return loading
}

// Encodes at a time in this process. Each sharp job holds a libuv thread (shared with fs and
// scrypt) and its own decoded copy, so two keep a 2-core box responsive and memory bounded.
const maxParallelEncodes = 2
let running = 0
const waiting: (() => void)[] = []

async function withEncodeSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= maxParallelEncodes) await new Promise<void>((wake) => waiting.push(wake))
  else running += 1
  try {
    return await work()
  } finally {
    const next = waiting.shift()
    if (next) next()
    else running -= 1
  }
}

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif'
export type VariantFormat = 'webp' | 'avif'

export const imageTypes: Record<ImageFormat, { mimeType: string; extension: string }> = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
  avif: { mimeType: 'image/avif', extension: 'avif' },
  gif: { mimeType: 'image/gif', extension: 'gif' },
}

export const variantWidths = [320, 640, 960, 1280, 1920] as const

export interface ImageLimits {
  /** Longest side accepted, in pixels. */
  readonly maxSide: number
  /** Decoded pixels accepted (all frames of an animation together): the decompression-bomb guard. */
  readonly maxPixels: number
}

export interface SniffedImage {
  format: ImageFormat
  /** Display size, after EXIF orientation; for an animation, one frame. */
  width: number
  height: number
  animated: boolean
}

export interface EncodedImage {
  bytes: Buffer
  width: number
  height: number
}

export interface EncodedVariant extends EncodedImage {
  format: VariantFormat
}

function unsupported(message?: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', message, 'file')
}

function tooManyPixels(limits: ImageLimits): AppError {
  return new AppError('MEDIA_TOO_LARGE', `Images may be at most ${limits.maxSide} pixels a side and ${Math.round(limits.maxPixels / 1e6)} megapixels.`, 'file')
}

function formatOf(meta: Metadata): ImageFormat | null {
  switch (meta.format) {
    case 'jpeg':
    case 'png':
    case 'webp':
    case 'gif':
      return meta.format
    // sharp reports AVIF as HEIF with AV1 compression; HEVC-coded HEIC is not accepted.
    case 'heif':
      return meta.compression === 'av1' ? 'avif' : null
    default:
      // svg (can carry script), tiff, pdf, raw and anything else
      return null
  }
}

function isPixelLimitError(error: unknown): boolean {
  return error instanceof Error && /pixel limit/i.test(error.message)
}

function canAnimate(format: ImageFormat): boolean {
  return format === 'gif' || format === 'webp'
}

/** Reads the header only (no decoding) and decides whether the bytes are an image we take. */
export async function sniffImage(bytes: Buffer, limits: ImageLimits): Promise<SniffedImage> {
  const sharp = await loadSharp()
  let meta: Metadata
  try {
    meta = await sharp(bytes, { animated: true, limitInputPixels: limits.maxPixels }).metadata()
  } catch (error) {
    if (isPixelLimitError(error)) throw tooManyPixels(limits)
    throw unsupported()
  }
  const format = formatOf(meta)
  if (!format) throw unsupported()
  const frames = canAnimate(format) ? (meta.pages ?? 1) : 1
  // autoOrient holds the size as displayed (sides swapped for EXIF orientations 5–8); animations have no EXIF.
  const width = meta.autoOrient?.width ?? meta.width
  const height = frames > 1 ? (meta.pageHeight ?? meta.height) : (meta.autoOrient?.height ?? meta.height)
  if (!width || !height) throw unsupported()
  if (width > limits.maxSide || height > limits.maxSide || width * height * frames > limits.maxPixels) throw tooManyPixels(limits)
  return { format, width, height, animated: frames > 1 }
}

function encode(pipeline: Sharp, format: ImageFormat, role: 'original' | 'variant'): Sharp {
  const original = role === 'original'
  switch (format) {
    case 'jpeg':
      return pipeline.jpeg({ quality: 88, progressive: true })
    case 'png':
      return pipeline.png({ compressionLevel: 7 })
    case 'webp':
      return pipeline.webp({ quality: original ? 88 : 78, effort: 4 })
    // AVIF dominates upload time (a 1920px variant takes ~100 MB and over a second): effort 2
    // is about a third faster than 3 for some 8% more bytes; originals are rare and get 3.
    case 'avif':
      return pipeline.avif({ quality: original ? 64 : 52, effort: original ? 3 : 2 })
    case 'gif':
      return pipeline.gif()
  }
}

/** Widths to make: the standard ones not wider than the image, or the image's own width when it is smaller than all. */
export function widthsFor(width: number): number[] {
  const widths = variantWidths.filter((w) => w <= width)
  return widths.length > 0 ? widths : [width]
}

/**
 * Re-encodes the original (turned upright, metadata stripped) and makes the responsive
 * variants: WebP and AVIF per width; an animation keeps moving as WebP only (no animated AVIF).
 */
export async function processImage(bytes: Buffer, image: SniffedImage, limits: ImageLimits): Promise<{ original: EncodedImage; variants: EncodedVariant[] }> {
  const sharp = await loadSharp()
  const input = sharp(bytes, { animated: image.animated, autoOrient: true, limitInputPixels: limits.maxPixels, failOn: 'error' })
  const run = async (pipeline: Sharp): Promise<EncodedImage> => {
    const { data, info } = await withEncodeSlot(() => pipeline.toBuffer({ resolveWithObject: true }))
    return { bytes: data, width: info.width, height: info.pageHeight ?? info.height }
  }
  const formats: VariantFormat[] = image.animated ? ['webp'] : ['webp', 'avif']
  const jobs = widthsFor(image.width).flatMap((width) =>
    formats.map(async (format): Promise<EncodedVariant> => ({
      format,
      ...(await run(encode(input.clone().resize({ width, withoutEnlargement: true }), format, 'variant'))),
    })),
  )
  try {
    const [original, variants] = await Promise.all([run(encode(input.clone(), image.format, 'original')), Promise.all(jobs)])
    return { original, variants }
  } catch (error) {
    if (error instanceof AppError) throw error
    if (isPixelLimitError(error)) throw tooManyPixels(limits)
    // The header parsed but the pixels did not (a truncated or corrupt file).
    throw unsupported('The image could not be read; it may be damaged.')
  }
}
