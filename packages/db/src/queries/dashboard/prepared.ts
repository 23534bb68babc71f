import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '../../client';
import { orgUnits } from '../../schema/index';
import type { DeadlineRecord } from '../deadlines/deadlines';
import { onceFor } from '../once-for';
import { parentName } from '../org-units/org-units';
import { type Scope, withinNode } from '../scope';
import type { WaveRow } from './sql';
import { waveSelect } from './sql';
import {
  childCount,
  liveSummaryStatement,
  pastSummaryStatement,
  scopeNode,
} from './summary-statement';

/** Both drivers parse json columns; a string would mean a driver that does not. */
function parsed<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** A node and a wave in one round trip; built once per executor (see onceFor). */
const nodeWithWaveStatement = onceFor((db) =>
  db
    .select({
      ...getTableColumns(orgUnits),
      childCount,
      parentName,
      withWave: sql<WaveRow | null | string>`(select row_to_json(x) from (
        select ${waveSelect} from waves where id = ${sql.placeholder('waveId')}) x)`,
    })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, sql.placeholder('nodeId')), withinNode(orgUnits.path, scopeNode)))
    .prepare('adoption_node_with_wave'),
);

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
     * figures at the end of `weekAgo` and, for a past day, of `asOf`, and (live) its overdue and late
     * children per wave. Each part answers as the separate queries (`waves`, `current`, `asOf`,
     * `orgUnits.ancestors`, `deadlines.onPath`, `childLateCounts`) do.
     */
    async summary(nodeId: number, days: { asOf: string | null; weekAgo: string }) {
      const statement = days.asOf === null ? liveSummaryStatement(db) : pastSummaryStatement(db);
      const [row] = await statement.execute({
        nodeId,
        scopeNodeId: scope.nodeId,
        weekAgo: days.weekAgo,
        asOf: days.asOf,
      });
      if (!row) return null;
      const {
        summaryAncestors,
        summaryWaves,
        summarySettings,
        summaryLive,
        summaryLateChildren,
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
        lateChildren: parsed(summaryLateChildren),
        past: parsed(summaryPast),
        weekAgo: parsed(summaryWeekAgo),
      };
    },

    /**
     * A node (as `orgUnits.byIds` returns it; null when outside the scope) and a wave (null
     * when there is none) in one round trip, for the child table.
     */
    async nodeWithWave(nodeId: number, waveId: number) {
      const [row] = await nodeWithWaveStatement(db).execute({
        nodeId,
        waveId,
        scopeNodeId: scope.nodeId,
      });
      if (!row) return null;
      const { withWave, ...found } = row;
      return { node: found, wave: parsed(withWave) };
    },
  };
}
