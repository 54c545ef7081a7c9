/**
 * The view beacon (src/tracker) as /t/<content hash>.js, cached for a year: a new build gets a
 * new address, so pages never meet a stale copy. `trackerPath()` gives that address to the views.
 *
 * The script is read once, from dist/tracker.js beside the bundle (`npm run build`). Run from
 * sources (tests, tsx) there is no bundle, so it is built in memory with esbuild, a dev
 * dependency loaded only then; without either, the site runs without the beacon.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as Esbuild from 'esbuild'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'

export interface TrackerScript {
  path: string
  body: string
}

const here = dirname(fileURLToPath(import.meta.url))

/**
 * A browser script of ours: dist/<built> beside the bundle (dist/main.js or a chunk in
 * dist/chunks/), else src/tracker/<source> built in memory (run from sources).
 */
export interface BrowserScriptSource {
  built: string
  source: string
  /** The address prefix: /t/ for the view beacon, /a/ for the ad script. */
  prefix: string
}

const beaconSource: BrowserScriptSource = { built: 'tracker.js', source: 'beacon.ts', prefix: '/t/' }
/** undefined: not loaded yet; null: no script to serve. One per process: the content cannot change while it runs. */
let loaded: TrackerScript | null | undefined

export function trackerScript(body: string, prefix = '/t/'): TrackerScript {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12)
  return { path: `${prefix}${hash}.js`, body }
}

/** The beacon's address for article pages, or null when the site serves none. */
export function trackerPath(): string | null {
  return loaded?.path ?? null
}

export function registerTracker(app: FastifyInstance): void {
  if (loaded === undefined) loaded = loadBrowserScript(app.log, beaconSource)
  serveBrowserScript(app, loaded)
}

/** Serves the script at its content-addressed path, cached for a year. */
export function serveBrowserScript(app: FastifyInstance, script: TrackerScript | null): void {
  if (!script) return
  app.get(script.path, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(script.body),
  )
}

export function loadBrowserScript(log: FastifyBaseLogger, script: BrowserScriptSource): TrackerScript | null {
  const built = [join(here, script.built), join(here, '..', script.built)].find((path) => existsSync(path))
  if (built) return trackerScript(readFileSync(built, 'utf8'), script.prefix)
  // src/server/http/site/ when run from sources, dist/ when the bundle has no built script.
  const source = [join(here, '..', '..', '..', 'tracker', script.source), join(here, '..', 'src', 'tracker', script.source)].find((path) => existsSync(path))
  if (!source) {
    log.warn(`no ${script.built}: dist/${script.built} and src/tracker/${script.source} are both missing`)
    return null
  }
  try {
    return trackerScript(buildInMemory(source), script.prefix)
  } catch (error) {
    log.warn({ err: error }, `no ${script.built}: building src/tracker/${script.source} needs esbuild (npm run build makes dist/${script.built})`)
    return null
  }
}

/** The same options as scripts/build.mjs (buildTracker, buildAdScript); synchronous so registration stays so. */
function buildInMemory(entry: string): string {
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof Esbuild
  const result = esbuild.buildSync({ entryPoints: [entry], bundle: true, minify: true, target: 'es2017', format: 'iife', sourcemap: false, write: false, logLevel: 'silent' })
  const output = result.outputFiles[0]
  if (!output) throw new Error('esbuild wrote no output for the beacon')
  return output.text
}
