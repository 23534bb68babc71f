import type { OrgLevel } from '@cutover/domain';
import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';
import { orgUnits } from '../schema/index';
import type { DeadlineRecord } from './deadlines';
import { type Scope, withinScope } from './scope';

export interface Figures {
  numerator: number;
  denominator: number;
  invited: number;
  registered: number;
  active: number;
  chatsMigrated: number;
  chatsLegacyClosed: number;
  parentsJoined: number;
}

const figureSelect = sql.raw(`numerator, denominator, invited, registered, active,
  chats_migrated as "chatsMigrated", chats_legacy_closed as "chatsLegacyClosed",
  parents_joined as "parentsJoined"`);

/** Institutions keep their own series; every other node the totals of its subtree. */
function historyOf(level: string): SQL {
  return level === 'institution' ? sql`adoption_snapshots` : sql`adoption_subtree_history`;
}

export interface WaveRow {
  id: number;
  code: string;
  nameEn: string;
  nameRu: string;
  opensOn: string;
  nationalDeadline: string;
  sortOrder: number;
}

export type CurrentRow = Figures & {
  waveId: number;
  percent: number | null;
  risk: string | null;
  forecastStatus: string | null;
  forecastDate: string | null;
  forecastEarliest: string | null;
  forecastLatest: string | null;
  deadline: string | null;
  /** ISO 8601 text: raw queries bypass Drizzle's column mapping. */
  computedAt: string;
};

const waveSelect = sql.raw(`id, code, name_en as "nameEn", name_ru as "nameRu",
  to_char(opens_on, 'YYYY-MM-DD') as "opensOn",
  to_char(national_deadline, 'YYYY-MM-DD') as "nationalDeadline", sort_order as "sortOrder"`);

