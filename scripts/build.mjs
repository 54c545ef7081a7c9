// Bundles the server into dist/main.js with esbuild (dependencies stay external), and the view
// beacon into dist/tracker.js and the ad script into dist/ads.js. Type checking is `npm run typecheck`; this only transpiles,
// in well under a second.
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

if (import.meta.url === `file://${process.argv[1]}`) await buildServer()
