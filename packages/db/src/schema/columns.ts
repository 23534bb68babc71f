import { integer, timestamp } from 'drizzle-orm/pg-core';

/** Optimistic concurrency: every mutable row carries a version that updates must match. */
export const version = () => integer('version').notNull().default(1);

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
