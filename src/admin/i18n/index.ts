/**
 * The desk's words, Dutch first; the page's `lang` (set by the server from LOCALE) picks them.
 * The English words are a chunk of their own, fetched only by an English desk.
 */
import { nl, type DeskMessages } from './nl.js'

export type { DeskMessages }

export const locale: 'nl' | 'en' = typeof document !== 'undefined' && document.documentElement.lang === 'en' ? 'en' : 'nl'
export const t: DeskMessages = locale === 'en' ? (await import('./en.js')).en : nl
