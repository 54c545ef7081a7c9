/** Moving in: WordPress and Ghost exports into the newsroom, keeping every old URL. */
export { createWordPressImporter, type WordPressImportOptions } from './wordpress.import.js'
export { createGhostImporter, type GhostImportOptions } from './ghost.import.js'
export { formatReport, type ImportReport } from './import.report.js'
export { readWxr, WxrFormatError, type WxrRecord, type WxrItem } from './wxr.reader.js'
export { wordpressContent, autop } from './wordpress.content.js'
export { createNewsdeskTransfer, transferTables, type TransferReport } from './newsdesk.transfer.js'
export { createImportJobs, importKinds, type ImportJob, type ImportJobs, type ImportKind } from './import.jobs.js'
