import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../client';
import type { Scope } from '../scope';
import { type Figures, figureSelect, finishDayAsOf, historyOf, riskRank, unitInScope } from './sql';

type ChildUnit = Figures & {
  id: number;
  name: string;
  level: string;
  code: string;
  latitude: number | null;
  longitude: number | null;
  finishedOn: string | null;
};

type ChildRow = ChildUnit & {
  percent: number | null;
  risk: string | null;
  forecastDate: string | null;
  forecastEarliest: string | null;
  forecastLatest: string | null;
  deadline: string | null;
};

/** The rows of the dashboard's child table: a node's children and their figures for a wave. */
export function childAdoptionQueries(db: Executor, scope: Scope) {
  return {
    /** Children with their current rollup for a wave, the riskiest first. */
    childrenCurrent(nodeId: number, waveId: number) {
      return queryRows<ChildRow>(
        db,
        sql`select u.id, u.name, u.level, u.code, u.latitude, u.longitude, ${figureSelect},
              r.percent, r.risk, to_char(r.forecast_date, 'YYYY-MM-DD') as "forecastDate",
              to_char(r.forecast_earliest, 'YYYY-MM-DD') as "forecastEarliest",
              to_char(r.forecast_latest, 'YYYY-MM-DD') as "forecastLatest",
              to_char(r.deadline, 'YYYY-MM-DD') as deadline,
              to_char(r.finished_on, 'YYYY-MM-DD') as "finishedOn"
            from org_units u join adoption_rollups r on r.org_unit_id = u.id and r.wave_id = ${waveId}
            where u.parent_id = ${nodeId} and u.valid_to is null and ${unitInScope('u', scope)}
            order by ${riskRank}, r.percent nulls first, u.name
            limit 5000`,
      );
    },

    /** Children as they stood at the end of `day`, including units open on that day only. */
    childrenAsOf(nodeId: number, childLevel: string, waveId: number, day: string) {
      return queryRows<ChildUnit>(
        db,
        sql`select u.id, u.name, u.level, u.code, u.latitude, u.longitude, h.*
            from org_units u
            join lateral (
              select ${figureSelect},
                ${finishDayAsOf(historyOf(childLevel), sql`x.org_unit_id`, sql`x.wave_id`, day)} as "finishedOn"
                from ${historyOf(childLevel)} x
               where x.org_unit_id = u.id and x.wave_id = ${waveId} and x.day <= ${day}
               order by x.day desc limit 1
            ) h on true
            where u.parent_id = ${nodeId} and u.valid_from <= ${day}
              and (u.valid_to is null or u.valid_to > ${day}) and ${unitInScope('u', scope)}
            limit 5000`,
      );
    },

    /** How many children of a node are overdue and finished late, per wave (live). */
    childLateCounts(nodeId: number) {
      return queryRows<{ waveId: number; risk: 'overdue' | 'done_late'; count: number }>(
        db,
        sql`select r.wave_id as "waveId", r.risk, count(*)::int as count
            from org_units u join adoption_rollups r on r.org_unit_id = u.id
            where u.parent_id = ${nodeId} and u.valid_to is null and ${unitInScope('u', scope)}
              and r.risk in ('overdue', 'done_late')
            group by r.wave_id, r.risk`,
      );
    },
  };
}
