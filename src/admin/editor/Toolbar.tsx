/** Formatting buttons for the body: headings, bold/italic, link, quote, lists, picture, post from X. */
import type { Editor } from '@tiptap/core'
import type { JSX } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { embedFromUrl, embedNode } from '../../shared/document/from-html.embeds.js'
import { isSafeHref } from '../../shared/document/validate.js'
import { t } from '../i18n/index.js'
import type { Media } from '../types.js'
import { MediaLibrary } from './MediaLibrary.js'
import { imageFiles } from './upload.js'

interface Props {
  editor: Editor
  onImages: (files: File[]) => void
  /** An image from the library goes into the text. */
  onLibrary: (media: Media) => void
}

type Panel = null | 'link' | 'embed'

/** Icons drawn inline: no icon font or emoji the machine may lack. */
const icon = (path: string) => (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
    <path d={path} />
  </svg>
)
const linkIcon = icon('M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7')
const imageIcon = icon('M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9.5a1.5 1.5 0 1 0 0-.01')
const libraryIcon = icon('M3 7h4v13H3zM9 4h4v16H9zM15 9l4-1 2 12-4 1z')

export function Toolbar({ editor, onImages, onLibrary }: Props) {
  const [panel, setPanel] = useState<Panel>(null)
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [library, setLibrary] = useState(false)
  const fileRef = useRef<HTMLInputElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => inputRef.current?.focus(), [panel])
  const chain = () => editor.chain().focus()

  const button = (label: string, shortcut: string | null, active: boolean, run: () => void, text: string | JSX.Element) => (
    <button type="button" class="tool" aria-label={label} title={shortcut ? `${label} (${shortcut})` : label} aria-pressed={active} onMouseDown={(e) => e.preventDefault()} onClick={run}>
      {text}
    </button>
  )

  const open = (which: Panel) => {
    setProblem(null)
    setValue(which === 'link' ? ((editor.getAttributes('link').href as string | undefined) ?? '') : '')
    setPanel(panel === which ? null : which)
  }

  const apply = (event: Event) => {
    event.preventDefault()
    const input = value.trim()
    if (panel === 'link') {
      if (input === '') chain().extendMarkRange('link').unsetLink().run()
      else {
        const href = /^[a-z][a-z0-9+.-]*:|^\//i.test(input) ? input : `https://${input}`
        if (!isSafeHref(href)) return setProblem(t.editor.badLink)
        if (editor.state.selection.empty && !editor.isActive('link')) chain().insertContent({ type: 'text', text: input, marks: [{ type: 'link', attrs: { href } }] }).run()
        // The caret goes after the link, so typing goes on in plain text.
        else chain().extendMarkRange('link').setLink({ href }).setTextSelection(editor.state.selection.to).run()
      }
    } else if (panel === 'embed') {
      const post = embedFromUrl(input)
      if (!post) return setProblem(t.editor.badEmbed)
      chain().insertContent(embedNode(post)).run()
    }
    setPanel(null)
  }

  return (
    <div class="toolbar-wrap">
      <div class="toolbar" role="toolbar" aria-label={t.editor.toolbar}>
        {button(t.editor.h2, 'Ctrl+Alt+2', editor.isActive('heading', { level: 2 }), () => chain().toggleHeading({ level: 2 }).run(), 'H2')}
        {button(t.editor.h3, 'Ctrl+Alt+3', editor.isActive('heading', { level: 3 }), () => chain().toggleHeading({ level: 3 }).run(), 'H3')}
        <span class="sep" />
        {button(t.editor.bold, 'Ctrl+B', editor.isActive('bold'), () => chain().toggleBold().run(), 'B')}
        {button(t.editor.italic, 'Ctrl+I', editor.isActive('italic'), () => chain().toggleItalic().run(), 'I')}
        {button(t.editor.link, null, editor.isActive('link') || panel === 'link', () => open('link'), linkIcon)}
        <span class="sep" />
        {button(t.editor.quote, 'Ctrl+Shift+B', editor.isActive('blockquote'), () => chain().toggleBlockquote().run(), '❝')}
        {button(t.editor.bullets, 'Ctrl+Shift+8', editor.isActive('bulletList'), () => chain().toggleBulletList().run(), '•')}
        {button(t.editor.numbers, 'Ctrl+Shift+7', editor.isActive('orderedList'), () => chain().toggleOrderedList().run(), '1.')}
        <span class="sep" />
        {button(t.editor.image, null, false, () => fileRef.current?.click(), imageIcon)}
        {button(t.editor.library, null, library, () => setLibrary(true), libraryIcon)}
        {button(t.editor.embed, null, panel === 'embed', () => open('embed'), '𝕏')}
        <span class="sep" />
        {button(t.editor.undo, 'Ctrl+Z', false, () => chain().undo().run(), '↶')}
        {button(t.editor.redo, 'Ctrl+Shift+Z', false, () => chain().redo().run(), '↷')}
        <input
          ref={fileRef}
          type="file"
          accept="image/*"
          multiple
          hidden
          aria-label={t.editor.image}
          onChange={(e) => {
            onImages(imageFiles(e.currentTarget.files))
            e.currentTarget.value = ''
          }}
        />
      </div>
      {library && (
        <MediaLibrary
          onPick={(media) => onLibrary(media)}
          onClose={() => {
            setLibrary(false)
            editor.commands.focus()
          }}
        />
      )}
      {panel && (
        <form class="tool-panel" onSubmit={apply}>
          <label for="tool-input">{panel === 'link' ? t.editor.linkAddress : t.editor.embedAddress}</label>
          <input id="tool-input" ref={inputRef} type="text" inputMode="url" value={value} placeholder={panel === 'link' ? 'https://' : 'https://x.com/…/status/…'} onInput={(e) => setValue(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Escape' && (setPanel(null), editor.commands.focus())} />
          <button type="submit" class="primary">
            {panel === 'link' ? t.editor.linkApply : t.editor.embedAdd}
          </button>
          {panel === 'link' && editor.isActive('link') && (
            <button type="button" onClick={() => (chain().extendMarkRange('link').unsetLink().run(), setPanel(null))}>
              {t.editor.linkRemove}
            </button>
          )}
          {problem && (
            <p class="field-error" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </div>
  )
}
