import { roles } from '@cutover/domain';
import { relations } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { timestamps, version } from './columns';
import { orgUnits } from './org-units';

export const userRole = pgEnum('user_role', roles);

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  login: text('login').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: userRole('role').notNull(),
  scopeOrgUnitId: integer('scope_org_unit_id')
    .notNull()
    .references(() => orgUnits.id),
  totpSecret: text('totp_secret'),
  totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
  /** The TOTP time step of the last accepted code: a code is good once, and never an older one. */
  totpLastStep: integer('totp_last_step'),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  isDemo: boolean('is_demo').notNull().default(false),
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  version: version(),
  ...timestamps(),
});

/** Sessions live in the database so any number of stateless server instances share them. */
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the random token in the cookie; the token itself is never stored. */
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    secondFactorPending: boolean('second_factor_pending').notNull().default(false),
    clientIp: text('client_ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Attempt counters behind the sign-in and second-factor limits, shared by all server
 * instances: one row per limited key (an account, an address, a pending sign-in) and fixed
 * window. An attempt is counted by one upsert before the slow check, so parallel attempts
 * cannot all slip under the limit.
 */
export const attemptCounters = pgTable(
  'attempt_counters',
  {
    key: text('key').primaryKey(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull(),
  },
  (t) => [index('attempt_counters_window_idx').on(t.windowStartedAt)],
);

export const usersRelations = relations(users, ({ one }) => ({
  scope: one(orgUnits, { fields: [users.scopeOrgUnitId], references: [orgUnits.id] }),
}));
