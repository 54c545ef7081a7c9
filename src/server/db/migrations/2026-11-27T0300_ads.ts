/**
 * First-party ads: advertisers → campaigns → creatives, the slots pages offer, and delivery
 * figures per creative × slot × hour. The three slots the templates carry are created here.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ad_advertisers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    // Advertisers in one category compete: none of them shows beside another's sponsored article.
    .addColumn('category', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('ad_campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('advertiser_id', 'text', (c) => c.notNull().references('ad_advertisers.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('sponsorship', 'contract', 'house')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'paused', 'archived')`))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint')
    .addColumn('goal_impressions', 'integer')
    .addColumn('daily_cap', 'integer')
    .addColumn('weight', 'integer', (c) => c.notNull())
    // { pageTypes, tags, excludeTags, devices, weekdays, hours } as JSON
    .addColumn('targeting', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('ad_campaigns_advertiser').on('ad_campaigns').columns(['advertiser_id', 'id']).execute()

  await db.schema
    .createTable('ad_creatives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('ad_campaigns.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('image', 'html')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'paused')`))
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('image_url', 'text')
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('click_url', 'text')
    // HTML or a third-party tag, shown only inside a sandboxed iframe.
    .addColumn('html', 'text')
    // A statement that must show with the creative (MiCA art. 7 for crypto marketing).
    .addColumn('disclaimer', 'text')
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('ad_creatives_campaign').on('ad_creatives').columns(['campaign_id', 'id']).execute()

  await db.schema
    .createTable('ad_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('placement', 'text', (c) => c.notNull().check(sql`placement in ('top', 'in-article', 'sidebar')`))
    .addColumn('after_paragraph', 'integer')
    // { mobile: ["320x100"], desktop: ["970x250", "728x90"] } as JSON
    .addColumn('sizes', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'paused')`))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute()

  // No foreign keys: figures outlive nothing they describe (creatives with figures cannot be
  // deleted), and a count arriving for a creative deleted a moment ago must not fail a flush.
  await db.schema
    .createTable('ad_hourly')
    .addColumn('creative_id', 'text', (c) => c.notNull())
    .addColumn('slot_id', 'text', (c) => c.notNull())
    .addColumn('hour', 'bigint', (c) => c.notNull())
    .addColumn('impressions', 'integer', (c) => c.notNull())
    .addColumn('viewable', 'integer', (c) => c.notNull())
    .addColumn('clicks', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ad_hourly_pk', ['creative_id', 'slot_id', 'hour'])
    .execute()
  await db.schema.createIndex('ad_hourly_hour').on('ad_hourly').columns(['hour', 'creative_id']).execute()

  const now = Date.UTC(2026, 10, 27, 3, 0)
  const slot = (id: string, key: string, name: string, placement: string, afterParagraph: number | null, sizes: object) => ({
    id,
    key,
    name,
    placement,
    after_paragraph: afterParagraph,
    sizes: JSON.stringify(sizes),
    status: 'active',
    created_at: now,
    updated_at: now,
  })
  await db
    .insertInto('ad_slots')
    .values([
      slot('6a27b1c0a0d5000000000001', 'leaderboard', 'Leaderboard boven elke pagina', 'top', null, { desktop: ['970x250', '728x90'], mobile: ['320x100'] }),
      slot('6a27b1c0a0d5000000000002', 'in-artikel', 'Banner in het artikel', 'in-article', 3, { desktop: ['728x90', '300x250'], mobile: ['300x250', '320x100'] }),
      slot('6a27b1c0a0d5000000000003', 'zijkolom', 'Zijkolom', 'sidebar', null, { desktop: ['300x250', '300x600'], mobile: ['300x250'] }),
    ])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['ad_hourly', 'ad_slots', 'ad_creatives', 'ad_campaigns', 'ad_advertisers']) await db.schema.dropTable(table).execute()
}
