/** The editor document: schema types, validation, and the HTML and text the server renders from it. */
export * from './schema.js'
export { validateDocument, isSafeHref, type DocumentProblem, type DocumentValidation } from './validate.js'
export { renderDocumentHtml, escapeHtml, type RenderOptions, type ResponsiveImage } from './html.js'
export { documentText, countWords, countImages, readingTime, makeExcerpt } from './text.js'
export { htmlToDocument, type HtmlImport } from './from-html.js'
