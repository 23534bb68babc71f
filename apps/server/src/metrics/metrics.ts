import type { ReadKind, ReadPool, ReadReason } from '@cutover/api';
import { type Database, lastCheckpointIn, queryRows } from '@cutover/db';
import { sql } from 'drizzle-orm';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export type JobOutcome = 'ok' | 'failed' | 'skipped';

/** Told how each periodic job run ended; `skipped` is a period another instance already ran. */
export type JobObserver = (job: string, outcome: JobOutcome, seconds: number) => void;

export interface MetricsSources {
  database: Database;
  readDatabase?: Database | undefined;
  /** checkpoints.jsonl, whose last line is the newest checkpoint. */
  checkpointFile?: string | undefined;
}

export interface Metrics {
  registry: Registry;
  observeJob: JobObserver;
  /** One tRPC call of `procedure` (a known procedure name or "unknown") took `seconds`. */
  observeProcedure(procedure: string, seconds: number): void;
  procedureFailed(procedure: string, code: string): void;
  /** One scoped read (or export) went to `pool` for `reason` (see @cutover/api read-routing). */
  observeRead(pool: ReadPool, reason: ReadReason, kind: ReadKind): void;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The server's Prometheus metrics, in a registry of its own. Request and job figures are
 * counted as they happen; the database figures are read when scraped, so a scrape costs a
 * few indexed queries and an unreachable database shows as `cutover_database_up 0`.
 */
export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  const pools = [
    { name: 'primary', database: sources.database },
    ...(sources.readDatabase ? [{ name: 'read', database: sources.readDatabase }] : []),
  ];
  const requests = new Counter({
    name: 'cutover_trpc_requests_total',
    help: 'tRPC calls by procedure',
    labelNames: ['procedure'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'cutover_trpc_duration_seconds',
    help: 'tRPC call duration by procedure (a batch counts its whole duration for each call)',
    labelNames: ['procedure'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'cutover_trpc_errors_total',
    help: 'tRPC calls that failed, by procedure and error code',
    labelNames: ['procedure', 'code'],
    registers: [registry],
  });
  const reads = new Counter({
    name: 'cutover_db_reads_total',
    help: 'Scoped reads and export snapshots by the pool that served them and why',
    labelNames: ['pool', 'reason', 'kind'],
    registers: [registry],
  });
  const jobRuns = new Counter({
    name: 'cutover_job_runs_total',
    help: 'Periodic job runs by job and outcome (skipped: another instance ran that period)',
    labelNames: ['job', 'outcome'],
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: 'cutover_job_duration_seconds',
    help: 'Periodic job run duration by job',
    labelNames: ['job'],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  new Gauge({
    name: 'cutover_db_pool_connections',
    help: 'Database pool connections by pool and state (PGlite: one in-process connection)',
    labelNames: ['pool', 'engine', 'state'],
    registers: [registry],
    collect() {
      this.reset();
      for (const { name, database } of pools) {
        const stats = database.poolStats();
        const labels = { pool: name, engine: database.engine };
        this.set({ ...labels, state: 'max' }, stats.max);
        this.set({ ...labels, state: 'total' }, stats.total);
        this.set({ ...labels, state: 'idle' }, stats.idle);
        this.set({ ...labels, state: 'busy' }, stats.total - stats.idle);
      }
    },
  });
  new Gauge({
    name: 'cutover_db_pool_waiting',
    help: 'Callers waiting for a connection, by pool',
    labelNames: ['pool'],
    registers: [registry],
    collect() {
      this.reset();
      for (const { name, database } of pools)
        this.set({ pool: name }, database.poolStats().waiting);
    },
  });
  new Gauge({
    name: 'cutover_database_up',
    help: 'Whether the pool answered a query during this scrape',
    labelNames: ['pool'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const { name, database } of pools) {
        const up = await database.db.execute(sql`select 1`).then(
          () => 1,
          () => 0,
        );
        this.set({ pool: name }, up);
      }
    },
  });
  jobStateGauge(registry, sources.database, 'import');
  jobStateGauge(registry, sources.database, 'export');
  auditGauges(registry, sources);
  return {
    registry,
    observeJob(job, outcome, seconds) {
      jobRuns.inc({ job, outcome });
      if (outcome !== 'skipped') jobDuration.observe({ job }, seconds);
    },
    observeProcedure(procedure, seconds) {
      requests.inc({ procedure });
      latency.observe({ procedure }, seconds);
    },
    procedureFailed(procedure, code) {
      errors.inc({ procedure, code });
    },
    observeRead(pool, reason, kind) {
      reads.inc({ pool, reason, kind });
    },
  };
}

function jobStateGauge(registry: Registry, database: Database, kind: 'import' | 'export') {
  const table = kind === 'import' ? sql`import_jobs` : sql`export_jobs`;
  new Gauge({
    name: `cutover_${kind}_jobs`,
    help: `${kind === 'import' ? 'Roster import' : 'Export'} jobs by state`,
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await queryRows<{ status: string; n: string | number }>(
        database.db,
        sql`select status, count(*) as n from ${table} group by status`,
      ).catch(() => []);
      for (const row of rows) this.set({ state: row.status }, Number(row.n));
    },
  });
}

function auditGauges(registry: Registry, sources: MetricsSources) {
  const lastCheckpoint = () =>
    sources.checkpointFile ? lastCheckpointIn(sources.checkpointFile).catch(() => null) : null;
  new Gauge({
    name: 'cutover_audit_chain_rows',
    help: 'Rows in the audit chain (counted on from the last checkpoint)',
    registers: [registry],
    async collect() {
      const checkpoint = await lastCheckpoint();
      const [row] = await queryRows<{ n: string | number }>(
        sources.database.db,
        sql`select count(*) as n from audit_log where id > ${checkpoint?.id ?? 0}`,
      ).catch(() => []);
      if (row) this.set((checkpoint?.rows ?? 0) + Number(row.n));
    },
  });
  new Gauge({
    name: 'cutover_audit_checkpoint_age_seconds',
    help: 'Seconds since the last audit checkpoint was signed (absent: none yet)',
    registers: [registry],
    async collect() {
      this.reset();
      const checkpoint = await lastCheckpoint();
      if (checkpoint) this.set((Date.now() - Date.parse(checkpoint.at)) / 1000);
    },
  });
}
