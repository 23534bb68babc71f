import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../client';
import type { RiskTargets } from './risks';

/** Above this many changed nodes a rebuild is cheaper than walking their paths. */
const MAX_INCREMENTAL_NODES = 20_000;

export interface RefreshPlan {
  /** Nodes whose own series must be recomputed (their ancestors' rollups follow). */
  figureNodes: number[];
  /** Risks to reassess besides those of the rollups the figures touch. */
  risks: RiskTargets;
  /** Rebuild everything instead (a new wave, or too many changes). */
  full: boolean;
}

/**
 * Takes the marks left by the triggers since the last refresh. Deleting exactly the rows
 * this transaction sees keeps any mark committed meanwhile for the next run.
 */
export async function takeMarks(tx: Executor): Promise<RefreshPlan> {
  const marks = await queryRows<{
    kind: string;
    org_unit_id: number | null;
    wave_id: number | null;
  }>(
    tx,
    sql`with taken as (delete from adoption_refresh_marks returning kind, org_unit_id, wave_id)
        select kind, org_unit_id, wave_id from taken group by kind, org_unit_id, wave_id`,
  );
  const figureNodes = new Set<number>();
  const risks: RiskTargets = new Map();
  let full = false;
  const waveIds = (await queryRows<{ id: number }>(tx, sql`select id from waves`)).map((w) => w.id);
  for (const mark of marks) {
    if (mark.kind === 'full') full = true;
    else if (mark.kind === 'figures' && mark.org_unit_id !== null)
      figureNodes.add(mark.org_unit_id);
    else if (mark.kind === 'risks') {
      for (const waveId of mark.wave_id === null ? waveIds : [mark.wave_id]) {
        if (mark.org_unit_id === null) risks.set(waveId, null);
        else if (risks.get(waveId) !== null) {
          const subtree = await subtreeOf(tx, mark.org_unit_id);
          risks.set(waveId, [...(risks.get(waveId) ?? []), ...subtree]);
        }
      }
    }
  }
  return {
    figureNodes: [...figureNodes],
    risks,
    full: full || figureNodes.size > MAX_INCREMENTAL_NODES,
  };
}

async function subtreeOf(tx: Executor, nodeId: number) {
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`select id from org_units where path @> array[${nodeId}::int]`,
  );
  return rows.map((row) => row.id);
}

/** Forgets every mark: a rebuild covers them all. */
export async function dropMarks(tx: Executor) {
  await tx.execute(sql`delete from adoption_refresh_marks`);
}
