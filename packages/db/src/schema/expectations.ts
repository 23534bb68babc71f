import { date, integer, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamps, version } from './columns';
import { orgUnits } from './org-units';

export const expectedMetrics = ['staff', 'pupils', 'parents', 'class_chats'] as const;
export const expectedMetric = pgEnum('expected_metric', expectedMetrics);

/** The denominators percentages are computed against, each with where it came from and when. */
export const expectedCounts = pgTable(
  'expected_counts',
  {
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    metric: expectedMetric('metric').notNull(),
    value: integer('value').notNull(),
    source: text('source').notNull(),
    asOf: date('as_of').notNull(),
    version: version(),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.orgUnitId, t.metric] })],
);

/** Pupil accounts per institution and how many of them run in children's mode. */
export const pupilAccounts = pgTable('pupil_accounts', {
  orgUnitId: integer('org_unit_id')
    .primaryKey()
    .references(() => orgUnits.id),
  registered: integer('registered').notNull().default(0),
  childrensMode: integer('childrens_mode').notNull().default(0),
  asOf: date('as_of').notNull(),
  version: version(),
  ...timestamps(),
});
