/**
 * How pictures and embedded posts look while editing: plain DOM node views with fields for the
 * text around them (alt text, caption, credit; the post's text for the card). Typing in a field
 * changes the node's attributes, so undo, autosave and the document all see it.
 */
import type { NodeViewRendererProps } from '@tiptap/core'
import type { Node as PmNode } from '@tiptap/pm/model'
import { t } from '../i18n/index.js'

type Attrs = Record<string, unknown>

function field(label: string, value: string, multiline: boolean, onChange: (value: string) => void, className: string): { wrap: HTMLLabelElement; input: HTMLInputElement | HTMLTextAreaElement } {
  const wrap = document.createElement('label')
  wrap.className = `nv-field ${className}`
  const span = document.createElement('span')
  span.textContent = label
  const input = document.createElement(multiline ? 'textarea' : 'input')
  if (input instanceof HTMLTextAreaElement) input.rows = 2
  input.value = value
  input.addEventListener('input', () => onChange(input.value))
  wrap.append(span, input)
  return { wrap, input }
}

function setAttrs(props: NodeViewRendererProps, changes: Attrs): void {
  const pos = typeof props.getPos === 'function' ? props.getPos() : undefined
  if (pos === undefined) return
  const { view } = props.editor
  const node = view.state.doc.nodeAt(pos)
  if (!node) return
  view.dispatch(view.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...changes }))
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const orNull = (value: string) => (value.trim() === '' ? null : value)

export function figureView(props: NodeViewRendererProps) {
  let node: PmNode = props.node
  const dom = document.createElement('figure')
  dom.className = 'nv-figure'
  const img = document.createElement('img')
  img.draggable = false
  const fields = document.createElement('div')
  fields.className = 'nv-fields'
  const alt = field(t.editor.alt, text(node.attrs.alt), false, (v) => setAttrs(props, { alt: v }), 'alt')
  const caption = field(t.editor.caption, text(node.attrs.caption), false, (v) => setAttrs(props, { caption: orNull(v) }), 'caption')
  const credit = field(t.editor.credit, text(node.attrs.credit), false, (v) => setAttrs(props, { credit: orNull(v) }), 'credit')
  alt.input.required = true
  fields.append(alt.wrap, caption.wrap, credit.wrap)
  dom.append(img, fields)
  const render = () => {
    img.src = text(node.attrs.src)
    img.alt = text(node.attrs.alt)
    dom.classList.toggle('needs-alt', text(node.attrs.alt).trim() === '')
    for (const [f, key] of [[alt, 'alt'], [caption, 'caption'], [credit, 'credit']] as const) {
      if (document.activeElement !== f.input) f.input.value = text(node.attrs[key])
    }
  }
  render()
  return {
    dom,
    update(updated: PmNode) {
      if (updated.type !== node.type) return false
      node = updated
      render()
      return true
    },
    stopEvent: (event: Event) => (event.target as HTMLElement).closest('.nv-fields') !== null,
    ignoreMutation: () => true,
  }
}

export function embedView(props: NodeViewRendererProps) {
  let node: PmNode = props.node
  const dom = document.createElement('figure')
  dom.className = 'nv-embed'
  const head = document.createElement('div')
  head.className = 'nv-embed-head'
  const link = document.createElement('a')
  link.target = '_blank'
  link.rel = 'noopener noreferrer'
  const fields = document.createElement('div')
  fields.className = 'nv-fields'
  const body = field(t.editor.embedText, text(node.attrs.text), true, (v) => setAttrs(props, { text: orNull(v) }), 'embed-text')
  const author = field(t.editor.embedAuthor, text(node.attrs.authorName), false, (v) => setAttrs(props, { authorName: orNull(v) }), 'embed-author')
  fields.append(author.wrap, body.wrap)
  dom.append(head, link, fields)
  const render = () => {
    const provider = text(node.attrs.provider)
    head.textContent = `${t.editor.embedOn(provider === 'x' ? 'X' : provider)} ${text(node.attrs.authorHandle)}`.trim()
    link.href = text(node.attrs.url)
    link.textContent = text(node.attrs.url)
    if (document.activeElement !== body.input) body.input.value = text(node.attrs.text)
    if (document.activeElement !== author.input) author.input.value = text(node.attrs.authorName)
  }
  render()
  return {
    dom,
    update(updated: PmNode) {
      if (updated.type !== node.type) return false
      node = updated
      render()
      return true
    },
    stopEvent: (event: Event) => (event.target as HTMLElement).closest('.nv-fields, a') !== null,
    ignoreMutation: () => true,
  }
}
