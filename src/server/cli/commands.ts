/** The CLI's commands, each a small function over the module services. */
import { parseArgs } from 'node:util'
import type { Config } from '../config/index.js'
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/index.js'
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

    default:
      throw new UsageError(`unknown command "${command}"`)
  }
}

