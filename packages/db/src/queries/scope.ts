import type { Role } from '@cutover/domain';
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { orgUnits } from '../schema/index';

/** The caller's reach, always loaded from the database, never from the request. */
export interface Scope {
  userId: number;
  login: string;
  role: Role;
  nodeId: number;
  /** Path of the scope node, root first, inclusive. */
  path: readonly number[];
}

/** A scope's node and depth; the node may be a placeholder (a statement prepared per shape). */
export interface ScopeShape {
  nodeId: number | Placeholder;
  path: readonly number[];
}

/** The scope with a placeholder `node` in place of its node: the shape of its statements. */
export function scopeShape(scope: Scope): ScopeShape {
  return { nodeId: sql.placeholder('node'), path: scope.path };
}

/**
 * A row is in scope when the scope node is one of the segments of the row's path.
 * Paths are tree paths, so membership of the id is exactly "inside the subtree".
 */
export function withinScope(pathColumn: AnyPgColumn | SQL, scope: Scope): SQL {
  return sql`${pathColumn} @> array[${scope.nodeId}]::integer[]`;
}

/** `nodeId` may be a placeholder: a statement prepared once for every caller's scope. */
export function withinNode(pathColumn: AnyPgColumn | SQL, nodeId: number | Placeholder): SQL {
  return sql`${pathColumn} @> array[${nodeId}]::integer[]`;
}

/** A listed table whose rows carry their unit's region and municipality (migration 0009). */
export interface UnitPlacedColumns {
  orgUnitId: AnyPgColumn;
  regionId: AnyPgColumn;
  municipalityId: AnyPgColumn;
}

/**
 * "Under this node" on the listed table's own columns, no join: for a node at depth 1 or 2
 * one equality that an index (region or municipality, sort key, id) serves in sort order.
 * At depth 0 (the country) every row is under it: the tree has one root, the seed's
 * country, and every other unit is created under a parent. At depth 3 (an institution,
 * which has no children) the unit itself. A node of unknown depth matches the units of
 * its subtree.
 */
export function underNode(
  columns: UnitPlacedColumns,
  nodeId: number | Placeholder,
  depth?: number,
): SQL {
  if (depth === 0) return sql`true`;
  if (depth === 1) return sql`${columns.regionId} = ${nodeId}`;
  if (depth === 2) return sql`${columns.municipalityId} = ${nodeId}`;
  if (depth === 3) return sql`${columns.orgUnitId} = ${nodeId}`;
  return sql`${columns.orgUnitId} in (select ${orgUnits.id} from ${orgUnits} where ${withinNode(orgUnits.path, nodeId)})`;
}

/** `withinScope` for tables whose rows carry their unit's region and municipality. */
export function placedWithinScope(columns: UnitPlacedColumns, scope: ScopeShape): SQL {
  return underNode(columns, scope.nodeId, scope.path.length - 1);
}

/**
 * `placedWithinScope` for a region or municipality as membership of the row's [region,
 * municipality] pair: the same rows (a unit's id is a region's or a municipality's, never
 * both), in the form only the trigram index of migration 0018 serves, so a search reads the
 * scope's matches from it instead of walking the (region, name) btree past non-matches.
 * Undefined at other depths (the country has no such condition; an institution is small).
 */
export function placedAmongMatches(columns: UnitPlacedColumns, scope: ScopeShape): SQL | undefined {
  const depth = scope.path.length - 1;
  if (depth !== 1 && depth !== 2) return undefined;
  return sql`array[${columns.regionId}, ${columns.municipalityId}] @> array[${scope.nodeId}]::integer[]`;
}
