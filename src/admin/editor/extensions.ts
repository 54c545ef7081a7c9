/**
 * The editor's schema: Tiptap extensions configured so that what the editor produces is exactly
 * the shared document schema (src/shared/document/schema.ts) — the same node and mark names and
 * attributes, and content rules no looser than the server's validator: quotes hold paragraphs,
 * list items hold paragraphs and lists, headings are h2/h3, marks are bold, italic and link.
 * `extensions.test.ts` checks every node type round-trips through this schema unchanged.
 */
import { mergeAttributes, Node, type AnyExtension, type NodeViewRenderer } from '@tiptap/core'
import { Blockquote } from '@tiptap/extension-blockquote'
import { ListItem } from '@tiptap/extension-list'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { StarterKit } from '@tiptap/starter-kit'
import { embedFromUrl, embedNode } from '../../shared/document/from-html.embeds.js'
import { embedProviders } from '../../shared/document/schema.js'

/** The quoted person goes in `citation`, shown under the quote. */
const Quote = Blockquote.extend({
  content: 'paragraph+',
  addAttributes() {
    return {
      citation: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-citation'),
        renderHTML: (attributes) => (attributes.citation ? { 'data-citation': attributes.citation as string } : {}),
      },
    }
  },
})

const Item = ListItem.extend({ content: 'paragraph (paragraph | bulletList | orderedList)*' })

/** A picture with the text around it: alt (required before publishing), caption and credit. */
export const Figure = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      caption: { default: null },
      credit: { default: null },
      width: { default: null },
      height: { default: null },
    }
  },
  parseHTML() {
    return [{ tag: 'img[src]', getAttrs: (el) => ({ src: el.getAttribute('src'), alt: el.getAttribute('alt') ?? '' }) }]
  },
  renderHTML({ HTMLAttributes }) {
    // Copying out of the editor gives the picture; caption and credit live in the node view.
    const attrs = HTMLAttributes as Record<string, unknown>
    return ['img', mergeAttributes({ src: attrs.src, alt: attrs.alt })]
  },
})

/** A post on a social network, shown on the site as a card; added by pasting the post's address. */
export const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  // Before Link: a pasted post address becomes a card, not a link.
  priority: 1000,
  addAttributes() {
    return {
      provider: { default: 'x' },
      url: { default: null },
      authorName: { default: null },
      authorHandle: { default: null },
      text: { default: null },
      postedAt: { default: null },
    }
  },
  parseHTML() {
    return [{ tag: 'figure[data-provider][data-url]', getAttrs: (el) => {
      const provider = embedProviders.find((p) => p === el.getAttribute('data-provider'))
      return provider ? { provider, url: el.getAttribute('data-url') } : false
    } }]
  },
  renderHTML({ node }) {
    return ['figure', { 'data-provider': node.attrs.provider as string, 'data-url': node.attrs.url as string }, node.attrs.url as string]
  },
  addProseMirrorPlugins() {
    const type = this.type
    return [
      new Plugin({
        key: new PluginKey('embedPaste'),
        props: {
          handlePaste(view, event) {
            const text = event.clipboardData?.getData('text/plain').trim() ?? ''
            if (!text || /\s/.test(text)) return false
            const post = embedFromUrl(text)
            if (!post) return false
            const node = type.create(embedNode(post).attrs)
            view.dispatch(view.state.tr.replaceSelectionWith(node).scrollIntoView())
            return true
          },
        },
      }),
    ]
  },
})

/** Everything the editor knows, in one list for the editor and for the schema test (which has no DOM, so no views). */
export function editorExtensions(views: { image?: NodeViewRenderer; embed?: NodeViewRenderer } = {}): AnyExtension[] {
  const { image, embed } = views
  return [
    StarterKit.configure({
      blockquote: false,
      listItem: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      heading: { levels: [2, 3] },
      // No autolink: it makes the link mark inclusive, so text typed after a link would join it.
      link: { openOnClick: false, autolink: false, defaultProtocol: 'https', protocols: ['mailto'], HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null } },
    }),
    Quote,
    Item,
    image ? Figure.extend({ addNodeView: () => image }) : Figure,
    embed ? Embed.extend({ addNodeView: () => embed }) : Embed,
  ]
}
