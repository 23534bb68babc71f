import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';
import type { Scope } from './scope';

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

const riskRank = sql.raw(
  `case risk when 'overdue' then 0 when 'at_risk' then 1 when 'on_track' then 2 when 'done' then 3 else 4 end`,
);

/** Adoption figures of nodes the caller can see; callers resolve the node through scope first. */
export function adoptionQueries(db: Executor, scope: Scope) {
  const inScope = (alias: string) =>
    sql`${sql.raw(alias)}.path @> array[${scope.nodeId}]::integer[]`;
  return {
    waves() {
      return queryRows<{
        id: number;
        code: string;
        nameEn: string;
        nameRu: string;
        opensOn: string;
        nationalDeadline: string;
        sortOrder: number;
      }>(
        db,
        sql`select id, code, name_en as "nameEn", name_ru as "nameRu",
              to_char(opens_on, 'YYYY-MM-DD') as "opensOn",
              to_char(national_deadline, 'YYYY-MM-DD') as "nationalDeadline", sort_order as "sortOrder"
            from waves order by sort_order, id`,
      );
    },

    /** The precomputed current row of a node for every wave. */
    current(nodeId: number) {
      return queryRows<
        Figures & {
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
        }
      >(
        db,
        sql`select r.wave_id as "waveId", ${figureSelect}, r.percent, r.risk,
              r.forecast_status as "forecastStatus", to_char(r.forecast_date, 'YYYY-MM-DD') as "forecastDate",
              to_char(r.forecast_earliest, 'YYYY-MM-DD') as "forecastEarliest",
              to_char(r.forecast_latest, 'YYYY-MM-DD') as "forecastLatest",
              to_char(r.deadline, 'YYYY-MM-DD') as deadline,
              to_char(r.computed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "computedAt"
            from adoption_rollups r join org_units u on u.id = r.org_unit_id
            where r.org_unit_id = ${nodeId} and ${inScope('u')}`,
      );
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
      return queryRows<
        Figures & {
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
        }
      >(
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
