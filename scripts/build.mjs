// Bundles the server into dist/main.js with esbuild (dependencies stay external).
// Type checking is `npm run typecheck`; this only transpiles, in well under a second.
import { build } from 'esbuild'

export async function buildServer() {
  await build({
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
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer()
