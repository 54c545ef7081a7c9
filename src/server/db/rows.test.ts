import { it } from 'node:test'
import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { describeEachDialect } from '../../../test/helpers/db.js'

// On SQLite rows are made in JS from arrays (db/index.ts); these hold on both dialects.
describeEachDialect('rows', (suite) => {
  it('come back as objects keyed by column, camelCased, with every value type and nulls', async () => {
    const { db } = suite.database
    const at = Date.UTC(2026, 10, 26, 12)
    await db.insertInto('tags').values({ id: 'r1', slug: 'regulering', name: 'Regulering “MiCA”', description: null, visibility: 'public', seoTitle: 'Titel', seoDescription: null, createdAt: at, updatedAt: at }).execute()
    const row = await db.selectFrom('tags').selectAll().where('id', '=', 'r1').executeTakeFirstOrThrow()
    assert.deepEqual({ ...row, createdAt: Number(row.createdAt), updatedAt: Number(row.updatedAt) }, { id: 'r1', slug: 'regulering', name: 'Regulering “MiCA”', description: null, visibility: 'public', seoTitle: 'Titel', seoDescription: null, createdAt: at, updatedAt: at })
    const counted = await db.selectFrom('tags').select((e) => e.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
    assert.equal(Number(counted.count), 1)
  })

  it('keep the last of two columns with the same name', async () => {
    const { rows } = await sql<{ id: string }>`select 'first' as id, 'second' as id`.execute(suite.database.db)
    assert.equal(rows[0]?.id, 'second')
  })

  it('stream as they list', { skip: suite.dialect === 'postgres' && 'Kysely streams on PostgreSQL only with pg-cursor, which Newsdesk does not use' }, async () => {
    const { db } = suite.database
    const streamed: string[] = []
    for await (const tag of db.selectFrom('tags').select(['slug']).stream()) streamed.push(tag.slug)
    assert.deepEqual(streamed, ['regulering'])
  })

  it('show a column a migration adds after the same query already ran', async () => {
    const { db } = suite.database
    const before = await db.selectFrom('tags').selectAll().where('id', '=', 'r1').executeTakeFirstOrThrow()
    assert.equal('extraNote' in before, false)
    await sql`alter table tags add column extra_note text`.execute(db)
    await sql`update tags set extra_note = 'nieuw' where id = 'r1'`.execute(db)
    const after = (await db.selectFrom('tags').selectAll().where('id', '=', 'r1').executeTakeFirstOrThrow()) as Record<string, unknown>
    assert.equal(after.extraNote, 'nieuw')
    assert.equal(after.slug, 'regulering')
    await sql`alter table tags drop column extra_note`.execute(db)
  })
})
