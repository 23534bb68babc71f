import { funnelStatusValues, staffRoleValues } from '@cutover/domain';
import { relations } from 'drizzle-orm';
import { bigserial, index, integer, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { timestamps, version } from './columns';
import { orgUnits } from './org-units';

export const staffRole = pgEnum('staff_role', staffRoleValues);
export const funnelStatus = pgEnum('funnel_status', funnelStatusValues);

export const staff = pgTable(
  'staff',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgUnitId: integer('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /**
     * The unit's ancestors at depth 1 and 2 (its region and municipality): path[2] and
     * path[3], set by trigger from org_units and kept right by moves (migration
     * 0009_list_ancestors), so a region's or municipality's list is one index range.
     */
    regionId: integer('region_id'),
    municipalityId: integer('municipality_id'),
    externalId: text('external_id').unique(),
    fullName: text('full_name').notNull(),
    role: staffRole('role').notNull(),
    phone: text('phone'),
    email: text('email'),
    funnelStatus: funnelStatus('funnel_status').notNull().default('not_invited'),
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    registeredAt: timestamp('registered_at', { withTimezone: true }),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('staff_org_unit_idx').on(t.orgUnitId, t.funnelStatus),
    index('staff_org_unit_name_idx').on(t.orgUnitId, t.fullName),
    index('staff_role_idx').on(t.role),
    index('staff_region_name_idx').on(t.regionId, t.fullName, t.id),
    index('staff_municipality_name_idx').on(t.municipalityId, t.fullName, t.id),
    index('staff_name_idx').on(t.fullName, t.id),
  ],
);

export const staffRelations = relations(staff, ({ one }) => ({
  orgUnit: one(orgUnits, { fields: [staff.orgUnitId], references: [orgUnits.id] }),
}));
