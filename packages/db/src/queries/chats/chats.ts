import {
  type ChatStatus,
  chatKindValues,
  chatStatusValues,
  type ListParams,
  legacyPlatformValues,
} from '@cutover/domain';
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { officialChats, orgUnits } from '../../schema/index';
import type { AuditActor } from '../audit-log/audit';
import { idIn, runBulkChange } from '../bulk-change';
import { enumFilter, idFilter, nameSearchPattern, textFilter } from '../list';
import { countedTotal, scopeIsCounted } from '../list-counts';
import { exactListTotal, type ListPageQuery, listPage } from '../list-page';
import {
  placedWithinScope,
  type Scope,
  type ScopeShape,
  scopeShape,
  underNode,
  withinScope,
} from '../scope';

// The region and municipality a row carries serve scope filters; readers get the unit's path.
const {
  regionId: _region,
  municipalityId: _municipality,
  ...chatColumns
} = getTableColumns(officialChats);

export const chatSortable = {
  id: officialChats.id,
  title: officialChats.title,
  classLabel: officialChats.classLabel,
  kind: officialChats.kind,
  status: officialChats.status,
  legacyPlatform: officialChats.legacyPlatform,
  parentsExpected: officialChats.parentsExpected,
  parentsJoined: officialChats.parentsJoined,
  migratedAt: officialChats.migratedAt,
  orgUnitName: orgUnits.name,
};

/** The list's filter, shared with the bulk status change so "select all" means the list. */
export function chatListFilters(filter: ListParams['filter'], scope: ScopeShape): SQL[] {
  const conditions: SQL[] = [placedWithinScope(officialChats, scope)];
  const within = idFilter(filter.withinId);
  if (within) conditions.push(underNode(officialChats, within));
  const orgUnitId = idFilter(filter.orgUnitId);
  if (orgUnitId) conditions.push(eq(officialChats.orgUnitId, orgUnitId));
  const kinds = enumFilter(filter.kind, chatKindValues);
  if (kinds) conditions.push(inArray(officialChats.kind, kinds));
  const statuses = enumFilter(filter.status, chatStatusValues);
  if (statuses) conditions.push(inArray(officialChats.status, statuses));
  const platforms = enumFilter(filter.legacyPlatform, legacyPlatformValues);
  if (platforms) conditions.push(inArray(officialChats.legacyPlatform, platforms));
  const q = textFilter(filter.q);
  if (q) {
    const pattern = nameSearchPattern(q);
    conditions.push(
      sql`(lower(${officialChats.title}) like ${pattern} or lower(${officialChats.classLabel}) like ${pattern})`,
    );
  }
  return conditions;
}

const CHAT_SORT_UP_TO = 10_000;
/**
 * Titles walked for a page among more matches before they are read and sorted. National
 * seed, country scope: a walk of 40,000 that misses costs ~0.15 s more than one of 20,000,
 * but "ученик" (733,600 matches, its first page 34,348 titles in) is met in 0.2 s instead of
 * sorting them all (0.8 s).
 */
const CHAT_WALK_UP_TO = 40_000;

/** The list's total, as for staff (see staffTotal). */
function chatTotal(filter: ListParams['filter'], scope: ScopeShape): ListPageQuery<never>['total'] {
  if (!scopeIsCounted(scope)) return { cap: 'inline' };
  const narrowed =
    idFilter(filter.orgUnitId) ??
    enumFilter(filter.kind, chatKindValues) ??
    enumFilter(filter.legacyPlatform, legacyPlatformValues) ??
    textFilter(filter.q);
  // A title search's matches can all sort late (1,155 chats with "петров" behind 1.88M
  // titles walked, 10 s): up to CHAT_SORT_UP_TO matches are read by the trigram indexes
  // and sorted (a few ms) instead of walking the title index. More can sit late too
  // (95,372 with "класс", behind 1.87M titles: 4.8 s): the walk stops at CHAT_WALK_UP_TO.
  if (narrowed !== undefined) {
    const walk = { upTo: CHAT_WALK_UP_TO, within: [placedWithinScope(officialChats, scope)] };
    return { cap: 'first', sortUpTo: CHAT_SORT_UP_TO, walk };
  }
  const withinId = idFilter(filter.withinId);
  const statuses = enumFilter(filter.status, chatStatusValues);
  return { cap: 'first', counted: countedTotal({ list: 'chats', scope, withinId, statuses }) };
}

