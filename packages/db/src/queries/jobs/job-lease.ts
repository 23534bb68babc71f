import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../client';

/**
 * A period may start a little early (timers drift; instances start at different times):
 * a run is due once 90% of the period has passed since the last one, by the database's clock.
 */
const DUE_FRACTION = 0.9;

/**
 * True when `holder` takes this period of `job`: no instance ran it within the last period.
 * One statement, so of instances asking at once exactly one moves `ran_at` on (the row lock
 * makes the others re-check the condition against the new value and get no row).
 */
export async function takeJobLease(
  db: Db,
  job: string,
  holder: string,
  everyMs: number,
): Promise<boolean> {
  const dueAfterMs = Math.floor(everyMs * DUE_FRACTION);
  const rows = await queryRows<{ job: string }>(
    db,
    sql`insert into job_leases (job, holder, ran_at) values (${job}, ${holder}, now())
        on conflict (job) do update set holder = excluded.holder, ran_at = excluded.ran_at
        where job_leases.ran_at <= now() - make_interval(secs => ${dueAfterMs / 1000})
        returning job`,
  );
  return rows.length === 1;
}
