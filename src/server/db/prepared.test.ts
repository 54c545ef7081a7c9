import { before, it } from 'node:test'
import assert from 'node:assert/strict'
import { sql } from 'kysely'
import { describeEachDialect } from '../../../test/helpers/db.js'
import { prepare } from './index.js'

describeEachDialect('prepared queries', (suite) => {
  before(async () => {
    const { db } = suite.database
    const at = Date.UTC(2026, 10, 1)
    await db
      .insertInto('tags')
      .values(['bitcoin', 'ethereum', 'solana', 'cardano'].map((slug, i) => ({ id: `t${i}`, slug, name: slug, description: null, visibility: 'public' as const, seoTitle: `SEO ${slug}`, seoDescription: null, createdAt: at + i, updatedAt: at + i })))
      .execute()
  })

  it('answers as the freshly built query does, for every set of values, with camelCase rows', async () => {
    const { db } = suite.database
    const fresh = (values: { after: number; limit: number }) =>
      db.selectFrom('tags').select(['id', 'slug', 'seoTitle', 'createdAt']).where('createdAt', '>', values.after).orderBy('createdAt').limit(values.limit).execute()
    const prepared = prepare<{ after: number; limit: number }, Awaited<ReturnType<typeof fresh>>[number]>(db, ['after', 'limit'], (slots) =>
      db.selectFrom('tags').select(['id', 'slug', 'seoTitle', 'createdAt']).where('createdAt', '>', slots.after).orderBy('createdAt').limit(slots.limit),
    )
    const at = Date.UTC(2026, 10, 1)
    for (const values of [{ after: 0, limit: 10 }, { after: at, limit: 2 }, { after: at + 2, limit: 1 }, { after: at + 10, limit: 5 }]) {
      const rows = await prepared(values)
      assert.deepEqual(rows.map((r) => ({ ...r, createdAt: Number(r.createdAt) })), (await fresh(values)).map((r) => ({ ...r, createdAt: Number(r.createdAt) })))
    }
    assert.deepEqual((await prepared({ after: at, limit: 2 })).map((r) => r.slug), ['ethereum', 'solana'])
    assert.equal((await prepared({ after: 0, limit: 1 }))[0]?.seoTitle, 'SEO bitcoin')
  })

  it('refuses a build where a value does not reach the SQL as a bound parameter', () => {
    const { db } = suite.database
    // Computed from the placeholder: the SQL would hold a constant, not the request's value.
    assert.throws(() => prepare<{ limit: number }, unknown>(db, ['limit'], (slots) => db.selectFrom('tags').selectAll().limit(Number(slots.limit) || 10)), /"limit" is not a bound parameter/)
    // Inlined as raw SQL text.
    assert.throws(() => prepare<{ slug: string }, unknown>(db, ['slug'], (slots) => db.selectFrom('tags').selectAll().where('slug', '=', sql.lit(slots.slug))), /"slug" is not a bound parameter/)
  })
})
