import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * What changed since the adoption refresh last ran, appended by triggers on the tables the
 * figures come from (staff, official_chats, org_units, deadlines, waves) and consumed by the
 * refresh: 'figures' = the node's own series and every rollup on its path; 'risks' = the
 * risk of every rollup of the node's subtree (of one wave, or of all nodes when the node is
 * null); 'full' = rebuild everything. Append-only, so a concurrent write is never lost.
 */
export const adoptionRefreshMarks = pgTable('adoption_refresh_marks', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  kind: text('kind').notNull(),
  orgUnitId: integer('org_unit_id'),
  waveId: integer('wave_id'),
});

/** The one row saying for which day and when the figures were last refreshed. */
export const adoptionRefreshState = pgTable(
  'adoption_refresh_state',
  {
    id: smallint('id').primaryKey().default(1),
    day: date('day').notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
    rebuiltAt: timestamp('rebuilt_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('adoption_refresh_state_one_row', sql`${t.id} = 1`)],
);
