import type { OrgLevel } from '@cutover/domain';
import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { orgUnits } from '../../schema/index';
import type { DeadlineRecord } from '../deadlines/deadlines';
import { parentName } from '../org-units/org-units';
import { type Scope, withinScope } from '../scope';
import {
  type CurrentRow,
  currentSelect,
  figureSelect,
  finishDayAsOf,
  type PastFigures,
  unitInScope,
  type WaveRow,
  waveSelect,
} from './sql';

/** The node row of the summary query, referenced from its subqueries (Drizzle leaves it unqualified). */
const node = (column: string) => sql.raw(`"org_units"."${column}"`);

/** As `orgUnitQueries().byIds` reads a node: every column and its open children. */
const childCount =
  sql<number>`(select count(*)::int from ${orgUnits} c where c.parent_id = "org_units"."id" and c.valid_to is null)`.as(
    'child_count',
  );

/** A JSON array of the rows of `query` ('[]' when none), in the order of `orderBy`. */
function jsonRows(query: SQL, orderBy: SQL): SQL {
  return sql`(select coalesce(json_agg(x order by ${orderBy}), '[]'::json) from (${query}) x)`;
}

/** Both drivers parse json columns; a string would mean a driver that does not. */
function parsed<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/**
 * The summary node's figures for every wave as they stood at the end of `day`: per wave the
 * latest stored row on or before it, one backward step of the primary key each.
 */
function historyAt(day: string): SQL {
  const latest = (table: SQL, institution: boolean) =>
    sql`(select ${figureSelect}, ${finishDayAsOf(table, sql`h.org_unit_id`, sql`h.wave_id`, day)} as "finishedOn"
          from ${table} h
          where ${institution ? sql`` : sql`not`} (${node('level')} = 'institution')
            and h.org_unit_id = ${node('id')} and h.wave_id = w.id and h.day <= ${day}
          order by h.day desc limit 1)`;
  return jsonRows(
    sql`select w.id as "waveId", f.* from waves w cross join lateral (
          ${latest(sql`adoption_snapshots`, true)} union all ${latest(sql`adoption_subtree_history`, false)}
        ) f`,
    sql`x."waveId"`,
  );
}

interface SummaryAncestor {
  id: number;
  name: string;
  level: OrgLevel;
  path: number[];
}

/**
 * The dashboard's reads that each take one round trip, as named prepared statements:
 * PostgreSQL parses and plans their text once per connection, not per request.
 */
export function preparedAdoptionReads(db: Executor, scope: Scope) {
  return {
    /**
     * Everything the dashboard summary of a node reads, in one round trip: the node (as
     * `orgUnits.byIds` returns it; null when outside the scope), its visible ancestors, the
     * waves, the deadline settings on its path, its current rollups (live views) and its
     * figures at the end of `weekAgo` and, for a past day, of `asOf`. Each part answers as the separate
     * queries (`waves`, `current`, `asOf`, `orgUnits.ancestors`, `deadlines.onPath`) do.
     */
    async summary(nodeId: number, days: { asOf: string | null; weekAgo: string }) {
      const [row] = await db
        .select({
          ...getTableColumns(orgUnits),
          childCount,
          parentName,
          summaryAncestors: sql<SummaryAncestor[] | string>`${jsonRows(
            sql`select a.id, a.name, a.level, a.path from org_units a
                 where a.id = any(${node('path')}) and a.id <> ${node('id')}
                   and ${unitInScope('a', scope)}`,
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
            days.asOf !== null
              ? sql`'[]'::json`
              : jsonRows(
                  sql`select ${currentSelect} from adoption_rollups r
                       where r.org_unit_id = ${node('id')}`,
                  sql`x."waveId"`,
                )
          }`,
          summaryPast: sql<PastFigures[] | string>`${
            days.asOf === null ? sql`'[]'::json` : historyAt(days.asOf)
          }`,
          summaryWeekAgo: sql<PastFigures[] | string>`${historyAt(days.weekAgo)}`,
        })
        .from(orgUnits)
        .where(and(eq(orgUnits.id, nodeId), withinScope(orgUnits.path, scope)))
        .prepare(days.asOf === null ? 'adoption_summary_live' : 'adoption_summary_past')
        .execute();
      if (!row) return null;
      const {
        summaryAncestors,
        summaryWaves,
        summarySettings,
        summaryLive,
        summaryPast,
        summaryWeekAgo,
        ...found
      } = row;
      return {
        node: found,
        ancestors: parsed(summaryAncestors),
        waves: parsed(summaryWaves),
        settings: parsed(summarySettings).map(
          (setting): DeadlineRecord => ({ ...setting, setAt: new Date(setting.setAt) }),
        ),
        live: parsed(summaryLive),
        past: parsed(summaryPast),
        weekAgo: parsed(summaryWeekAgo),
      };
    },

    /**
     * A node (as `orgUnits.byIds` returns it; null when outside the scope) and a wave (null
     * when there is none) in one round trip, for the child table.
     */
    async nodeWithWave(nodeId: number, waveId: number) {
      const [row] = await db
        .select({
          ...getTableColumns(orgUnits),
          childCount,
          parentName,
          withWave: sql<WaveRow | null | string>`(select row_to_json(x) from (
            select ${waveSelect} from waves where id = ${waveId}) x)`,
        })
        .from(orgUnits)
        .where(and(eq(orgUnits.id, nodeId), withinScope(orgUnits.path, scope)))
        .prepare('adoption_node_with_wave')
        .execute();
      if (!row) return null;
      const { withWave, ...found } = row;
      return { node: found, wave: parsed(withWave) };
    },
  };
}
