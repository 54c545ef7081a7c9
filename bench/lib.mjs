// What the benchmarks share: building, ports, starting and stopping servers, memory, the table.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

export const root = join(import.meta.dirname, '..')

/** Bundles the server (and the beacon) into dist/, as `npm start` would; exits on failure. */
export function buildOrExit() {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(1)
}

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/** Resident memory of a process, in MB. */
export const rssMb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Runs a `newsdesk` command to completion; returns its output and how long it took. */
export function newsdesk(args, env) {
  const started = performance.now()
  const result = spawnSync(process.execPath, ['bin/newsdesk.mjs', ...args], { cwd: root, env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`newsdesk ${args.join(' ')} failed: ${result.stderr}`)
  return { ms: performance.now() - started, stdout: result.stdout }
}

/** Starts `node ...args` on a free port and waits until /healthz answers. */
/** Servers still running: a benchmark that fails stops them as it exits instead of waiting on them. */
const running = new Set()
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

export async function start(args, env) {
  const port = await freePort()
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] })
  running.add(child)
  child.once('exit', () => running.delete(child))
  for (let i = 0; i < 600; i += 1) {
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status < 500, () => false)) return { child, port, base: `http://127.0.0.1:${port}` }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('server did not start')
}

export async function stop(child) {
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
}

/** Prints the rows under a title as a Markdown table, every figure beside its baseline. */
export function printTable(title, rows) {
  const header = ['measure', 'Newsdesk', 'baseline (same run)', 'ratio', 'budget']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  console.log(`\n${title}\n`)
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
}
