import { relations } from 'drizzle-orm';
import {
  date,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { timestamps, version } from './columns';
import { orgUnits } from './org-units';
import { users } from './users';

export const waves = pgTable('waves', {
  id: serial('id').primaryKey(),
  /** One of the cohorts defined in @cutover/domain (waveCohorts). */
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameRu: text('name_ru').notNull(),
  opensOn: date('opens_on').notNull(),
  nationalDeadline: date('national_deadline').notNull(),
  sortOrder: smallint('sort_order').notNull().default(0),
  /** The day the federal admin closed the wave: no new deadlines from then on. */
  closedOn: date('closed_on'),
  version: version(),
  ...timestamps(),
});

/** A node's own deadline for a wave; the effective one is the nearest on the node's path. */
export const deadlines = pgTable(
  'deadlines',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    waveId: integer('wave_id')
      .notNull()
      .references(() => waves.id),
    deadline: date('deadline').notNull(),
    reason: text('reason').notNull(),
    setByUserId: integer('set_by_user_id').references(() => users.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
    version: version(),
  },
  (t) => [unique('deadlines_node_wave_uq').on(t.orgUnitId, t.waveId)],
);

export const deadlinesRelations = relations(deadlines, ({ one }) => ({
  orgUnit: one(orgUnits, { fields: [deadlines.orgUnitId], references: [orgUnits.id] }),
  wave: one(waves, { fields: [deadlines.waveId], references: [waves.id] }),
  setBy: one(users, { fields: [deadlines.setByUserId], references: [users.id] }),
}));
