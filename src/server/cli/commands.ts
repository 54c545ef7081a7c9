/** The CLI's commands, each a small function over the module services. */
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Config } from '../config/index.js'
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/index.js'
import { formatReport } from '../modules/import/index.js'
import { createLocalStorage } from '../modules/media/index.js'
import { rebuildAllRelated } from '../modules/related/index.js'
import { rebuildSearchIndex } from '../modules/search/index.js'
import { createServices, type Services } from '../services.js'
import { seedDemo, isEmptyNewsroom } from '../seed/demo.js'
import { seedSynthetic } from '../seed/synthetic.js'
import { serve } from './serve.js'

export class UsageError extends Error {}

export const usage = `Usage: newsdesk <command> [options]

  serve                                   start the site (migrates, seeds the demo on an empty database)
  migrate                                 bring the database schema up to date
  seed --demo                             add the Dutch demo newsroom
  seed --articles N                       add N synthetic published articles (benchmarks), then rebuild related news
  related rebuild                         recompute the related news of every published article
  search reindex                          rebuild the full-text search index of every article
  user create --email E --name N --role R [--password P]
                                          roles: contributor, author, editor, admin
  user password --email E [--password P]  set a password (read from stdin when not given)
  token create --email E [--name N]       create a staff API token (printed once, on the last line)
  token list --email E                    list a person's tokens
  token revoke --id ID                    revoke a token (by id, or the token itself)
  import wordpress FILE.xml [--uploads DIR] [--dry-run]
                                          import a WordPress export (WXR); old URLs answer 301;
                                          safe to run again (updates, never duplicates)
  import ghost FILE.json [--images DIR] [--dry-run]
                                          import a Ghost 4/5 JSON export, the same way
  export FILE.json                        write everything the newsroom holds to one file
  import newsdesk FILE.json               read such a file into an empty database
  apikey create --name N [--limit-cap C]  create a Content API key (printed once, on the last line)
  apikey list                             list Content API keys
  apikey revoke --id ID                   revoke a Content API key (by id, or the key itself)

Configuration comes from the environment: see README.md.`

interface Session {
  config: Config
  database: DatabaseHandle
  services: Services
}

async function withDatabase<T>(getConfig: () => Config, work: (session: Session) => Promise<T>): Promise<T> {
  const config = getConfig()
  const database = openDatabase(config.database, { poolSize: 4 })
  try {
    await migrateToLatest(database.db)
    const services = createServices({ db: database.db, dialect: database.dialect, now: Date.now, locale: config.locale }, { mediaStorage: createLocalStorage(config.mediaDir) })
    return await work({ config, database, services })
  } finally {
    await database.destroy()
  }
}

function parse(args: string[], options: Record<string, { type: 'string' | 'boolean' }>) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

function required(values: Record<string, string | boolean | undefined>, ...names: string[]): string[] {
  const missing = names.filter((n) => typeof values[n] !== 'string' || values[n] === '')
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((n) => `--${n}`).join(', ')}`)
  return names.map((n) => values[n] as string)
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
}

const print = (line: string) => process.stdout.write(`${line}\n`)

/** A one-line progress bar on a terminal: "importing [#####.....] 512/1024". */
function progressBar(label: string): (done: number, total: number) => void {
  return (done, total) => {
    const width = 30
    const filled = total > 0 ? Math.round((done / total) * width) : width
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`)
  }
}

async function rebuildRelated(database: DatabaseHandle): Promise<void> {
  const report = await rebuildAllRelated(database.db, Date.now(), (done, total) => process.stderr.write(`\rrelated ${done}/${total}`))
  if (report.articles > 0) process.stderr.write('\n')
  print(`Rebuilt related news for ${report.articles} articles in ${(report.ms / 1000).toFixed(1)} s.`)
}

