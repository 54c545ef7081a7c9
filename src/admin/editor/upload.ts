/** Image uploads to the media library (POST /admin/api/media), for the body and the feature image. */
import { api } from '../api.js'
import type { Media } from '../types.js'

export const imageTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

export function imageFiles(list: FileList | null | undefined): File[] {
  return Array.from(list ?? []).filter((file) => imageTypes.includes(file.type))
}

export async function uploadImage(file: File): Promise<Media> {
  const form = new FormData()
  form.append('file', file, file.name)
  return (await api<{ media: Media }>('POST', '/media', form)).media
}
