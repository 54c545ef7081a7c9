// Baseline for seed throughput: the same number of article rows (same columns, similar text
// size) inserted with raw better-sqlite3 prepared statements in one transaction per 500 rows.
// Prints the milliseconds taken.
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const count = Number(process.argv[2] ?? 100000)
const dir = mkdtempSync(join(tmpdir(), 'newsdesk-raw-'))
const db = new Database(join(dir, 'raw.db'))
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
db.exec(`create table articles (id text primary key, slug text unique not null, title text not null, excerpt text not null,
  body_doc text not null, body_html text not null, body_text text not null, status text not null, published_at integer)`)
db.exec('create index articles_listing on articles (status, published_at, id)')
const insert = db.prepare('insert into articles values (?, ?, ?, ?, ?, ?, ?, ?, ?)')
const text = 'de koers van bitcoin stijgt volgens analisten verder nu beleggers weer instappen '.repeat(20)
const started = performance.now()
const batch = db.transaction((start, end) => {
  for (let i = start; i < end; i += 1) {
    const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
    insert.run(i.toString(16).padStart(24, '0'), `raw-${i}`, `Titel ${i}`, text.slice(0, 200), doc, `<p>${text}</p>`, text, 'published', Date.now() - i * 1000)
  }
})
for (let i = 0; i < count; i += 500) batch(i, Math.min(count, i + 500))
const ms = performance.now() - started
db.close()
rmSync(dir, { recursive: true, force: true })
console.log(ms.toFixed(0))
