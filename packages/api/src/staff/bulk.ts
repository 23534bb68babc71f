import type { ScopedData } from '@cutover/db';
import type { StaffBulkInput } from '@cutover/domain';
import { invalid } from '../errors';

/**
 * One set-based change over the chosen people inside the caller's scope: the ids given,
 * or everything the list filter matches across all pages. Each changed record gets its
 * own audit row in the same statement; a dry run only counts.
 */
export async function bulkStaff(data: ScopedData, input: StaffBulkInput) {
  const transferTo =
    input.action === 'transfer' ? await transferTarget(data, input.targetOrgUnitId) : undefined;
  const affected = await data.staffWrites.bulk(
    input.action,
    { ids: input.ids, filter: input.filter },
    { dryRun: input.dryRun, transferTo },
  );
  return { affected };
}

async function transferTarget(data: ScopedData, orgUnitId: number | undefined) {
  const [unit] = orgUnitId ? await data.orgUnits.byIds(undefined, [orgUnitId]) : [];
  if (!unit) throw invalid({ targetOrgUnitId: 'errors.unit_not_found' });
  if (unit.validTo) throw invalid({ targetOrgUnitId: 'errors.unit_closed' });
  if (unit.level !== 'institution') {
    throw invalid({ targetOrgUnitId: 'errors.transfer_institutions_only' });
  }
  return { id: unit.id, path: unit.path };
}