/** A migrated chat keeps the day it moved; a closed legacy chat the day it closed. */
function statusStamps(status: ChatStatus) {
  const migrated = status === 'migrated' || status === 'legacy_closed';
  return {
    migratedAt: migrated ? sql`coalesce(${officialChats.migratedAt}, now())` : null,
    legacyClosedAt:
      status === 'legacy_closed' ? sql`coalesce(${officialChats.legacyClosedAt}, now())` : null,
  };
}

export type ChatChanges = Partial<
  Pick<
    typeof officialChats.$inferInsert,
    | 'kind'
    | 'classLabel'
    | 'title'
    | 'legacyPlatform'
    | 'status'
    | 'parentsExpected'
    | 'parentsJoined'
  >
>;

export function chatQueries(db: Executor, scope: Scope, actor: AuditActor) {
  const columns = {
    ...chatColumns,
    orgUnitName: orgUnits.name,
    orgUnitPath: orgUnits.path,
  };
  const from = () =>
    db
      .select(columns)
      .from(officialChats)
      .innerJoin(orgUnits, eq(orgUnits.id, officialChats.orgUnitId));
  const base = {
    table: officialChats,
    id: officialChats.id,
    orgUnitId: officialChats.orgUnitId,
    columns,
    filtersOnOwnColumns: true,
    sortable: chatSortable,
    defaultSort: 'title',
  };
  const listQuery = (filter: ListParams['filter']) => {
    const filters = chatListFilters(filter, scope);
    const query = { ...base, filters, total: chatTotal(filter, scope) };
    // Only the scope filters: the common request, read through a statement prepared per shape.
    if (filters.length > 1) return query;
    const depth = Math.min(scope.path.length - 1, 3);
    const shaped = scopeShape(scope);
    const prepared = {
      key: `chats_d${depth}`,
      values: { node: scope.nodeId },
      query: () => ({
        ...base,
        filters: chatListFilters({}, shaped),
        total: chatTotal({}, shaped),
      }),
    };
    return { ...query, prepared };
  };
  return {
    list(params: ListParams) {
      return listPage(db, params, listQuery(params.filter));
    },

    /** The exact number of chats under the list's filter, however many. */
    count(filter: ListParams['filter']) {
      return exactListTotal(db, listQuery(filter));
    },

    async byIds(ids: readonly number[]) {
      if (ids.length === 0) return [];
      return from().where(and(idIn(officialChats.id, ids), withinScope(orgUnits.path, scope)));
    },

    async update(id: number, version: number, changes: ChatChanges) {
      const stamps = changes.status ? statusStamps(changes.status) : {};
      const [row] = await db
        .update(officialChats)
        .set({
          ...changes,
          ...stamps,
          version: sql`${officialChats.version} + 1`,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(officialChats.id, id),
            eq(officialChats.version, version),
            sql`exists (select 1 from ${orgUnits} where ${orgUnits.id} = ${officialChats.orgUnitId} and ${withinScope(orgUnits.path, scope)})`,
          ),
        )
        .returning({ id: officialChats.id, version: officialChats.version });
      return row ?? null;
    },

    /** Number of chats changed (or, on a dry run, that would change). */
    bulkStatus(
      status: ChatStatus,
      selection: { ids?: readonly number[] | undefined; filter?: ListParams['filter'] | undefined },
      dryRun: boolean,
    ) {
      const chosen = selection.ids
        ? [withinScope(orgUnits.path, scope), idIn(officialChats.id, selection.ids)]
        : chatListFilters(selection.filter ?? {}, scope);
      const stamps = statusStamps(status);
      const target = sql`
        select ${officialChats.id}, ${officialChats.status}, ${orgUnits.path}
          from ${officialChats} inner join ${orgUnits} on ${orgUnits.id} = ${officialChats.orgUnitId}
         where ${sql.join([...chosen, sql`${officialChats.status} <> ${status}`], sql` and `)}`;
      return runBulkChange(
        db,
        actor,
        {
          table: 'official_chats',
          target,
          lockOf: sql`of ${officialChats}`,
          set: sql`status = ${status}, migrated_at = ${stamps.migratedAt},
                   legacy_closed_at = ${stamps.legacyClosedAt}`,
          action: 'chat.status',
          entityType: 'chat',
          before: sql`jsonb_build_object('status', target.status)`,
          after: sql`jsonb_build_object('status', ${officialChats.status}, 'migratedAt', ${officialChats.migratedAt}, 'legacyClosedAt', ${officialChats.legacyClosedAt}, 'bulk', true)`,
        },
        dryRun,
      );
    },
  };
}
export type ChatQueries = ReturnType<typeof chatQueries>;
export type ChatRecord = Awaited<ReturnType<ChatQueries['byIds']>>[number];