/** Runs one command; returns the exit code, or -1 when the process keeps serving. */
export async function runCommand(argv: string[], getConfig: () => Config): Promise<number> {
  const [command, sub, ...rest] = argv
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      print(usage)
      return command === undefined ? 2 : 0

    case 'serve':
      parse(argv.slice(1), {})
      await serve(getConfig())
      return -1

    case 'migrate': {
      parse(argv.slice(1), {})
      const config = getConfig()
      const database = openDatabase(config.database)
      try {
        const result = await migrateToLatest(database.db)
        const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? []
        print(applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.')
      } finally {
        await database.destroy()
      }
      return 0
    }

    case 'seed': {
      const values = parse(argv.slice(1), { demo: { type: 'boolean' }, articles: { type: 'string' } })
      if (values.demo === Boolean(values.articles)) throw new UsageError('seed takes either --demo or --articles N')
      const count = values.articles === undefined ? 0 : Number(values.articles)
      if (values.articles !== undefined && (!/^\d+$/.test(String(values.articles)) || count < 1 || count > 5_000_000)) {
        throw new UsageError('--articles takes a whole number from 1 to 5000000')
      }
      return withDatabase(getConfig, async ({ config, database, services }) => {
        if (values.demo) {
          if (!(await isEmptyNewsroom(services))) {
            print('The database already holds content; the demo newsroom is only added to an empty one.')
            return 1
          }
          const report = await seedDemo({ config, database, services })
          print(`Added the demo newsroom: ${report.articles} articles, ${report.pages} pages, ${report.tags} tags, ${report.authors} authors.`)
          return 0
        }
        const report = await seedSynthetic({ config, database, services }, count, (done) => process.stderr.write(`\r${done}/${count}`))
        process.stderr.write('\n')
        print(`Added ${report.articles} synthetic articles in ${(report.ms / 1000).toFixed(1)} s (${Math.round(report.articles / (report.ms / 1000))} per second).`)
        await rebuildRelated(database)
        return 0
      })
    }

    case 'related': {
      if (sub !== 'rebuild') throw new UsageError('related takes rebuild')
      parse(rest, {})
      return withDatabase(getConfig, async ({ database }) => {
        await rebuildRelated(database)
        return 0
      })
    }

    case 'search': {
      if (sub !== 'reindex') throw new UsageError('search takes reindex')
      parse(rest, {})
      return withDatabase(getConfig, async ({ database }) => {
        const report = await rebuildSearchIndex(database.db, (done) => process.stderr.write(`\rsearch ${done}`))
        if (report.articles > 0) process.stderr.write('\n')
        print(`Reindexed ${report.articles} articles for search in ${(report.ms / 1000).toFixed(1)} s.`)
        return 0
      })
    }

    case 'user': {
      if (sub === 'create') {
        const values = parse(rest, { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' }, bio: { type: 'string' } })
        const [email, name, role] = required(values, 'email', 'name', 'role')
        const password = typeof values.password === 'string' ? values.password : undefined
        const bio = typeof values.bio === 'string' ? values.bio : undefined
        return withDatabase(getConfig, async ({ services }) => {
          const person = await services.people.createUser({ email: email ?? '', name: name ?? '', role: role ?? '', password, bio })
          print(`Created ${person.role} ${person.name} <${person.email}> (id ${person.id}).`)
          return 0
        })
      }
      if (sub === 'password') {
        const values = parse(rest, { email: { type: 'string' }, password: { type: 'string' } })
        const [email] = required(values, 'email')
        const password = typeof values.password === 'string' ? values.password : await readStdinLine()
        return withDatabase(getConfig, async ({ services }) => {
          await services.people.setPassword(email ?? '', password)
          print(`Password set for ${email}.`)
          return 0
        })
      }
      throw new UsageError('user takes create or password')
    }

    case 'token': {
      if (sub === 'create') {
        const values = parse(rest, { email: { type: 'string' }, name: { type: 'string' } })
        const [email] = required(values, 'email')
        const name = typeof values.name === 'string' ? values.name : 'CLI'
        return withDatabase(getConfig, async ({ services }) => {
          const { token, info } = await services.tokens.createForEmail(email ?? '', name)
          print(`Created token ${info.id} "${info.name}" for ${email}. It is shown once; keep it safe:`)
          print(token)
          return 0
        })
      }
      if (sub === 'list') {
        const values = parse(rest, { email: { type: 'string' } })
        const [email] = required(values, 'email')
        return withDatabase(getConfig, async ({ services }) => {
          const tokens = await services.tokens.listForEmail(email ?? '')
          if (tokens.length === 0) print(`${email} has no tokens.`)
          for (const t of tokens) print(`${t.id}  ${t.revokedAt ? 'revoked' : 'active '}  ${new Date(t.createdAt).toISOString()}  ${t.name}`)
          return 0
        })
      }
      if (sub === 'revoke') {
        const values = parse(rest, { id: { type: 'string' } })
        const [id] = required(values, 'id')
        return withDatabase(getConfig, async ({ services }) => {
          const info = await services.tokens.revoke(id ?? '')
          print(`Revoked token ${info.id} "${info.name}".`)
          return 0
        })
      }
      throw new UsageError('token takes create, list or revoke')
    }

    case 'export': {
      const file = sub
      if (!file || rest.length > 0) throw new UsageError('export takes one file: newsdesk export FILE.json')
      return withDatabase(getConfig, async ({ services }) => {
        const report = await services.transfer.exportTo(file)
        print(`Exported to ${file}: ${Object.entries(report.tables).map(([table, n]) => `${table} ${n}`).join(', ')}.`)
        return 0
      })
    }

    case 'import': {
      if (sub === 'newsdesk') {
        const [file, ...more] = rest
        if (!file || more.length > 0) throw new UsageError('import newsdesk takes one file: newsdesk import newsdesk FILE.json')
        if (!existsSync(file)) throw new UsageError(`no such file: ${file}`)
        return withDatabase(getConfig, async ({ database, services }) => {
          const report = await services.transfer.importFrom(file)
          print(`Imported ${file}: ${Object.entries(report.tables).map(([table, n]) => `${table} ${n}`).join(', ')}.`)
          await rebuildRelated(database)
          return 0
        })
      }
      if (sub !== 'wordpress' && sub !== 'ghost') throw new UsageError('import takes wordpress, ghost or newsdesk')
      const folder = sub === 'wordpress' ? 'uploads' : 'images'
      let parsed
      try {
        parsed = parseArgs({ args: rest, options: { [folder]: { type: 'string' }, 'dry-run': { type: 'boolean' } }, strict: true, allowPositionals: true })
      } catch (error) {
        throw new UsageError((error as Error).message)
      }
      const [file] = parsed.positionals
      if (!file || parsed.positionals.length > 1) throw new UsageError(`import ${sub} takes one file: newsdesk import ${sub} FILE`)
      if (!existsSync(file)) throw new UsageError(`no such file: ${file}`)
      const dir = parsed.values[folder]
      if (typeof dir === 'string' && !existsSync(dir)) throw new UsageError(`no such folder: ${dir}`)
      const dryRun = parsed.values['dry-run'] === true
      return withDatabase(getConfig, async ({ database, services }) => {
        const started = performance.now()
        const onProgress = process.stderr.isTTY ? progressBar('importing') : undefined
        const folderOption = typeof dir === 'string' ? dir : undefined
        const report =
          sub === 'wordpress'
            ? await services.wordpress.importFile(file, { uploadsDir: folderOption, dryRun, onProgress })
            : await services.ghost.importFile(file, { imagesDir: folderOption, dryRun, onProgress })
        if (onProgress) process.stderr.write('\n')
        print(formatReport(report))
        print(`Took ${((performance.now() - started) / 1000).toFixed(1)} s.`)
        if (!dryRun && Object.keys(report.created).length + Object.keys(report.updated).length > 0) await rebuildRelated(database)
        return 0
      })
    }
    case 'apikey':
      return runApiKeyCommand(sub, rest, getConfig)

    default:
      throw new UsageError(`unknown command "${command}"`)
  }
}


/** `newsdesk apikey create|list|revoke`: keys for the Ghost-compatible Content API. */
async function runApiKeyCommand(sub: string | undefined, rest: string[], getConfig: () => Config): Promise<number> {
  if (sub === 'create') {
    const values = parse(rest, { name: { type: 'string' }, 'limit-cap': { type: 'string' } })
    const [name] = required(values, 'name')
    const capRaw = values['limit-cap']
    if (capRaw !== undefined && !/^\d+$/.test(String(capRaw))) throw new UsageError('--limit-cap takes a whole number')
    return withDatabase(getConfig, async ({ services }) => {
      const { key, info } = await services.contentApiKeys.create({ name: name ?? '', limitCap: capRaw === undefined ? null : Number(capRaw) })
      print(`Created Content API key ${info.id} "${info.name}"${info.limitCap === null ? '' : ` (limit capped at ${info.limitCap})`}. It is shown once; send it as ?key=`)
      print(key)
      return 0
    })
  }
  if (sub === 'list') {
    parse(rest, {})
    return withDatabase(getConfig, async ({ services }) => {
      const keys = await services.contentApiKeys.list()
      if (keys.length === 0) print('There are no Content API keys.')
      for (const k of keys) {
        const used = k.lastUsedAt === null ? 'never used' : `last used ${new Date(k.lastUsedAt).toISOString()}`
        print(`${k.id}  ${k.revokedAt ? 'revoked' : 'active '}  ${new Date(k.createdAt).toISOString()}  ${used}  cap ${k.limitCap ?? 'none'}  ${k.name}`)
      }
      return 0
    })
  }
  if (sub === 'revoke') {
    const values = parse(rest, { id: { type: 'string' } })
    const [id] = required(values, 'id')
    return withDatabase(getConfig, async ({ services }) => {
      const info = await services.contentApiKeys.revoke(id ?? '')
      print(`Revoked Content API key ${info.id} "${info.name}".`)
      return 0
    })
  }
  throw new UsageError('apikey takes create, list or revoke')
}
