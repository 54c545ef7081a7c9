/** Factories for tests: a config, services over a test database, and article input. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseConfig, type Config } from '../../src/server/config/index.js'
import type { ArticleInput } from '../../src/server/modules/articles/index.js'
import { createLocalStorage } from '../../src/server/modules/media/index.js'
import { createServices, type Services } from '../../src/server/services.js'
import type { EditorDocument } from '../../src/shared/document/index.js'
import type { TestDatabase } from './db.js'

export function testConfig(env: Record<string, string> = {}): Config {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-data-'))
  const parsed = parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SITE_URL: 'https://nieuws.example.nl', SITE_NAME: 'Testkrant', ...env })
  return Object.freeze({ ...parsed, secret: 'x'.repeat(64), secretSource: 'env' as const })
}

/** A controllable clock: `clock.now()` for services, `clock.set()` / `clock.advance()` in tests. */
export function testClock(start = Date.UTC(2026, 10, 26, 12, 0, 0)) {
  let current = start
  return {
    now: () => current,
    set: (ms: number) => {
      current = ms
    },
    advance: (ms: number) => {
      current += ms
    },
  }
}

export function servicesFor(database: TestDatabase, now: () => number = Date.now, locale: 'nl' | 'en' = 'nl'): Services {
  return createServices({ db: database.db, dialect: database.dialect, now, locale }, { mediaStorage: createLocalStorage(mkdtempSync(join(tmpdir(), 'newsdesk-media-'))) })
}

export function docOf(...paragraphs: string[]): EditorDocument {
  return { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) }
}

let counter = 0
export function buildArticle(overrides: Partial<ArticleInput> = {}): ArticleInput {
  counter += 1
  return {
    title: `Testartikel nummer ${counter} over de bitcoinkoers`,
    standfirst: 'Een korte inleiding voor de test.',
    doc: docOf('De eerste alinea van het testartikel.', 'Een tweede alinea met meer woorden erin.'),
    tags: ['Bitcoin'],
    ...overrides,
  }
}
