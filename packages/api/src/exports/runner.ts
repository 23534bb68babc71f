import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type ClaimedExport,
  createScopedData,
  type Database,
  exportRuns,
  loadScope,
  queryRows,
  recordAudit,
} from '@cutover/db';
import { can, exportCreateSchema, isoToday, waveReports } from '@cutover/domain';
import { sql } from 'drizzle-orm';
import type { ApiDeps } from '../context';
import { dashboardBurnup } from '../dashboard/burnup';
import { loggableError } from '../loggable-error';
import { replicaReadFailed } from '../read-routing';
import { replicaCaughtUp } from '../replica-caught-up';
import { exportDir, exportFileName, manifestFileName } from './config';
import { copyReportCsv } from './copy-report';
import type { ExportRequest } from './create';
import { sha256File } from './file-hash';
import { assertReportAllowed } from './gate';
import { type ExportManifest, latestCheckpoint, MANIFEST_FORMAT } from './manifest';
import { writePack } from './pack';
import { reportSources } from './sources';
import { ExportRefused, type Produced, type Reader, writeReport } from './write-report';

const jobParamsSchema = exportCreateSchema.omit({ format: true });

/**
 * PostgreSQL: every chunk from one read-only snapshot, so the file is the data as of one
 * instant (a CSV is one COPY instead, see copy-report.ts). PGlite has one connection: each chunk is its own statement, so the pages and
 * the progress polls of other users run between chunks. With a read replica the rows come
 * from it once it has replayed everything committed before the export began (so the file
 * holds the requester's own last edits); lagging or away, from the primary.
 */
async function withReader<T>(deps: ApiDeps, work: (reader: Reader) => Promise<T>): Promise<T> {
  const { database, readDatabase } = deps;
  if (database.engine === 'pglite') return work((read) => read(database.db));
  const snapshot = (source: Database) =>
    source.db.transaction((tx) => work((read) => read(tx)), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    });
  if (!readDatabase || !(await replicaCaughtUp(database, readDatabase))) {
    deps.observeRead?.('primary', readDatabase ? 'replica-behind' : 'no-replica', 'export');
    return snapshot(database);
  }
  deps.observeRead?.('read', 'replica', 'export');
  try {
    return await snapshot(readDatabase);
  } catch (error) {
    if (!replicaReadFailed(readDatabase, error)) throw error;
    deps.observeRead?.('primary', 'fallback', 'export');
    return snapshot(database);
  }
}

type WithClient = NonNullable<Database['withClient']>;

/** The COPY path's connection, chosen as withReader chooses its snapshot's database. */
async function withCopyReader<T>(deps: ApiDeps, work: (withClient: WithClient) => Promise<T>) {
  const { database, readDatabase } = deps;
  const primary = database.withClient as WithClient;
  const replica = readDatabase?.withClient;
  if (!readDatabase || !replica || !(await replicaCaughtUp(database, readDatabase))) {
    deps.observeRead?.('primary', readDatabase ? 'replica-behind' : 'no-replica', 'export');
    return work(primary);
  }
  deps.observeRead?.('read', 'replica', 'export');
  try {
    return await work(replica);
  } catch (error) {
    if (!replicaReadFailed(readDatabase, error)) throw error;
    deps.observeRead?.('primary', 'fallback', 'export');
    return work(primary);
  }
}

