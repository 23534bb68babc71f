import { chatKindValues, chatStatusValues, legacyPlatformValues } from '@cutover/domain';
import { relations } from 'drizzle-orm';
import { bigserial, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { timestamps, version } from './columns';
import { orgUnits } from './org-units';

export const chatKind = pgEnum('chat_kind', chatKindValues);
export const legacyPlatform = pgEnum('legacy_platform', legacyPlatformValues);
export const chatStatus = pgEnum('chat_status', chatStatusValues);

/** An official chat: its metadata and migration state only, never message content. */
export const officialChats = pgTable(
  'official_chats',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The unit's region and municipality (path[2], path[3]), as on staff. */
    regionId: integer('region_id'),
    municipalityId: integer('municipality_id'),
    kind: chatKind('kind').notNull(),
    classLabel: text('class_label'),
    title: text('title').notNull(),
    legacyPlatform: legacyPlatform('legacy_platform').notNull(),
    status: chatStatus('status').notNull().default('legacy'),
    parentsExpected: integer('parents_expected').notNull().default(0),
    parentsJoined: integer('parents_joined').notNull().default(0),
    migratedAt: timestamp('migrated_at', { withTimezone: true }),
    legacyClosedAt: timestamp('legacy_closed_at', { withTimezone: true }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('official_chats_org_unit_idx').on(t.orgUnitId, t.status),
    index('official_chats_region_title_idx').on(t.regionId, t.title, t.id),
    index('official_chats_municipality_title_idx').on(t.municipalityId, t.title, t.id),
    index('official_chats_title_idx').on(t.title, t.id),
  ],
);

export const officialChatsRelations = relations(officialChats, ({ one }) => ({
  orgUnit: one(orgUnits, { fields: [officialChats.orgUnitId], references: [orgUnits.id] }),
}));
