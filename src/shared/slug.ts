/**
 * URL slugs from Dutch (and English) titles: accents folded (één → een, café → cafe, ĳ → ij),
 * apostrophes dropped (auto's → autos), symbols spelled out in the locale's words.
 */

const symbolWords: Record<'nl' | 'en', Record<string, string>> = {
  nl: { '&': 'en', '€': 'euro', '$': 'dollar', '%': 'procent', '+': 'plus', '@': 'at' },
  en: { '&': 'and', '€': 'euro', '$': 'dollar', '%': 'percent', '+': 'plus', '@': 'at' },
}

/** Letters NFKD leaves alone. */
const letterFolds: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' }

export const maxSlugLength = 80

export function slugify(input: string, locale: 'nl' | 'en' = 'nl'): string {
  const words = symbolWords[locale]
  const folded = input
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæøœłđðþı]/g, (c) => letterFolds[c] ?? c)
    .replace(/[&€$%+@]/g, (c) => ` ${words[c] ?? ''} `)
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (folded.length <= maxSlugLength) return folded
  const cut = folded.slice(0, maxSlugLength + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > maxSlugLength / 2 ? cut.slice(0, lastDash) : cut.slice(0, maxSlugLength)).replace(/-+$/, '')
}

/** A slug as a person may type it: lowercase letters, digits and single dashes. */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= maxSlugLength && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)
}
