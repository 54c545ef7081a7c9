/** Third-party test data in ../shared/fixtures (never copied into the project); suites skip loudly without it. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const fixturesDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures')

export function fixturesSkipReason(): string | false {
  if (existsSync(fixturesDir)) return false
  console.warn(`\n!!! SKIPPING suites that need ${fixturesDir}: the shared fixtures are not there !!!\n`)
  return 'shared fixtures not present'
}