/** Runs one claimed job to its file, audit record and manifest; refusals fail the job. */
export async function runExport(deps: ApiDeps, job: ClaimedExport): Promise<void> {
  const { db } = deps.database;
  const parsed = jobParamsSchema.safeParse(job.params);
  if (!parsed.success) throw new ExportRefused('errors.validation');
  const input = parsed.data;
  const request = (job.params as { request?: ExportRequest }).request;
  // The requester's scope as it is now: a revoked role or moved scope stops the export.
  const scope = await loadScope(db, job.createdByUserId);
  if (!scope || !can(scope.role, 'exports', 'create')) throw new ExportRefused('errors.forbidden');
  const report = (() => {
    try {
      return assertReportAllowed(scope, job.kind);
    } catch {
      throw new ExportRefused('errors.forbidden');
    }
  })();
  const actor = {
    userId: scope.userId,
    login: scope.login,
    requestId: request?.requestId ?? null,
    clientIp: request?.clientIp ?? null,
  };
  const data = createScopedData(db, scope, actor);
  const [node] = await data.orgUnits.byIds(undefined, [input.nodeId]);
  if (!node) throw new ExportRefused('errors.not_found');

  const dir = exportDir(deps);
  await mkdir(dir, { recursive: true });
  const fileName = exportFileName(job.id, report, job.format);
  const file = path.join(dir, fileName);
  const partial = `${file}.part`;
  const asOf = input.asOf ?? isoToday();
  const checkpoint = await latestCheckpoint(deps.exports?.checkpointFile);
  const progress = (rows: number) => exportRuns.progress(db, job.id, rows);
  // A PDF of a wave's adoption carries the dashboard's burn-up of the unit, up to the day.
  const burnup =
    job.format === 'pdf' && waveReports.includes(report) && input.waveId
      ? (await dashboardBurnup(data, { nodeId: node.id, waveId: input.waveId, asOf })).points
      : undefined;
  const single = report === 'pack' ? null : { report, source: reportSources[report](scope, input) };
  let written: Produced;
  try {
    written = await (job.format === 'csv' && single && deps.database.withClient
      ? withCopyReader(deps, (withClient) =>
          copyReportCsv({
            withClient,
            source: single.source,
            file: partial,
            excel: input.excel,
            progress,
          }),
        )
      : withReader(deps, (reader) =>
          !single
            ? writePack({
                reader,
                scope,
                input,
                node,
                file: partial,
                exportId: job.id,
                asOf,
                checkpoint,
                progress,
              })
            : writeReport({
                reader,
                ...single,
                format: job.format,
                file: partial,
                excel: input.excel,
                summary: { exportId: job.id, scopeName: node.name, asOf, burnup },
                progress,
              }),
        ));
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const { rows } = written;

  const { sha256, bytes } =
    written.sha256 !== undefined && written.bytes !== undefined
      ? { sha256: written.sha256, bytes: written.bytes }
      : await sha256File(file);
  const { request: _request, ...params } = job.params as Record<string, unknown>;
  const record = {
    sha256,
    fileName,
    format: job.format,
    report,
    rows,
    bytes,
    requester: { userId: scope.userId, login: scope.login },
    scope: { nodeId: node.id, name: node.name },
    params,
    asOf,
    ...(written.dataSha256 ? { dataSha256: written.dataSha256 } : {}),
  };
  const auditEntryId = await db.transaction(async (tx) => {
    await recordAudit(tx, actor, {
      action: 'export.create',
      entityType: 'exportJob',
      entityId: job.id,
      orgPath: node.path,
      after: record,
    });
    await exportRuns.succeed(tx, job.id, { fileName, sha256, rows });
    const [entry] = await queryRows<{ id: string }>(
      tx,
      sql`select max(id)::text as id from audit_log where action = 'export.create' and entity_id = ${String(job.id)}`,
    );
    return entry?.id ? Number(entry.id) : null;
  });

  const manifest: ExportManifest = {
    format: MANIFEST_FORMAT,
    exportId: job.id,
    report,
    fileFormat: job.format,
    files: [{ name: fileName, sha256, bytes }],
    rows,
    requester: record.requester,
    scope: { nodeId: node.id, path: [...node.path], name: node.name },
    params,
    asOf,
    ...(written.dataSha256 ? { dataSha256: written.dataSha256 } : {}),
    createdAt: job.createdAt.toISOString(),
    finishedAt: new Date().toISOString(),
    auditEntryId,
    checkpoint,
  };
  await writeFile(
    path.join(dir, manifestFileName(job.id)),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
}

/** Claims and runs the oldest pending export; false when there was none. */
export async function runNextExport(deps: ApiDeps): Promise<boolean> {
  const job = await exportRuns.claim(deps.database.db);
  if (!job) return false;
  try {
    await runExport(deps, job);
  } catch (error) {
    const refused = error instanceof ExportRefused;
    if (!refused)
      deps.logger.error({ err: loggableError(error), exportId: job.id }, 'export failed');
    await exportRuns.fail(deps.database.db, job.id, refused ? error.message : 'errors.internal');
  }
  return true;
}

/** Runs pending exports one after another until none is left. */
export async function runPendingExports(deps: ApiDeps): Promise<number> {
  let ran = 0;
  while (await runNextExport(deps)) ran += 1;
  return ran;
}
