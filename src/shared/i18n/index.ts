/** Locale files: every word a reader sees comes from here. */
import { en } from './en.js'
import { nl, type Messages } from './nl.js'

export type { Messages }
export type LocaleName = 'nl' | 'en'

const catalogues: Record<LocaleName, Messages> = { nl, en }

export function messages(locale: LocaleName): Messages {
  return catalogues[locale]
}
