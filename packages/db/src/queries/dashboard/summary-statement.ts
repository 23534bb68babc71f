import type { OrgLevel } from '@cutover/domain';
import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { orgUnits } from '../../schema/index';
import type { DeadlineRecord } from '../deadlines/deadlines';
import { onceFor } from '../once-for';
import { parentName } from '../org-units/org-units';
import { withinNode } from '../scope';
import {
  type CurrentRow,
  currentSelect,
  figureSelect,
  finishDayAsOf,
  type PastFigures,
  type WaveRow,
  waveSelect,
} from './sql';

/** The node row of the summary query, referenced from its subqueries (Drizzle leaves it unqualified). */
export const node = (column: string) => sql.raw(`"org_units"."${column}"`);

/** As `orgUnitQueries().byIds` reads a node: every column and its open children. */
export const childCount =
  sql<number>`(select count(*)::int from ${orgUnits} c where c.parent_id = "org_units"."id" and c.valid_to is null)`.as(
    'child_count',
  );

/** The caller's scope node: one statement text serves every caller. */
export const scopeNode = sql.placeholder('scopeNodeId');

/** A JSON array of the rows of `query` ('[]' when none), in the order of `orderBy`. */
function jsonRows(query: SQL, orderBy: SQL): SQL {
  return sql`(select coalesce(json_agg(x order by ${orderBy}), '[]'::json) from (${query}) x)`;
}

/**
 * The summary node's figures for every wave as they stood at the end of the day given by
 * the placeholder `day`: per wave the latest stored row on or before it, one backward step
 * of the primary key each.
 */
function historyAt(day: 'asOf' | 'weekAgo'): SQL {
  const on = sql.placeholder(day);
  const latest = (table: SQL, institution: boolean) =>
    sql`(select ${figureSelect}, ${finishDayAsOf(table, sql`h.org_unit_id`, sql`h.wave_id`, on)} as "finishedOn"
          from ${table} h
          where ${institution ? sql`` : sql`not`} (${node('level')} = 'institution')
            and h.org_unit_id = ${node('id')} and h.wave_id = w.id and h.day <= ${on}
          order by h.day desc limit 1)`;
  return jsonRows(
    sql`select w.id as "waveId", f.* from waves w cross join lateral (
          ${latest(sql`adoption_snapshots`, true)} union all ${latest(sql`adoption_subtree_history`, false)}
        ) f`,
    sql`x."waveId"`,
  );
}

export interface SummaryAncestor {
  id: number;
  name: string;
  level: OrgLevel;
  path: number[];
}

export interface LateChildCount {
  waveId: number;
  risk: 'overdue' | 'done_late';
  count: number;
}

/**
 * Everything the dashboard summary of a node reads, as one statement built once per
 * executor (and variant) with placeholders, so neither Drizzle nor PostgreSQL rebuilds it
 * per request. Placeholders: nodeId, scopeNodeId, weekAgo and, for a past day, asOf.
 */
function summaryStatement(db: Executor, live: boolean) {
  return db
    .select({
      ...getTableColumns(orgUnits),
      childCount,
      parentName,
      summaryAncestors: sql<SummaryAncestor[] | string>`${jsonRows(
        sql`select a.id, a.name, a.level, a.path from org_units a
             where a.id = any(${node('path')}) and a.id <> ${node('id')}
               and ${withinNode(sql.raw('a.path'), scopeNode)}`,
        sql`cardinality(x.path)`,
      )}`,
      summaryWaves: sql<WaveRow[] | string>`${jsonRows(
        sql`select ${waveSelect} from waves`,
        sql`x."sortOrder", x.id`,
      )}`,
      summarySettings: sql<
        (Omit<DeadlineRecord, 'setAt'> & { setAt: string })[] | string
      >`${jsonRows(
        sql`select d.id, d.org_unit_id as "orgUnitId", d.wave_id as "waveId",
               to_char(d.deadline, 'YYYY-MM-DD') as deadline, d.reason,
               d.set_by_user_id as "setByUserId",
               to_char(d.set_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "setAt",
               d.version, o.name as "orgUnitName", o.level as "orgUnitLevel",
               o.path as "orgUnitPath", w.code as "waveCode", us.login as "setByLogin"
              from deadlines d
              join org_units o on o.id = d.org_unit_id
              join waves w on w.id = d.wave_id
              left join users us on us.id = d.set_by_user_id
             where d.org_unit_id = any(${node('path')})`,
        sql`x.id`,
      )}`,
      summaryLive: sql<CurrentRow[] | string>`${
        live
          ? jsonRows(
              sql`select ${currentSelect} from adoption_rollups r
                   where r.org_unit_id = ${node('id')}`,
              sql`x."waveId"`,
            )
          : sql`'[]'::json`
      }`,
      // As `childLateCounts` counts them: a live card's overdue and late children. The scope
      // test is written so no plan reaches for the path index: in the generic plan of this
      // prepared statement that index would match the whole country, where the children
      // found by parent are a handful.
      summaryLateChildren: sql<LateChildCount[] | string>`${
        live
          ? jsonRows(
              sql`select r.wave_id as "waveId", r.risk, count(*)::int as count
                    from org_units u join adoption_rollups r on r.org_unit_id = u.id
                   where u.parent_id = ${node('id')} and u.valid_to is null
                     and ${scopeNode}::integer = any(u.path)
                     and r.risk in ('overdue', 'done_late')
                   group by r.wave_id, r.risk`,
              sql`x."waveId", x.risk`,
            )
          : sql`'[]'::json`
      }`,
      summaryPast: sql<PastFigures[] | string>`${live ? sql`'[]'::json` : historyAt('asOf')}`,
      summaryWeekAgo: sql<PastFigures[] | string>`${historyAt('weekAgo')}`,
    })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, sql.placeholder('nodeId')), withinNode(orgUnits.path, scopeNode)))
    .prepare(live ? 'adoption_summary_live' : 'adoption_summary_past');
}

export const liveSummaryStatement = onceFor((db) => summaryStatement(db, true));
export const pastSummaryStatement = onceFor((db) => summaryStatement(db, false));
