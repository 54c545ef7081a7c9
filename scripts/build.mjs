// Bundles the server into dist/main.js with esbuild (dependencies stay external), the view
// beacon into dist/tracker.js, the ad script into dist/ads.js, and the desk (src/admin) into
// dist/admin with Vite. Type checking is `npm run typecheck`; this only transpiles: the server in
// well under a second, the desk in a few.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

// esbuild takes its working directory when it is imported, not when it builds, so bin/newsdesk.mjs
// changing directory afterwards is not enough: name the project root.
const absWorkingDir = fileURLToPath(new URL('..', import.meta.url))

export async function buildServer() {
  await build({
    absWorkingDir,
    entryPoints: ['src/server/main.ts'],
    outdir: 'dist',
    // Split chunks so what a start does not need (sharp, the demo content) loads only when used.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    logLevel: 'warning',
  })
  await buildTracker()
  await buildAdScript()
}

// The beacon the site serves as /t/<hash>.js; src/server/http/site/tracker.ts builds it with
// the same options when run from sources.
export async function buildTracker() {
  await build({
    absWorkingDir,
    entryPoints: ['src/tracker/beacon.ts'],
    outfile: 'dist/tracker.js',
    bundle: true,
    minify: true,
    target: 'es2017',
    format: 'iife',
    sourcemap: false,
    logLevel: 'warning',
  })
}

// The ad script (impressions and viewability), served as /a/<hash>.js on pages with ads.
export async function buildAdScript() {
  await build({
    absWorkingDir,
    entryPoints: ['src/tracker/ads.ts'],
    outfile: 'dist/ads.js',
    bundle: true,
    minify: true,
    target: 'es2017',
    format: 'iife',
    sourcemap: false,
    logLevel: 'warning',
  })
}

// The desk web app served at /admin/: hashed files in dist/admin/assets, the editor (Tiptap) in
// its own chunk so the article list loads without it. Vite is loaded only when the desk is built.
export async function buildDesk() {
  const { build: viteBuild } = await import('vite')
  await viteBuild({
    configFile: false,
    root: fileURLToPath(new URL('../src/admin', import.meta.url)),
    base: '/admin/',
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: fileURLToPath(new URL('../dist/admin', import.meta.url)),
      emptyOutDir: true,
      assetsDir: 'assets',
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      // No inline scripts or data: modules: the desk runs under script-src 'self'.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
    },
  })
}

/** True when dist/admin is missing or older than the desk's sources (src/admin, src/shared). */
export function deskIsStale() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const output = join(root, 'dist', 'admin', 'index.html')
  if (!existsSync(output)) return true
  const built = statSync(output).mtimeMs
  return [join(root, 'src', 'admin'), join(root, 'src', 'shared')].some((dir) => newerThan(dir, built))
}

function newerThan(dir, time) {
  if (!existsSync(dir)) return false
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() ? newerThan(path, time) : !entry.name.endsWith('.test.ts') && statSync(path).mtimeMs > time) return true
  }
  return false
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildServer()
  await buildDesk()
}
