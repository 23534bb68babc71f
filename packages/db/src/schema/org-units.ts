import { orgKinds, orgLevels } from '@cutover/domain';
import { relations, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
} from 'drizzle-orm/pg-core';
import { timestamps, version } from './columns';

export const orgLevel = pgEnum('org_level', orgLevels);
export const orgKind = pgEnum('org_kind', orgKinds);

export const orgUnits = pgTable(
  'org_units',
  {
    id: serial('id').primaryKey(),
    parentId: integer('parent_id').references((): AnyPgColumn => orgUnits.id),
    level: orgLevel('level').notNull(),
    kind: orgKind('kind').notNull(),
    /** ISO 3166-2 for regions, OKTMO for municipalities, registry id (INN) for institutions. */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    /** The education authority that runs this node (ministry, department, municipal office). */
    authorityName: text('authority_name'),
    /** Ids from the root to this node inclusive; subtree queries use `path @> array[id]`. */
    path: integer('path').array().notNull(),
    depth: smallint('depth').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    populationK: integer('population_k'),
    validFrom: date('valid_from').notNull().default(sql`current_date`),
    validTo: date('valid_to'),
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => orgUnits.id),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('org_units_path_gin').using('gin', t.path),
    index('org_units_parent_idx').on(t.parentId, t.name),
    index('org_units_level_name_idx').on(t.level, t.name),
    index('org_units_name_trgm_free_idx').on(sql`lower(${t.name})`),
  ],
);

export const orgUnitsRelations = relations(orgUnits, ({ one, many }) => ({
  parent: one(orgUnits, { fields: [orgUnits.parentId], references: [orgUnits.id] }),
  children: many(orgUnits),
}));
