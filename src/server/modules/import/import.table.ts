/** Row type of import_sources: which row an imported item became. */
export interface ImportSourceTable {
  source: string
  kind: 'post' | 'page' | 'author' | 'term' | 'attachment'
  sourceId: string
  targetId: string
  checksum: string
  importedAt: number
}
