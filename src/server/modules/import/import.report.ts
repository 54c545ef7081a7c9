/** What an import did, for the final report on the terminal (and the admin API's job status). */
export interface ImportReport {
  source: string
  dryRun: boolean
  /** By 'article:published', 'page:draft', …: new, overwritten because the source changed, left alone. */
  created: Record<string, number>
  updated: Record<string, number>
  unchanged: Record<string, number>
  people: { created: number; existing: number; undeclared: number }
  tags: { created: number; existing: number }
  media: { copied: number; existing: number; external: number; missing: string[] }
  /** Items of kinds that have no place here (menu items, custom post types, trash), by type. */
  skippedTypes: Record<string, number>
  /** Items that could not be imported, with the source's id and why. */
  skipped: { sourceId: string; type: string; reason: string }[]
  /** Private, password-protected and members-only items: imported as drafts, never public. */
  notPublic: { sourceId: string; title: string; reason: 'private' | 'password' | 'members' }[]
  /** Markup and shortcodes that had no place in the document, by kind. */
  dropped: Record<string, number>
  redirects: number
  renamedSlugs: number
}

export function emptyReport(source: string, dryRun: boolean): ImportReport {
  return {
    source,
    dryRun,
    created: {},
    updated: {},
    unchanged: {},
    people: { created: 0, existing: 0, undeclared: 0 },
    tags: { created: 0, existing: 0 },
    media: { copied: 0, existing: 0, external: 0, missing: [] },
    skippedTypes: {},
    skipped: [],
    notPublic: [],
    dropped: {},
    redirects: 0,
    renamedSlugs: 0,
  }
}

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0)
const list = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || 'none'

/** The report as lines for a terminal. */
export function formatReport(report: ImportReport): string {
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written)' : 'Import'} from ${report.source}`,
    `  created:    ${sum(report.created)} (${list(report.created)})`,
    `  updated:    ${sum(report.updated)} (${list(report.updated)})`,
    `  unchanged:  ${sum(report.unchanged)}`,
    `  people:     ${report.people.created} new, ${report.people.existing} existing${report.people.undeclared ? `, ${report.people.undeclared} not declared in the export` : ''}`,
    `  tags:       ${report.tags.created} new, ${report.tags.existing} existing`,
    `  media:      ${report.media.copied} copied, ${report.media.existing} already there, ${report.media.external} kept as external URLs, ${report.media.missing.length} missing`,
    `  redirects:  ${report.redirects} old URLs answer 301${report.renamedSlugs ? ` (${report.renamedSlugs} slugs were taken and got a new one)` : ''}`,
    `  not public: ${report.notPublic.length}${report.notPublic.map((n) => `\n    #${n.sourceId} ${n.title} (${n.reason}: imported as draft)`).join('')}`,
    `  skipped:    ${sum(report.skippedTypes)} of other kinds (${list(report.skippedTypes)}), ${report.skipped.length} broken${report.skipped.map((s) => `\n    #${s.sourceId} ${s.type}: ${s.reason}`).join('')}`,
    `  dropped:    ${list(report.dropped)}`,
  ]
  for (const url of report.media.missing.slice(0, 20)) lines.push(`    missing: ${url}`)
  if (report.media.missing.length > 20) lines.push(`    … and ${report.media.missing.length - 20} more`)
  return lines.join('\n')
}
