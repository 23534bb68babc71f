import { addDays, assessmentWindowDays, type SeriesPoint } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../client';
import type { Scope } from '../scope';
import { type Figures, figureSelect, finishDayAsOf, unitInScope } from './sql';

export type InstitutionAsOf = Figures & {
  id: number;
  name: string;
  code: string;
  path: number[];
};

/**
 * Institutions of a subtree as they stood at the end of a past day, for the "overdue and at
 * risk" list of an "as of" view: only those that could be either (a figure to reach, not
 * finished by then), with the history window the domain's assessment reads.
 */
export function worstAsOfQueries(db: Executor, scope: Scope) {
  return {
    /** Unfinished institutions on `day`; `limit + 1` rows tell the caller there are more. */
    unfinishedInstitutionsAsOf(nodeId: number, waveId: number, day: string, limit: number) {
      return queryRows<InstitutionAsOf>(
        db,
        sql`select u.id, u.name, u.code, u.path, h.*
            from org_units u
            join lateral (
              select ${figureSelect},
                ${finishDayAsOf(sql`adoption_snapshots`, sql`x.org_unit_id`, sql`x.wave_id`, day)} as "finishedOn"
                from adoption_snapshots x
               where x.org_unit_id = u.id and x.wave_id = ${waveId} and x.day <= ${day}
               order by x.day desc limit 1
            ) h on true
            where u.level = 'institution' and u.path @> array[${nodeId}]::integer[]
              and u.valid_from <= ${day} and (u.valid_to is null or u.valid_to > ${day})
              and ${unitInScope('u', scope)}
              and h.denominator > 0 and h."finishedOn" is null
            order by h.numerator::float8 / h.denominator, u.name
            limit ${limit + 1}`,
      );
    },

    /** The assessment window ending on `day` of each given institution (see assessmentWindow). */
    async institutionWindows(ids: readonly number[], waveId: number, day: string) {
      const byUnit = new Map<number, SeriesPoint[]>();
      if (ids.length === 0) return byUnit;
      const from = addDays(day, -assessmentWindowDays);
      const list = sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      );
      const rows = await queryRows<SeriesPoint & { unitId: number }>(
        db,
        sql`select org_unit_id as "unitId", to_char(day, 'YYYY-MM-DD') as day, numerator, denominator
            from adoption_snapshots
            where wave_id = ${waveId} and org_unit_id in (${list}) and day > ${from} and day <= ${day}
            union all
            select * from (
              select distinct on (org_unit_id) org_unit_id, to_char(day, 'YYYY-MM-DD'), numerator, denominator
                from adoption_snapshots
               where wave_id = ${waveId} and org_unit_id in (${list}) and day <= ${from}
               order by org_unit_id, day desc) opening
            order by 1, 2`,
      );
      for (const { unitId, ...point } of rows) {
        const points = byUnit.get(unitId) ?? [];
        points.push(point);
        byUnit.set(unitId, points);
      }
      return byUnit;
    },
  };
}
