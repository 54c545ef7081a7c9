/** Row type of import_sources: which row an imported item became. */
export interface ImportSourceTable {
  source: string
  kind: 'post' | 'page' | 'author' | 'term' | 'attachment'
  sourceId: string
  targetId: string
  checksum: string
  importedAt: number
}

/** Row type of import_jobs: an import started from the desk, worked through in the background. */
export interface ImportJobTable {
  id: string
  kind: 'wordpress' | 'ghost' | 'newsdesk'
  status: 'queued' | 'running' | 'done' | 'failed'
  dryRun: number
  filename: string
  done: number
  total: number
  /** The ImportReport (or TransferReport) as JSON, when done. */
  report: string | null
  error: string | null
  createdBy: string | null
  createdAt: number
  updatedAt: number
  finishedAt: number | null
}
