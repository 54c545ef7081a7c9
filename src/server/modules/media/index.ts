/**
 * Media: uploaded images, sniffed from their bytes, stripped of metadata and stored with WebP
 * and AVIF variants behind a `MediaStorage` (local folder now, an object store later).
 */
export { createMediaService, findMediaByUrls, type MediaService, type MediaServiceOptions, type MediaPage, type UploadImageInput } from './media.service.js'
export { createLocalStorage, isValidMediaKey, type MediaStorage } from './media.storage.js'
export { presentMedia, mediaUrl, pictureSources, type Media, type MediaVariant } from './media.presenter.js'
export type { MediaListOptions, MediaText } from './media.input.js'
export { sniffImage, variantWidths, type ImageFormat, type VariantFormat } from './media.image.js'
export type { MediaTable } from './media.table.js'
