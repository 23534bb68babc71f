import { sql } from 'drizzle-orm';
import { type Db, type Executor, queryRows } from '../client';
import { snapshotDay, subtreeDay } from './day-rows';
import { dropMarks, takeMarks } from './marks';
import { computeRisksOf, type RiskTargets } from './risks';
import { REBUILD_SUBTREE_HISTORY_SQL } from './rollup-sql';
import { syncAllRollups, syncRollupsAbove } from './rollups';

const REFRESH_LOCK = 7270031;

export interface RefreshReport {
  day: string;
  mode: 'full' | 'incremental';
  seconds: number;
  /** Rollups whose risk and forecast were reassessed. */
  rollups: number;
  /** Nodes whose own figures were recomputed (every node on a rebuild). */
  changedNodes: number | null;
  /** Rows inserted, updated or deleted in snapshots, rollups, subtree history and risks. */
  rowsWritten: number;
  /** Seconds per step: snapshots, rollups, history, risks. */
  steps: Record<string, number>;
}

/** Runs the steps in order, timing each. */
function stepTimer() {
  const steps: Record<string, number> = {};
  return {
    steps,
    async time<T>(name: string, step: () => Promise<T>): Promise<T> {
      const started = performance.now();
      const result = await step();
      steps[name] = Math.round(performance.now() - started) / 1000;
      return result;
    },
  };
}

export interface RefreshOptions {
  /** Rebuild everything even when the marks say what changed. */
  full?: boolean;
}

/**
 * The adoption job, idempotent for a day: today's snapshot of the live figures, the rollups
 * of every node, today's subtree history, and the forecasts and risks. It reads what the
 * triggers marked as changed since its last run and recomputes only those nodes and their
 * ancestors; it rebuilds everything on its first run, for an earlier day than its last, after
 * a new wave, or on request. Either way it writes only rows whose values changed. Instances
 * racing for it skip while another holds the lock.
 */
export async function refreshAdoption(
  db: Db,
  day: string,
  options: RefreshOptions = {},
): Promise<RefreshReport | null> {
  const started = performance.now();
  return db.transaction(async (tx) => {
    const locked = await tx.execute(sql`select pg_try_advisory_xact_lock(${REFRESH_LOCK}) as ok`);
    if (!(locked as unknown as { rows: { ok: boolean }[] }).rows[0]?.ok) return null;
    const [state] = await queryRows<{ day: string }>(
      tx,
      sql`select to_char(day, 'YYYY-MM-DD') as day from adoption_refresh_state where id = 1`,
    );
    const plan = await takeMarks(tx);
    const full = options.full || plan.full || !state || state.day > day;
    const outcome = full ? await rebuild(tx, day) : await update(tx, day, state.day, plan);
    await tx.execute(sql`
      insert into adoption_refresh_state (id, day, refreshed_at, rebuilt_at)
      values (1, ${day}, now(), now())
      on conflict (id) do update set day = excluded.day, refreshed_at = excluded.refreshed_at,
        rebuilt_at = ${full ? sql`excluded.rebuilt_at` : sql`adoption_refresh_state.rebuilt_at`}`);
    return {
      day,
      mode: full ? 'full' : 'incremental',
      seconds: (performance.now() - started) / 1000,
      ...outcome,
    };
  });
}

async function rebuild(tx: Executor, day: string) {
  const { steps, time } = stepTimer();
  await dropMarks(tx);
  const snapshots = await time('snapshots', () => snapshotDay(tx, day, null));
  const rollups = await time('rollups', () => syncAllRollups(tx));
  const history = await time('history', () => subtreeDay(tx, day, null));
  const waves = await queryRows<{ id: number }>(tx, sql`select id from waves`);
  const all = new Map(waves.map((w) => [w.id, null]));
  const risks = await time('risks', () => computeRisksOf(tx, day, all));
  return {
    steps,
    rollups: risks.assessed,
    changedNodes: null,
    rowsWritten: sum(snapshots, rollups, history) + risks.written,
  };
}

/**
 * Recomputes the marked nodes' series, then the rollups and subtree history on their paths,
 * then the risks of those rollups and of any subtree whose deadline changed. A new day since
 * the last run reassesses every risk (forecasts count days), still writing only changes.
 */
async function update(
  tx: Executor,
  day: string,
  lastDay: string,
  plan: Awaited<ReturnType<typeof takeMarks>>,
) {
  const { steps, time } = stepTimer();
  const snapshots = await time('snapshots', () => snapshotDay(tx, day, plan.figureNodes));
  const { report: rollups, ancestors } = await time('rollups', () =>
    syncRollupsAbove(tx, plan.figureNodes),
  );
  const history = await time('history', () => subtreeDay(tx, day, ancestors));
  const waves = await queryRows<{ id: number }>(tx, sql`select id from waves`);
  const targets: RiskTargets = new Map();
  for (const { id } of waves) {
    const marked = plan.risks.get(id);
    const everything = lastDay !== day || marked === null;
    targets.set(id, everything ? null : [...new Set([...ancestors, ...(marked ?? [])])]);
  }
  const risks = await time('risks', () => computeRisksOf(tx, day, targets));
  return {
    steps,
    rollups: risks.assessed,
    changedNodes: plan.figureNodes.length,
    rowsWritten: sum(snapshots, rollups, history) + risks.written,
  };
}

const sum = (...reports: { written: number; removed: number }[]) =>
  reports.reduce((total, r) => total + r.written + r.removed, 0);

/** Rebuilds the whole subtree history from the series (after a bulk load or a repair). */
export async function rebuildSubtreeHistory(db: Executor): Promise<void> {
  await db.execute(sql`delete from adoption_subtree_history`);
  await db.execute(sql.raw(REBUILD_SUBTREE_HISTORY_SQL));
}