const currentSelect = sql.raw(`r.wave_id as "waveId", numerator, denominator, invited, registered,
  active, chats_migrated as "chatsMigrated", chats_legacy_closed as "chatsLegacyClosed",
  parents_joined as "parentsJoined", r.percent, r.risk,
  r.forecast_status as "forecastStatus", to_char(r.forecast_date, 'YYYY-MM-DD') as "forecastDate",
  to_char(r.forecast_earliest, 'YYYY-MM-DD') as "forecastEarliest",
  to_char(r.forecast_latest, 'YYYY-MM-DD') as "forecastLatest",
  to_char(r.deadline, 'YYYY-MM-DD') as deadline,
  to_char(r.computed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "computedAt"`);

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
    sql`(select ${figureSelect} from ${table} h
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

const riskRank = sql.raw(
  `case risk when 'overdue' then 0 when 'at_risk' then 1 when 'on_track' then 2 when 'done' then 3 else 4 end`,
);

type ChildRow = Figures & {
  id: number;
  name: string;
  level: string;
  code: string;
  latitude: number | null;
  longitude: number | null;
  percent: number | null;
  risk: string | null;
  forecastDate: string | null;
  deadline: string | null;
};

interface SummaryAncestor {
  id: number;
  name: string;
  level: OrgLevel;
  path: number[];
}

/** Adoption figures of nodes the caller can see; callers resolve the node through scope first. */
export function adoptionQueries(db: Executor, scope: Scope) {
  const inScope = (alias: string) =>
    sql`${sql.raw(alias)}.path @> array[${scope.nodeId}]::integer[]`;
  return {
    waves() {
      return queryRows<WaveRow>(db, sql`select ${waveSelect} from waves order by sort_order, id`);
    },

    /** The precomputed current row of a node for every wave. */
    current(nodeId: number) {
      return queryRows<CurrentRow>(
        db,
        sql`select ${currentSelect}
            from adoption_rollups r join org_units u on u.id = r.org_unit_id
            where r.org_unit_id = ${nodeId} and ${inScope('u')}`,
      );
    },

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
          summaryAncestors: sql<SummaryAncestor[] | string>`${jsonRows(
            sql`select a.id, a.name, a.level, a.path from org_units a
                 where a.id = any(${node('path')}) and a.id <> ${node('id')}
                   and ${inScope('a')}`,
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
          summaryPast: sql<(Figures & { waveId: number })[] | string>`${
            days.asOf === null ? sql`'[]'::json` : historyAt(days.asOf)
          }`,
          summaryWeekAgo: sql<
            (Figures & { waveId: number })[] | string
          >`${historyAt(days.weekAgo)}`,
        })
        .from(orgUnits)
        .where(and(eq(orgUnits.id, nodeId), withinScope(orgUnits.path, scope)))
        // Named: PostgreSQL parses and plans this text once per connection, not per request.
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

    /** A node's figures for every wave as they stood at the end of `day`. */
    asOf(nodeId: number, level: string, day: string) {
      return queryRows<Figures & { waveId: number }>(
        db,
        sql`select distinct on (h.wave_id) h.wave_id as "waveId", ${figureSelect}
            from ${historyOf(level)} h join org_units u on u.id = h.org_unit_id
            where h.org_unit_id = ${nodeId} and h.day <= ${day} and ${inScope('u')}
            order by h.wave_id, h.day desc`,
      );
    },

    /** Children with their current rollup for a wave, the riskiest first. */
    childrenCurrent(nodeId: number, waveId: number) {
      return queryRows<ChildRow>(
        db,
        sql`select u.id, u.name, u.level, u.code, u.latitude, u.longitude, ${figureSelect},
              r.percent, r.risk, to_char(r.forecast_date, 'YYYY-MM-DD') as "forecastDate",
              to_char(r.deadline, 'YYYY-MM-DD') as deadline
            from org_units u join adoption_rollups r on r.org_unit_id = u.id and r.wave_id = ${waveId}
            where u.parent_id = ${nodeId} and u.valid_to is null and ${inScope('u')}
            order by ${riskRank}, r.percent nulls first, u.name
            limit 5000`,
      );
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
          withWave: sql<WaveRow | null | string>`(select row_to_json(x) from (
            select ${waveSelect} from waves where id = ${waveId}) x)`,
        })
        .from(orgUnits)
        .where(and(eq(orgUnits.id, nodeId), withinScope(orgUnits.path, scope)))
        // Named: PostgreSQL parses and plans this text once per connection, not per request.
        .prepare('adoption_node_with_wave')
        .execute();
      if (!row) return null;
      const { withWave, ...found } = row;
      return { node: found, wave: parsed(withWave) };
    },

    /** Children as they stood at the end of `day`, including units open on that day only. */
    childrenAsOf(nodeId: number, childLevel: string, waveId: number, day: string) {
      return queryRows<
        Figures & {
          id: number;
          name: string;
          level: string;
          code: string;
          latitude: number | null;
          longitude: number | null;
        }
      >(
        db,
        sql`select u.id, u.name, u.level, u.code, u.latitude, u.longitude, h.*
            from org_units u
            join lateral (
              select ${figureSelect} from ${historyOf(childLevel)} x
               where x.org_unit_id = u.id and x.wave_id = ${waveId} and x.day <= ${day}
               order by x.day desc limit 1
            ) h on true
            where u.parent_id = ${nodeId} and u.valid_from <= ${day}
              and (u.valid_to is null or u.valid_to > ${day}) and ${inScope('u')}
            limit 5000`,
      );
    },

    /** The daily series of a node and wave up to `day`, for the burn-up chart. */
    series(nodeId: number, level: string, waveId: number, day: string) {
      return queryRows<{ day: string; numerator: number; denominator: number }>(
        db,
        sql`select to_char(h.day, 'YYYY-MM-DD') as day, h.numerator, h.denominator
            from ${historyOf(level)} h join org_units u on u.id = h.org_unit_id
            where h.org_unit_id = ${nodeId} and h.wave_id = ${waveId} and h.day <= ${day} and ${inScope('u')}
            order by h.day`,
      );
    },

    /** Institutions of the subtree in the worst shape for a wave (overdue, then at risk). */
    worstInstitutions(nodeId: number, waveId: number, limit: number) {
      return queryRows<{
        id: number;
        name: string;
        code: string;
        percent: number | null;
        risk: string;
        forecastDate: string | null;
        deadline: string | null;
        path: number[];
      }>(
        db,
        sql`select u.id, u.name, u.code, r.percent, r.risk, u.path,
              to_char(r.forecast_date, 'YYYY-MM-DD') as "forecastDate", to_char(r.deadline, 'YYYY-MM-DD') as deadline
            from adoption_rollups r join org_units u on u.id = r.org_unit_id
            where r.wave_id = ${waveId} and r.risk in ('overdue', 'at_risk') and u.level = 'institution'
              and u.valid_to is null and u.path @> array[${nodeId}]::integer[] and ${inScope('u')}
            order by ${riskRank}, r.percent nulls first
            limit ${limit}`,
      );
    },
  };
}
export type AdoptionQueries = ReturnType<typeof adoptionQueries>;
