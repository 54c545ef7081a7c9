// Import benchmark: a generated WordPress export of N posts (WXR 1.2, Dutch synthetic text,
// categories, tags, two authors, Yoast meta, classic and block content) imported on SQLite with
// `newsdesk import wordpress`: time and peak memory of the whole command (including the related
// news rebuild), beside the time it takes to merely read the file through the same XML parser.
// Usage: npm run bench:import [-- --posts 100000]
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { buildOrExit, newsdesk, printTable, root } from './lib.mjs'

const { values } = parseArgs({ options: { posts: { type: 'string', default: '100000' }, 'write-only': { type: 'string' } } })
const posts = Number(values.posts)
buildOrExit()

const words = ['bitcoin', 'koers', 'beurs', 'toezichthouder', 'wallet', 'blockchain', 'rente', 'markt', 'belegger', 'stablecoin', 'regels', 'handel', 'token', 'netwerk', 'update', 'Nederland', 'Europa', 'bank', 'digitale', 'euro']
let seed = 11
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const pick = () => words[Math.floor(random() * words.length)]
const sentence = (n) => {
  const text = Array.from({ length: n }, pick).join(' ')
  return `${text[0].toUpperCase()}${text.slice(1)}.`
}

async function writeExport(file) {
  const out = createWriteStream(file)
  const write = (s) => (out.write(s) ? undefined : new Promise((resolve) => out.once('drain', resolve)))
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench Nieuws</title><link>https://bench.example.nl</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://bench.example.nl</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login>redactie</wp:author_login><wp:author_email>redactie@bench.example.nl</wp:author_email><wp:author_display_name><![CDATA[Redactie]]></wp:author_display_name></wp:author>
<wp:author><wp:author_id>2</wp:author_id><wp:author_login>jan</wp:author_login><wp:author_email>jan@bench.example.nl</wp:author_email><wp:author_display_name><![CDATA[Jan de Vries]]></wp:author_display_name></wp:author>
`)
  for (let c = 0; c < 40; c += 1) await write(`<wp:category><wp:term_id>${c + 1}</wp:term_id><wp:category_nicename>rubriek-${c}</wp:category_nicename><wp:cat_name><![CDATA[Rubriek ${c}]]></wp:cat_name></wp:category>\n`)
  const start = Date.UTC(2015, 0, 1)
  for (let i = 1; i <= posts; i += 1) {
    const date = new Date(start + i * 3_600_000).toISOString().replace('T', ' ').slice(0, 19)
    const block = i % 2 === 0
    const paragraphs = Array.from({ length: 6 }, () => sentence(18 + Math.floor(random() * 20)))
    const content = block
      ? paragraphs.map((p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`).join('\n\n')
      : `${paragraphs.slice(0, 3).join('\n\n')}\n\n<h2>${sentence(5)}</h2>\n\n${paragraphs.slice(3).join('\n\n')}`
    const category = i % 40
    await write(`<item><title><![CDATA[${sentence(8)} (${i})]]></title><link>https://bench.example.nl/${date.slice(0, 4)}/${date.slice(5, 7)}/bericht-${i}/</link>
<dc:creator><![CDATA[${i % 3 === 0 ? 'jan' : 'redactie'}]]></dc:creator><content:encoded><![CDATA[${content}]]></content:encoded><excerpt:encoded><![CDATA[${sentence(20)}]]></excerpt:encoded>
<wp:post_id>${i}</wp:post_id><wp:post_date_gmt>${date}</wp:post_date_gmt><wp:post_name>bericht-${i}</wp:post_name><wp:status>${i % 50 === 0 ? 'draft' : 'publish'}</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="rubriek-${category}"><![CDATA[Rubriek ${category}]]></category><category domain="post_tag" nicename="${pick().toLowerCase()}"><![CDATA[${pick()}]]></category>
<wp:postmeta><wp:meta_key>_yoast_wpseo_metadesc</wp:meta_key><wp:meta_value><![CDATA[${sentence(15)}]]></wp:meta_value></wp:postmeta></item>
`)
  }
  await write('</channel></rss>\n')
  await new Promise((resolve) => out.end(resolve))
}

/** Runs `newsdesk import …` and samples its peak RSS (VmHWM) until it exits. */
function timedImport(args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['dist/main.js', ...args], { cwd: root, env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'inherit'] })
    let peak = 0
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    const sample = setInterval(() => {
      try {
        peak = Math.max(peak, Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1] ?? 0) / 1024)
      } catch {
        // exited
      }
    }, 100)
    child.on('exit', (code) => {
      clearInterval(sample)
      if (code !== 0) reject(new Error(`import exited with ${code}`))
      else resolve({ seconds: (performance.now() - started) / 1000, peak, stdout })
    })
  })
}

if (values['write-only']) {
  // Only generate the export (to try it by hand): npm run bench:import -- --write-only FILE
  await writeExport(values['write-only'])
  process.exit(0)
}

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-import-'))
try {
  const file = join(dir, 'export.xml')
  const generated = performance.now()
  await writeExport(file)
  const sizeMb = statSync(file).size / 1024 / 1024
  console.error(`wrote ${posts} posts (${sizeMb.toFixed(0)} MB) in ${((performance.now() - generated) / 1000).toFixed(1)} s`)
  const env = { DATA_DIR: join(dir, 'data') }
  newsdesk(['migrate'], env)
  // Baseline: the same file read through the same streaming parser, nothing else.
  const readOnly = await timedImport(['import', 'wordpress', file, '--dry-run'], env)
  const result = await timedImport(['import', 'wordpress', file], env)
  const again = await timedImport(['import', 'wordpress', file], env)
  console.error(result.stdout)
  const rows = [
    [`import wordpress, ${posts.toLocaleString('en')} posts (${sizeMb.toFixed(0)} MB), incl. related rebuild`, `${result.seconds.toFixed(0)} s (${Math.round(posts / result.seconds)} posts/s)`, `${readOnly.seconds.toFixed(0)} s dry run (read + convert, no writes)`, `${(result.seconds / readOnly.seconds).toFixed(1)}x`, '< 5 minutes'],
    ['peak memory (RSS) of the import', `${result.peak.toFixed(0)} MB`, `${readOnly.peak.toFixed(0)} MB dry run`, `${(result.peak / readOnly.peak).toFixed(2)}x`, '< 300 MB'],
    ['the same import again (nothing changed)', `${again.seconds.toFixed(0)} s`, '', `${(again.seconds / result.seconds).toFixed(2)}x`, ''],
  ]
  printTable(`Newsdesk import benchmark — SQLite, node ${process.version}, ${cpus().length} cores`, rows)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
