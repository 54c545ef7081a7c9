/**
 * The only reader of `process.env`: turns the environment into one frozen, typed `Config`.
 * `parseConfig` is pure and reports every problem at once; `loadConfig` adds the secret kept
 * in DATA_DIR when SECRET is not set.
 */
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { join, resolve } from 'node:path'

export type Locale = 'nl' | 'en'
export const locales: readonly Locale[] = ['nl', 'en']

export type DatabaseConfig =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string }

/** false = do not trust forwarded headers; a number = hop count; a list = trusted proxy CIDRs. */
export type TrustProxy = false | number | readonly string[]

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'

export interface Config {
  readonly port: number
  readonly host: string
  readonly dataDir: string
  readonly database: DatabaseConfig
  readonly siteUrl: string
  readonly siteName: string
  readonly locale: Locale
  readonly mediaDir: string
  readonly trustProxy: TrustProxy
  /** Signs sessions, preview links and ad clicks. */
  readonly secret: string
  /** Where the secret came from: the environment, or the file kept in DATA_DIR. */
  readonly secretSource: 'env' | 'file'
  readonly logLevel: LogLevel
  /** The in-process page cache; off only to measure rendering (PAGE_CACHE=off). */
  readonly pageCache: boolean
  /** Per-day unique readers per article, by an in-memory salted HMAC (AUDIENCE_UNIQUES=off: views only). */
  readonly audienceUniques: boolean
}

/** What `parseConfig` yields before the secret is resolved. */
export type ParsedConfig = Omit<Config, 'secret' | 'secretSource'> & { readonly secret: string | undefined }

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

type Env = Readonly<Record<string, string | undefined>>

const logLevels: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

/** Parses the environment; throws one ConfigError naming every bad variable. */
export function parseConfig(env: Env, cwd: string = process.cwd()): ParsedConfig {
  const problems: string[] = []
  const value = (name: string): string | undefined => {
    const raw = env[name]
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim()
  }

  const port = parsePort(value('PORT'), problems)
  const host = value('HOST') ?? '127.0.0.1'
  const dataDir = resolve(cwd, value('DATA_DIR') ?? 'data')
  const database = parseDatabase(value('DATABASE_URL'), dataDir, cwd, problems)
  const siteUrl = parseSiteUrl(value('SITE_URL'), host, port, problems)
  const siteName = value('SITE_NAME') ?? 'Newsdesk'
  if (siteName.length > 120) problems.push('SITE_NAME must be at most 120 characters')

  const localeRaw = value('LOCALE') ?? 'nl'
  const locale = locales.find((l) => l === localeRaw)
  if (!locale) problems.push(`LOCALE must be one of ${locales.join(', ')} (got "${localeRaw}")`)

  const mediaDir = resolve(cwd, value('MEDIA_DIR') ?? join(dataDir, 'media'))
  const trustProxy = parseTrustProxy(value('TRUST_PROXY'), problems)

  const secret = value('SECRET')
  if (secret !== undefined && secret.length < 32) {
    problems.push('SECRET must be at least 32 characters (for example: openssl rand -hex 32)')
  }

  const logLevelRaw = value('LOG_LEVEL') ?? 'info'
  const logLevel = logLevels.find((l) => l === logLevelRaw)
  if (!logLevel) problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')} (got "${logLevelRaw}")`)

  const uniquesRaw = value('AUDIENCE_UNIQUES') ?? 'on'
  if (uniquesRaw !== 'on' && uniquesRaw !== 'off') problems.push(`AUDIENCE_UNIQUES must be on or off (got "${uniquesRaw}")`)
  const pageCacheRaw = value('PAGE_CACHE') ?? 'on'
  if (pageCacheRaw !== 'on' && pageCacheRaw !== 'off') problems.push(`PAGE_CACHE must be on or off (got "${pageCacheRaw}")`)

  if (problems.length > 0 || !locale || !logLevel) throw new ConfigError(problems)
  return Object.freeze({
    port,
    host,
    dataDir,
    database,
    siteUrl,
    siteName,
    locale,
    mediaDir,
    trustProxy,
    secret,
    logLevel,
    pageCache: pageCacheRaw !== 'off',
    audienceUniques: uniquesRaw !== 'off',
  })
}

/** Parses the environment and resolves the secret, creating DATA_DIR/secret on first start. */
export function loadConfig(env: Env = process.env, cwd?: string): Config {
  const parsed = parseConfig(env, cwd)
  if (parsed.secret !== undefined) return Object.freeze({ ...parsed, secret: parsed.secret, secretSource: 'env' })
  return Object.freeze({ ...parsed, secret: readOrCreateSecret(parsed.dataDir), secretSource: 'file' })
}

function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'secret')
  try {
    const existing = readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  // 'wx' fails if another process created it meanwhile; then theirs wins.
  try {
    writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 })
    chmodSync(file, 0o600)
    return secret
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim()
    throw error
  }
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined) return 3000
  const port = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535 (got "${raw}")`)
    return 3000
  }
  return port
}

function parseDatabase(raw: string | undefined, dataDir: string, cwd: string, problems: string[]): DatabaseConfig {
  if (raw === undefined) return { dialect: 'sqlite', file: join(dataDir, 'newsdesk.db') }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try {
      const url = new URL(raw)
      if (url.pathname.length <= 1) problems.push('DATABASE_URL must name a database (postgres://user:pass@host:5432/newsdesk)')
    } catch {
      problems.push('DATABASE_URL is not a valid postgres:// URL')
    }
    return { dialect: 'postgres', url: raw }
  }
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length).replace(/^\/\//, '')
    if (file === '') problems.push('DATABASE_URL sqlite: needs a file path (sqlite:./data/newsdesk.db)')
    return { dialect: 'sqlite', file: resolve(cwd, file) }
  }
  problems.push('DATABASE_URL must start with postgres://, postgresql:// or sqlite: (leave it unset for SQLite in DATA_DIR)')
  return { dialect: 'sqlite', file: join(dataDir, 'newsdesk.db') }
}

function parseSiteUrl(raw: string | undefined, host: string, port: number, problems: string[]): string {
  // A wildcard listen address is no address to link to.
  const linkHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  const fallback = `http://${linkHost.includes(':') ? `[${linkHost}]` : linkHost}:${port}`
  if (raw === undefined) return fallback
  try {
    const url = new URL(raw)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol')
    if (url.search || url.hash) throw new Error('query')
    return url.toString().replace(/\/$/, '')
  } catch {
    problems.push(`SITE_URL must be an http(s) URL without query or fragment, such as https://news.example.nl (got "${raw}")`)
    return fallback
  }
}

function parseTrustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  if (raw === undefined || raw === 'off' || raw === 'false' || raw === '0') return false
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw)
    if (hops > 10) problems.push(`TRUST_PROXY hop count must be at most 10 (got ${hops})`)
    return hops
  }
  const entries = raw.split(',').map((s) => s.trim()).filter(Boolean)
  const bad = entries.filter((entry) => !isAddressOrCidr(entry))
  if (bad.length > 0 || entries.length === 0) {
    problems.push(`TRUST_PROXY must be off, a hop count, or a comma-separated list of IP addresses/CIDRs (bad: ${bad.join(', ') || raw})`)
    return false
  }
  return Object.freeze(entries)
}

function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/')
  const family = isIP(address)
  if (family === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  if (!/^\d+$/.test(prefix)) return false
  return Number(prefix) <= (family === 4 ? 32 : 128)
}
