import type { Scope, ScopedData } from '@cutover/db';
import type { SavedFilterCreateInput } from '@cutover/domain';
import { invalid, notFound } from '../errors';

/**
 * What the audit log keeps of a saved filter. Everyone who reads the log in the owner's scope
 * sees the entry, but the filter itself is private to its owner (there are no shared
 * filters): the entry says which filter it was, never its name or contents.
 */
function auditedFilter(saved: { resource: string }) {
  return { resource: saved.resource, visibility: 'private' as const };
}

export async function createSavedFilter(
  data: ScopedData,
  caller: Scope,
  input: SavedFilterCreateInput,
) {
  const saved = await data.savedFilters.create(input.resource, input.name, input.filter);
  if (!saved) throw invalid({ name: 'errors.duplicate' }, 'errors.duplicate');
  await data.audit({
    action: 'saved_filter.create',
    entityType: 'savedFilter',
    entityId: saved.id,
    orgPath: caller.path,
    after: auditedFilter(saved),
  });
  return saved;
}

export async function deleteSavedFilter(data: ScopedData, caller: Scope, id: number) {
  const deleted = await data.savedFilters.delete(id);
  if (!deleted) throw notFound();
  await data.audit({
    action: 'saved_filter.delete',
    entityType: 'savedFilter',
    entityId: deleted.id,
    orgPath: caller.path,
    before: auditedFilter(deleted),
  });
  return deleted;
}
