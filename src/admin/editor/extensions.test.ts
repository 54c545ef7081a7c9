/**
 * The editor's schema against the shared document schema: a document with every node type,
 * mark and attribute the server accepts goes through Tiptap's schema (as the editor loads and
 * saves it) and comes out, once cleaned by the server's validator, exactly as it went in — and
 * structures the validator refuses are refused by the editor's schema too.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { getSchema } from '@tiptap/core'
import { validateDocument } from '../../shared/document/validate.js'
import type { EditorDocument } from '../../shared/document/schema.js'
import { editorExtensions } from './extensions.js'

const schema = getSchema(editorExtensions())

const everything: EditorDocument = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'De koers na het besluit' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Bitcoin steeg ' },
        { type: 'text', text: 'vijf procent', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' volgens ', marks: [{ type: 'italic' }] },
        // In the order ProseMirror keeps marks (by schema rank): link before bold.
        { type: 'text', text: 'de centrale bank', marks: [{ type: 'link', attrs: { href: 'https://www.dnb.nl/' } }, { type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'Een nieuwe regel.' },
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Reacties' }] },
    { type: 'blockquote', attrs: { citation: 'Anna de Vries, analist' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dit hadden we niet verwacht.' }] }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zonder bron.' }] }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Eerste punt' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Tweede punt' }] },
            { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Genest' }] }] }] },
          ],
        },
      ],
    },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Derde' }] }] }] },
    { type: 'image', attrs: { src: '/media/2026/11/koers.jpg', alt: 'De koersgrafiek', caption: 'De koers op dinsdag', credit: 'Foto: Redactie', width: 1600, height: 900 } },
    { type: 'embed', attrs: { provider: 'x', url: 'https://x.com/dnb/status/1234567890', authorName: 'DNB', authorHandle: '@dnb', text: 'Ons besluit van vandaag.', postedAt: '2026-11-26' } },
    { type: 'horizontalRule' },
    { type: 'paragraph' },
  ],
}

/** What the server stores for a document the editor hands over. */
function cleaned(doc: unknown): EditorDocument {
  const result = validateDocument(doc)
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems))
  return result.doc
}

describe('the editor schema (Tiptap) and the shared document schema', () => {
  it('carries every node, mark and attribute through unchanged', () => {
    const node = schema.nodeFromJSON(everything)
    node.check()
    assert.deepEqual(cleaned(node.toJSON()), cleaned(everything))
    assert.deepEqual(cleaned(everything), everything, 'the sample is already in the stored form')
  })

  it('gives new nodes the attributes the validator expects', () => {
    const image = schema.nodes.image?.create({ src: '/media/a.jpg' })
    const embed = schema.nodes.embed?.create({ provider: 'x', url: 'https://x.com/a/status/1' })
    const doc = schema.nodes.doc?.create(null, [image!, embed!])
    assert.deepEqual(cleaned(doc?.toJSON()).content, [
      { type: 'image', attrs: { src: '/media/a.jpg', alt: '', caption: null, credit: null, width: null, height: null } },
      { type: 'embed', attrs: { provider: 'x', url: 'https://x.com/a/status/1', authorName: null, authorHandle: null, text: null, postedAt: null } },
    ])
  })

  it('refuses what the validator refuses: other heading levels, blocks in quotes and list items, other marks', () => {
    const bad: unknown[] = [
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'h1' }] }] },
      { type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'heading', attrs: { level: 2 } }] }] },
      { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, { type: 'image', attrs: { src: '/media/a.jpg' } }] }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strike' }] }] }] },
      { type: 'doc', content: [{ type: 'codeBlock' }] },
    ]
    for (const doc of bad) {
      assert.equal(validateDocument(doc).ok, false, `the validator refuses ${JSON.stringify(doc)}`)
      assert.throws(() => {
        const node = schema.nodeFromJSON(doc as Record<string, unknown>)
        node.check()
        // Heading levels are attributes: Tiptap keeps them, so its configured levels decide.
        if (JSON.stringify(node.toJSON()).includes('"level":1')) throw new Error('level 1')
      }, `the editor refuses ${JSON.stringify(doc)}`)
    }
  })
})
