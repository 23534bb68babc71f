import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../client';
import { computeRisks } from './risks';
import { REBUILD_ROLLUPS_SQL, REBUILD_SUBTREE_HISTORY_SQL } from './rollup-sql';
import { figureColumns, liveSeriesFigures } from './series-sql';

const REFRESH_LOCK = 7270031;

export interface RefreshReport {
  day: string;
  seconds: number;
  rollups: number;
}

/** Today's series figures as a change-only snapshot: no row when nothing changed. */
async function snapshotDay(tx: Executor, day: string) {
  await tx.execute(sql`delete from adoption_snapshots where day = ${day}`);
  await tx.execute(sql`
    insert into adoption_snapshots (org_unit_id, wave_id, day, ${figureColumns})
    select live.org_unit_id, live.wave_id, ${day}::date, live.numerator, live.denominator,
      live.invited, live.registered, live.active, live.chats_migrated,
      live.chats_legacy_closed, live.parents_joined
    from (${liveSeriesFigures}) live
    left join lateral (
      select ${figureColumns} from adoption_snapshots o
      where o.org_unit_id = live.org_unit_id and o.wave_id = live.wave_id and o.day < ${day}
      order by o.day desc limit 1
    ) previous on true
    where (previous.numerator, previous.denominator, previous.invited, previous.registered,
        previous.active, previous.chats_migrated, previous.chats_legacy_closed, previous.parents_joined)
      is distinct from (live.numerator, live.denominator, live.invited, live.registered,
        live.active, live.chats_migrated, live.chats_legacy_closed, live.parents_joined)`);
}

/** Subtree totals of today, from the fresh rollups, again only where they changed. */
async function subtreeDay(tx: Executor, day: string) {
  await tx.execute(sql`delete from adoption_subtree_history where day = ${day}`);
  await tx.execute(sql`
    insert into adoption_subtree_history (org_unit_id, wave_id, day, ${figureColumns})
    select r.org_unit_id, r.wave_id, ${day}::date, r.numerator, r.denominator, r.invited,
      r.registered, r.active, r.chats_migrated, r.chats_legacy_closed, r.parents_joined
    from adoption_rollups r
    join org_units u on u.id = r.org_unit_id and u.level <> 'institution'
    left join lateral (
      select ${figureColumns} from adoption_subtree_history o
      where o.org_unit_id = r.org_unit_id and o.wave_id = r.wave_id and o.day < ${day}
      order by o.day desc limit 1
    ) previous on true
    where (previous.numerator, previous.denominator, previous.invited, previous.registered,
        previous.active, previous.chats_migrated, previous.chats_legacy_closed, previous.parents_joined)
      is distinct from (r.numerator, r.denominator, r.invited, r.registered,
        r.active, r.chats_migrated, r.chats_legacy_closed, r.parents_joined)`);
}

/**
 * The daily adoption job, idempotent for a day: snapshot the live figures, rebuild the
 * rollups of every node, extend the subtree history, and recompute forecasts and risks.
 * Instances racing for it skip while another holds the lock.
 */
export async function refreshAdoption(db: Db, day: string): Promise<RefreshReport | null> {
  const started = performance.now();
  return db.transaction(async (tx) => {
    const locked = await tx.execute(sql`select pg_try_advisory_xact_lock(${REFRESH_LOCK}) as ok`);
    if (!(locked as unknown as { rows: { ok: boolean }[] }).rows[0]?.ok) return null;
    await snapshotDay(tx, day);
    await tx.execute(sql`delete from adoption_rollups`);
    await tx.execute(sql.raw(REBUILD_ROLLUPS_SQL));
    await subtreeDay(tx, day);
    const rollups = await computeRisks(tx, day);
    return { day, rollups, seconds: (performance.now() - started) / 1000 };
  });
}

/** Rebuilds the whole subtree history from the series (after a bulk load or a repair). */
export async function rebuildSubtreeHistory(db: Executor): Promise<void> {
  await db.execute(sql`delete from adoption_subtree_history`);
  await db.execute(sql.raw(REBUILD_SUBTREE_HISTORY_SQL));
}
