import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../client';
import type { Scope } from '../scope';
import { childAdoptionQueries } from './children';
import { preparedAdoptionReads } from './prepared';
import { historyOf, riskRank, unitInScope, type WaveRow, waveSelect } from './sql';
import { worstAsOfQueries } from './worst-as-of';

export type { CurrentRow, Figures, WaveRow } from './sql';

/** Adoption figures of nodes the caller can see; callers resolve the node through scope first. */
export function adoptionQueries(db: Executor, scope: Scope) {
  return {
    ...preparedAdoptionReads(db, scope),
    ...childAdoptionQueries(db, scope),
    ...worstAsOfQueries(db, scope),

    waves() {
      return queryRows<WaveRow>(db, sql`select ${waveSelect} from waves order by sort_order, id`);
    },

    /** The daily series of a node and wave up to `day`, for the burn-up chart. */
    series(nodeId: number, level: string, waveId: number, day: string) {
      return queryRows<{ day: string; numerator: number; denominator: number }>(
        db,
        sql`select to_char(h.day, 'YYYY-MM-DD') as day, h.numerator, h.denominator
            from ${historyOf(level)} h join org_units u on u.id = h.org_unit_id
            where h.org_unit_id = ${nodeId} and h.wave_id = ${waveId} and h.day <= ${day} and ${unitInScope('u', scope)}
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
        forecastEarliest: string | null;
        forecastLatest: string | null;
        deadline: string | null;
        path: number[];
      }>(
        db,
        sql`select u.id, u.name, u.code, r.percent, r.risk, u.path,
              to_char(r.forecast_date, 'YYYY-MM-DD') as "forecastDate",
              to_char(r.forecast_earliest, 'YYYY-MM-DD') as "forecastEarliest",
              to_char(r.forecast_latest, 'YYYY-MM-DD') as "forecastLatest", to_char(r.deadline, 'YYYY-MM-DD') as deadline
            from adoption_rollups r join org_units u on u.id = r.org_unit_id
            where r.wave_id = ${waveId} and r.risk in ('overdue', 'at_risk') and u.level = 'institution'
              and u.valid_to is null and u.path @> array[${nodeId}]::integer[] and ${unitInScope('u', scope)}
            order by ${riskRank}, r.percent nulls first
            limit ${limit}`,
      );
    },
  };
}
export type AdoptionQueries = ReturnType<typeof adoptionQueries>;
