import {
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { orgUnits } from './org-units';
import { waves } from './waves';

/** The figures of one node and wave; shared by daily snapshots and live rollups. */
const adoptionFigures = () => ({
  numerator: integer('numerator').notNull(),
  denominator: integer('denominator').notNull(),
  invited: integer('invited').notNull().default(0),
  registered: integer('registered').notNull().default(0),
  active: integer('active').notNull().default(0),
  chatsMigrated: integer('chats_migrated').notNull().default(0),
  chatsLegacyClosed: integer('chats_legacy_closed').notNull().default(0),
  parentsJoined: integer('parents_joined').notNull().default(0),
});

/**
 * Daily history, stored only on days the figures changed: the picture "as of" a date is
 * the latest row on or before it, so any past date answers exactly with compact storage.
 */
export const adoptionSnapshots = pgTable(
  'adoption_snapshots',
  {
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    waveId: integer('wave_id')
      .notNull()
      .references(() => waves.id),
    day: date('day').notNull(),
    ...adoptionFigures(),
  },
  (t) => [
    primaryKey({ columns: [t.orgUnitId, t.waveId, t.day] }),
    index('adoption_snapshots_wave_day_idx').on(t.waveId, t.day),
  ],
);

/**
 * Subtree totals of every node above the institutions, by day, stored only on days they
 * changed: burn-up charts and "as of" views of a region or the country read one series
 * instead of summing thousands of institutions.
 */
export const adoptionSubtreeHistory = pgTable(
  'adoption_subtree_history',
  {
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    waveId: integer('wave_id')
      .notNull()
      .references(() => waves.id),
    day: date('day').notNull(),
    ...adoptionFigures(),
  },
  (t) => [primaryKey({ columns: [t.orgUnitId, t.waveId, t.day] })],
);

/** Precomputed current figures for every node and wave, so any subtree answers from one row. */
export const adoptionRollups = pgTable(
  'adoption_rollups',
  {
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    waveId: integer('wave_id')
      .notNull()
      .references(() => waves.id),
    ...adoptionFigures(),
    /** Percent done, risk class and forecast, computed by the refresh job from the history. */
    percent: doublePrecision('percent'),
    risk: text('risk'),
    forecastStatus: text('forecast_status'),
    forecastDate: date('forecast_date'),
    forecastEarliest: date('forecast_earliest'),
    forecastLatest: date('forecast_latest'),
    deadline: date('deadline'),
    /** The first day of the history whose figure reached the completion threshold. */
    finishedOn: date('finished_on'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgUnitId, t.waveId] }),
    index('adoption_rollups_wave_risk_idx').on(t.waveId, t.risk),
  ],
);
