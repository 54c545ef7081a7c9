/**
 * Gathers the inline content of imported HTML into paragraphs the way a browser lays out text:
 * whitespace collapsed, no space at the start or end of a line, empty paragraphs left out.
 */
import type { BlockNode, InlineNode, Mark } from './schema.js'
import { embedFromUrl, embedNode } from './from-html.embeds.js'

export interface Marks {
  bold: boolean
  italic: boolean
  href: string | null
}
export const noMarks: Marks = { bold: false, italic: false, href: null }

/** A run of text with one set of marks; null is a line break. */
type Run = { text: string; marks: Marks } | null

/** The validator's limit for one text node; longer runs are split. */
const maxText = 200_000

const sameMarks = (a: Marks, b: Marks): boolean => a.bold === b.bold && a.italic === b.italic && a.href === b.href

function toMarks(marks: Marks): Mark[] {
  const out: Mark[] = []
  if (marks.bold) out.push({ type: 'bold' })
  if (marks.italic) out.push({ type: 'italic' })
  if (marks.href !== null) out.push({ type: 'link', attrs: { href: marks.href } })
  return out
}

export class ParagraphBuilder {
  readonly blocks: BlockNode[] = []
  private runs: Run[] = []
  /** Whether the line so far ends in a space (or has not started), so the next space is dropped. */
  private afterSpace = true

  /** embeds: whether a paragraph that is only a post's URL becomes a card (not inside lists and quotes). */
  constructor(private readonly embeds: boolean) {}

  text(data: string, marks: Marks, pre = false): void {
    if (pre) {
      data.split(/\r\n?|\n/).forEach((line, i) => {
        if (i > 0) this.hardBreak()
        this.append(line.replace(/[\t\f]/g, ' '), marks)
      })
      return
    }
    const text = data.replace(/[ \t\n\r\f]+/g, ' ')
    this.append(this.afterSpace && text.startsWith(' ') ? text.slice(1) : text, marks)
  }

  hardBreak(): void {
    trimTrailingSpace(this.runs)
    this.runs.push(null)
    this.afterSpace = true
  }

  block(block: BlockNode): void {
    this.flush()
    this.blocks.push(block)
  }

  /** Ends the current paragraph, if it holds anything. */
  flush(): void {
    const runs = this.runs
    this.runs = []
    this.afterSpace = true
    for (;;) {
      trimTrailingSpace(runs)
      if (runs.length === 0 || runs[runs.length - 1] !== null) break
      runs.pop()
    }
    const start = runs.findIndex((run) => run !== null)
    if (start < 0 || !runs.some((run) => run !== null && /\S/.test(run.text))) return
    const content = runs.slice(start)
    const embed = this.embeds && content.every((run) => run !== null) ? bareUrlEmbed(content) : null
    if (embed) return void this.blocks.push(embed)
    const inline: InlineNode[] = content.map((run) => {
      if (run === null) return { type: 'hardBreak' }
      const marks = toMarks(run.marks)
      return marks.length > 0 ? { type: 'text', text: run.text, marks } : { type: 'text', text: run.text }
    })
    this.blocks.push({ type: 'paragraph', content: inline })
  }

  private append(text: string, marks: Marks): void {
    if (text === '') return
    const last = this.runs[this.runs.length - 1]
    if (last && sameMarks(last.marks, marks) && last.text.length + text.length <= maxText) last.text += text
    else for (let i = 0; i < text.length; i += maxText) this.runs.push({ text: text.slice(i, i + maxText), marks })
    this.afterSpace = text.endsWith(' ')
  }
}

function trimTrailingSpace(runs: Run[]): void {
  for (let last = runs[runs.length - 1]; last; last = runs[runs.length - 1]) {
    let end = last.text.length
    while (end > 0 && last.text.charCodeAt(end - 1) === 32) end -= 1
    last.text = last.text.slice(0, end)
    if (end > 0) return
    runs.pop()
  }
}

/** A paragraph that is nothing but the address of a post, as WordPress and Ghost write embeds. */
function bareUrlEmbed(runs: Run[]): BlockNode | null {
  const text = runs.map((run) => run?.text ?? '').join('').trim()
  if (!/^(https?:)?\/\/\S+$/i.test(text)) return null
  const post = embedFromUrl(text)
  return post && embedNode(post)
}
