import type { Role } from '@cutover/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The caller's reach, always loaded from the database, never from the request. */
export interface Scope {
  userId: number;
  login: string;
  role: Role;
  nodeId: number;
  /** Path of the scope node, root first, inclusive. */
  path: readonly number[];
}

/**
 * A row is in scope when the scope node is one of the segments of the row's path.
 * Paths are tree paths, so membership of the id is exactly "inside the subtree".
 */
export function withinScope(pathColumn: AnyPgColumn | SQL, scope: Scope): SQL {
  return sql`${pathColumn} @> array[${scope.nodeId}]::integer[]`;
}

export function withinNode(pathColumn: AnyPgColumn | SQL, nodeId: number): SQL {
  return sql`${pathColumn} @> array[${nodeId}]::integer[]`;
}
