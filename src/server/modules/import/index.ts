/** Moving in: WordPress exports (and later Ghost and Newsdesk's own) into the newsroom, keeping every old URL. */
export { createWordPressImporter, type WordPressImportOptions } from './wordpress.import.js'
export { formatReport, type ImportReport } from './import.report.js'
export { readWxr, WxrFormatError, type WxrRecord, type WxrItem } from './wxr.reader.js'
export { wordpressContent, autop } from './wordpress.content.js'
