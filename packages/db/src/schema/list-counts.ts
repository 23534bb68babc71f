import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * How many staff and chats each region and municipality holds, by status, so a list's
 * total at region or country scope is a sum of a few hundred rows instead of a count of
 * millions. Triggers on staff and official_chats append delta rows in the writing
 * statement's own transaction (migration 0014_list_counts), so the sum is exact for every
 * snapshot; appending instead of updating one row per node keeps concurrent writers from
 * waiting on each other. `foldListCounts` merges the deltas into one row per key.
 */
export const listCounts = pgTable(
  'list_counts',
  {
    /** 'staff' or 'chats'. */
    list: text('list').notNull(),
    /** path[2] and path[3] of the rows' unit; null for rows placed above that depth. */
    regionId: integer('region_id'),
    municipalityId: integer('municipality_id'),
    /** staff.funnel_status or official_chats.status. */
    status: text('status').notNull(),
    rowCount: bigint('row_count', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('list_counts_region_idx').on(t.list, t.regionId, t.status),
    index('list_counts_municipality_idx').on(t.list, t.municipalityId, t.status),
  ],
);
