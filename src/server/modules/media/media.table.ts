/** Row type of uploaded media (images and their responsive variants). */
export interface MediaTable {
  id: string
  kind: 'image'
  /** Where the original lives in the media store; served at /media/<storageKey>. */
  storageKey: string
  filename: string
  mimeType: string
  bytes: number
  width: number
  height: number
  alt: string
  caption: string | null
  credit: string | null
  /** JSON: [{ width, height, format, key, bytes }] */
  variants: string
  uploadedBy: string | null
  createdAt: number
  updatedAt: number
}
