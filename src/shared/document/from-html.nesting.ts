/**
 * htmlparser2 keeps its open elements in an array it unshifts onto and searches, so thousands of
 * unclosed tags make parsing quadratic: a megabyte of `<b>` takes over half a minute. Before
 * parsing, tags opened past a depth no article reaches are removed with their closing tags (the
 * text stays; the converter flattens anything past 64 levels to text anyway).
 *
 * The scan is a rough model of the parser's stack that never under-counts: it pops only where
 * the parser surely does (an end tag, or a tag that implicitly closes the one on top). It only
 * decides which tags of a pathological input to leave out; safety never depends on it.
 */

const maxOpen = 1_024

const voidTags = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
/** Elements whose text is not parsed as HTML, to be skipped up to their end tag. */
const rawTextTags = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'])

const p = ['p']
const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']
/** Which open element on top a new tag closes first, as the parser does (its openImpliesClose). */
const impliesClose = new Map<string, Set<string>>([
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t) => [t, new Set(p)] as const),
  ...headings.slice(0, 6).map((t) => [t, new Set(headings)] as const),
  ['p', new Set(p)], ['li', new Set(['li'])], ['a', new Set(['a'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])], ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])], ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
])

/** A start or end tag, or the start of a comment. The attribute part cannot overlap the name, so a failed match costs one pass. */
const tokenPattern = /<(\/?)([a-zA-Z][^\s/<>]*)(?:[\s/][^<>]*)?>|<!--/g

export function limitNesting(html: string, max = maxOpen): string {
  const stack: string[] = []
  const open = new Map<string, number>()
  const removed = new Map<string, number>()
  const parts: string[] = []
  let kept = 0
  const pop = (): void => {
    const name = stack.pop() as string
    open.set(name, (open.get(name) ?? 1) - 1)
  }
  const cut = (from: number, to: number): void => {
    parts.push(html.slice(kept, from))
    kept = to
  }
  const token = new RegExp(tokenPattern)
  for (let m = token.exec(html); m; m = token.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', token.lastIndex)
      if (end < 0) break
      token.lastIndex = end + 3
      continue
    }
    const name = (m[2] as string).toLowerCase()
    if (m[1]) {
      const skipped = removed.get(name) ?? 0
      // Tags removed are the innermost, so the first end tags of their name are theirs.
      if (skipped > 0) {
        removed.set(name, skipped - 1)
        cut(m.index, token.lastIndex)
      } else if ((open.get(name) ?? 0) > 0) {
        while (stack[stack.length - 1] !== name) pop()
        pop()
      }
      continue
    }
    if (voidTags.has(name)) continue
    if (rawTextTags.has(name)) {
      const end = new RegExp(`</${name}`, 'ig')
      end.lastIndex = token.lastIndex
      if (name === 'plaintext' || !end.exec(html)) break
      token.lastIndex = end.lastIndex
      continue
    }
    const closes = impliesClose.get(name)
    while (closes && stack.length > 0 && closes.has(stack[stack.length - 1] as string)) pop()
    if (stack.length >= max) {
      removed.set(name, (removed.get(name) ?? 0) + 1)
      cut(m.index, token.lastIndex)
      continue
    }
    stack.push(name)
    open.set(name, (open.get(name) ?? 0) + 1)
  }
  if (kept === 0) return html
  parts.push(html.slice(kept))
  return parts.join('')
}
