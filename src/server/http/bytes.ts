/**
 * UTF-8 bytes of large strings and JSON answers, written into one reused scratch buffer and
 * copied out once.
 *
 * `Buffer.from(text)` measures the string, allocates and encodes: three passes. Worse, a
 * `JSON.stringify` result that holds any character above U+00FF (an ellipsis, a curly quote,
 * a euro sign: every Dutch news text) comes back as a long chain of pieces that V8 must first
 * flatten, which costs more than the stringify itself (measured: 146 µs to stringify a 73 KB
 * list of posts, 240 µs more to flatten it). `jsonBytes` stringifies the answer piece by
 * piece — each element of its top-level lists on its own — and writes each piece as it comes,
 * so no long chain is ever built.
 */
const small = 4096
let scratch = Buffer.allocUnsafeSlow(256 * 1024)

/** Room for `more` UTF-16 code units after `used` bytes (one unit never takes more than three bytes). */
function reserve(used: number, more: number): void {
  const needed = used + more * 3
  if (needed <= scratch.length) return
  const grown = Buffer.allocUnsafeSlow(Math.max(needed, scratch.length * 2))
  scratch.copy(grown, 0, 0, used)
  scratch = grown
}

function copyOut(length: number): Buffer {
  const bytes = Buffer.allocUnsafeSlow(length)
  scratch.copy(bytes, 0, 0, length)
  return bytes
}

export function utf8Bytes(text: string): Buffer {
  if (text.length < small) return Buffer.from(text)
  reserve(0, text.length)
  return copyOut(scratch.write(text))
}

/**
 * JSON already written (a post whose tags were written once for the whole answer): `jsonBytes`
 * places it as it is. It may come in pieces, which are written one by one and never joined:
 * one "…" in a post's excerpt would make the joined text (its HTML included) two bytes a
 * character, which costs twice as much to write out.
 */
export class RawJson {
  readonly pieces: readonly string[]
  constructor(...pieces: string[]) {
    this.pieces = pieces
  }

  get json(): string {
    return this.pieces.join('')
  }
}

/**
 * The bytes of `JSON.stringify(value)`, for plain data (objects, arrays, strings, numbers,
 * booleans, null; undefined members are left out as JSON.stringify does) and RawJson pieces
 * in its top two levels.
 */
export function jsonBytes(value: unknown): Buffer {
  let used = 0
  const write = (text: string) => {
    reserve(used, text.length)
    used += scratch.write(text, used)
  }
  const emit = (item: unknown, depth: number): void => {
    if (item instanceof RawJson) {
      for (const piece of item.pieces) write(piece)
    } else if (depth < 2 && Array.isArray(item)) {
      write('[')
      item.forEach((element, i) => {
        if (i > 0) write(',')
        if (element === undefined || typeof element === 'function') write('null')
        else emit(element, depth + 1)
      })
      write(']')
    } else if (depth < 2 && item !== null && typeof item === 'object' && typeof (item as { toJSON?: unknown }).toJSON !== 'function') {
      write('{')
      let first = true
      for (const [key, member] of Object.entries(item)) {
        if (member === undefined || typeof member === 'function') continue
        write(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`)
        first = false
        emit(member, depth + 1)
      }
      write('}')
    } else {
      write(JSON.stringify(item))
    }
  }
  emit(value, 0)
  return copyOut(used)
}
