/** Audience figures: views per article per hour (kept 7 days) and per day, and referrer hosts per day. */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audience_hourly')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    // Start of the hour, epoch ms (Amsterdam's offsets are whole hours, so these align with its days).
    .addColumn('hour', 'bigint', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull())
    .addColumn('uniques', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('audience_hourly_pk', ['article_id', 'hour'])
    .execute()
  await db.schema.createIndex('audience_hourly_hour').on('audience_hourly').columns(['hour', 'article_id']).execute()

  await db.schema
    .createTable('audience_daily')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    // Start of the day in Europe/Amsterdam, epoch ms.
    .addColumn('day', 'bigint', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull())
    .addColumn('uniques', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('audience_daily_pk', ['article_id', 'day'])
    .execute()
  await db.schema.createIndex('audience_daily_day').on('audience_daily').columns(['day', 'article_id']).execute()

  await db.schema
    .createTable('audience_referrers')
    .addColumn('day', 'bigint', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('audience_referrers_pk', ['day', 'host'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audience_referrers', 'audience_daily', 'audience_hourly']) await db.schema.dropTable(table).execute()
}
