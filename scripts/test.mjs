// Runs every test file with node:test (through tsx) on SQLite and PostgreSQL.
// Without DATABASE_URL it starts a throwaway PostgreSQL (initdb from PATH or
// /usr/lib/postgresql/<v>/bin, as the postgres user when run as root) and removes it after.
import { execFileSync, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const args = process.argv.slice(2)
const files = args.length > 0 ? args : findTests(['src', 'test'])

function findTests(dirs) {
  const out = []
  const walk = (dir) => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.test.ts') || entry.name.endsWith('.test.tsx')) out.push(path)
    }
  }
  dirs.forEach(walk)
  return out.sort()
}

function findPgBin() {
  const onPath = (process.env.PATH ?? '').split(':').find((dir) => dir && existsSync(join(dir, 'initdb')))
  if (onPath) return onPath
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return null
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(base, versions[0], 'bin') : null
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function startPostgres(bin) {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pg-'))
  const asRoot = process.getuid?.() === 0
  const run = (cmd, cmdArgs) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...cmdArgs], { stdio: 'pipe' })
      : execFileSync(join(bin, cmd), cmdArgs, { stdio: 'pipe' })
  if (asRoot) {
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()))
  }
  const data = join(dir, 'data')
  const port = await freePort()
  run('initdb', ['-D', data, '-E', 'UTF8', '--locale=C.UTF-8', '-A', 'trust', '-U', 'postgres', '--no-sync'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start'])
  const stop = () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true })
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop }
}

// Build dist/ once, before any test spawns `newsdesk`, so no two tests race to build it.
const { buildServer, buildDesk, deskIsStale } = await import('./build.mjs')
await buildServer()
if (deskIsStale()) await buildDesk()

let postgres = null
const env = { ...process.env }
if (process.env.DATABASE_URL && /^postgres(ql)?:/.test(process.env.DATABASE_URL)) {
  env.NEWSDESK_TEST_PG_URL = process.env.DATABASE_URL
  console.log(`PostgreSQL: using DATABASE_URL for the PostgreSQL suites`)
} else {
  const bin = findPgBin()
  if (bin) {
    const started = Date.now()
    postgres = await startPostgres(bin)
    env.NEWSDESK_TEST_PG_URL = postgres.url
    console.log(`PostgreSQL: started a throwaway server from ${bin} in ${Date.now() - started} ms`)
  } else {
    console.log('PostgreSQL: NOT FOUND (no initdb on PATH or under /usr/lib/postgresql) — the PostgreSQL suites will be skipped' +
      (process.env.CI === 'true' ? ', which fails under CI=true' : ''))
  }
}
// Tests build their own config; the developer's DATABASE_URL must not leak into them.
delete env.DATABASE_URL
// Every temporary directory the tests make (data dirs, media, browser profiles) goes under one
// of the run's own, removed when the run ends: a run leaves nothing behind in /tmp.
const scratch = mkdtempSync(join(tmpdir(), 'newsdesk-test-run-'))
env.TMPDIR = scratch

const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files], { stdio: 'inherit', env })
const cleanup = () => {
  postgres?.stop()
  rmSync(scratch, { recursive: true, force: true })
}
process.on('SIGINT', () => child.kill('SIGINT'))
child.on('exit', (code, signal) => {
  cleanup()
  process.exit(code ?? (signal ? 1 : 0))
})
