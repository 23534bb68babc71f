import type { Scope, ScopedData } from '@cutover/db';
import { type ExportCreateInput, isoToday, pastDayKinds, waveReports } from '@cutover/domain';
import type { RequestInfo } from '../context';
import { invalid, notFound } from '../errors';
import { assertReportAllowed } from './gate';

/** Who asked, kept with the job so the audit record names the request that started it. */
export interface ExportRequest {
  requestId: string | null;
  clientIp: string | null;
}

/**
 * Queues an export: the report must be one the requester may list and the unit must lie in
 * their scope. The runner (exports/runner.ts) writes the file; the page polls `byId`.
 */
export async function createExport(
  data: ScopedData,
  scope: Scope,
  input: ExportCreateInput,
  request: Pick<RequestInfo, 'requestId' | 'clientIp'>,
) {
  assertReportAllowed(scope, input.report);
  if (waveReports.includes(input.report) && !input.waveId) {
    throw invalid({ waveId: 'errors.invalid_field' });
  }
  if (input.asOf && input.asOf < isoToday() && !pastDayKinds.includes(input.report)) {
    throw invalid({ asOf: 'exports.errors.current_state_only' });
  }
  const [node] = await data.orgUnits.byIds(undefined, [input.nodeId]);
  if (!node) throw notFound();
  if (input.waveId && !(await data.adoption.waves()).some((w) => w.id === input.waveId)) {
    throw invalid({ waveId: 'errors.not_found' });
  }
  const { format, ...params } = input;
  const requested: ExportRequest = { requestId: request.requestId, clientIp: request.clientIp };
  const id = await data.exports.create(format, { ...params, request: requested });
  const job = await data.exports.byId(id);
  if (!job) throw new Error('export job vanished');
  return job;
}

/** A job the caller can see, for a report they may list. */
export async function exportById(data: ScopedData, scope: Scope, id: number) {
  const job = await data.exports.byId(id);
  if (!job) throw notFound();
  assertReportAllowed(scope, job.kind);
  return job;
}
