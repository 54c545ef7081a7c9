#!/usr/bin/env node
// The `newsdesk` command. Builds dist/ first when the sources are newer (or dist is missing):
// the server with esbuild, the desk (dist/admin) with Vite only when its own sources changed.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const output = join(root, 'dist', 'main.js')

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path))
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

const sources = [join(root, 'src', 'server'), join(root, 'src', 'shared'), join(root, 'src', 'tracker')]
const stale = !existsSync(output) || (existsSync(sources[0]) && Math.max(...sources.map(newestSource)) > statSync(output).mtimeMs)
const desk = join(root, 'dist', 'admin', 'index.html')
const deskSources = [join(root, 'src', 'admin'), join(root, 'src', 'shared')]
const deskStale = existsSync(deskSources[0]) && (!existsSync(desk) || Math.max(...deskSources.map(newestSource)) > statSync(desk).mtimeMs)
if (stale || deskStale) {
  const { buildServer, buildDesk } = await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href)
  const cwd = process.cwd()
  process.chdir(root)
  if (stale) await buildServer()
  if (deskStale) await buildDesk()
  process.chdir(cwd)
}
await import(pathToFileURL(output).href)
