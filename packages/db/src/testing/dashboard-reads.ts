import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';
import {
  type CurrentRow,
  currentSelect,
  figureSelect,
  finishDayAsOf,
  historyOf,
  type PastFigures,
  unitInScope,
} from '../queries/dashboard/sql';
import type { Scope } from '../queries/scope';

/**
 * The separate reads the dashboard's combined summary query must agree with. Only tests
 * use them: the app reads a node's rows through `adoption.summary`.
 */
export function separateDashboardReads(db: Executor, scope: Scope) {
  return {
    /** The precomputed current row of a node for every wave. */
    current(nodeId: number) {
      return queryRows<CurrentRow>(
        db,
        sql`select ${currentSelect}
            from adoption_rollups r join org_units u on u.id = r.org_unit_id
            where r.org_unit_id = ${nodeId} and ${unitInScope('u', scope)}`,
      );
    },

    /** A node's figures for every wave as they stood at the end of `day`. */
    asOf(nodeId: number, level: string, day: string) {
      return queryRows<PastFigures>(
        db,
        sql`select distinct on (h.wave_id) h.wave_id as "waveId", ${figureSelect},
              ${finishDayAsOf(historyOf(level), sql`h.org_unit_id`, sql`h.wave_id`, day)} as "finishedOn"
            from ${historyOf(level)} h join org_units u on u.id = h.org_unit_id
            where h.org_unit_id = ${nodeId} and h.day <= ${day} and ${unitInScope('u', scope)}
            order by h.wave_id, h.day desc`,
      );
    },
  };
}
