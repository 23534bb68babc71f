import {
  boolean,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { version } from './columns';
import { orgUnits } from './org-units';
import { users } from './users';

/** A policy value set at a node; `locked` forbids any descendant from overriding it. */
export const policySettings = pgTable(
  'policy_settings',
  {
    id: serial('id').primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    locked: boolean('locked').notNull().default(false),
    reason: text('reason').notNull(),
    setByUserId: integer('set_by_user_id').references(() => users.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
    version: version(),
  },
  (t) => [unique('policy_settings_node_key_uq').on(t.orgUnitId, t.key)],
);
