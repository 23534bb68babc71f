import type { PolicyKey } from '@cutover/domain';
import { trpc } from '../providers/trpcClient';
import type { PreviewInput } from './types';

/** Fetchers for useApiQuery: memoise each on its inputs. */
export const policyApi = {
  effective: (orgUnitId: number | undefined) => (signal: AbortSignal) =>
    trpc.policies.effective.query(orgUnitId === undefined ? {} : { orgUnitId }, { signal }),
  overrides: (orgUnitId: number, key: PolicyKey) => (signal: AbortSignal) =>
    trpc.policies.overrides.query({ orgUnitId, key }, { signal }),
  preview: (input: PreviewInput) => (signal: AbortSignal) =>
    trpc.policies.preview.query(input, { signal }),
  node: (id: number) => (signal: AbortSignal) => trpc.orgUnits.byId.query({ id }, { signal }),
  children: (parentId: number) => (signal: AbortSignal) =>
    trpc.orgUnits.children.query({ parentId }, { signal }),
  search: (q: string) => (signal: AbortSignal) =>
    trpc.orgUnits.search.query({ q, limit: 30 }, { signal }),
  history:
    (input: { withinId: number; key?: PolicyKey; page: number; perPage: number }) =>
    (signal: AbortSignal) =>
      trpc.auditLog.list.query(
        {
          page: input.page,
          perPage: input.perPage,
          sort: { field: 'at', order: 'DESC' },
          filter: {
            action: 'policy.',
            withinId: input.withinId,
            ...(input.key ? { entityType: 'policy', entityId: input.key } : {}),
          },
        },
        { signal },
      ),
  /** Unit names for audit rows, which carry only the unit's path; unknown ones come back null. */
  names: (ids: readonly number[]) => async (signal: AbortSignal) => {
    const named = await Promise.all(
      ids.map((id) =>
        trpc.orgUnits.byId.query({ id }, { signal }).then(
          (node) => [id, node.name] as const,
          () => [id, null] as const,
        ),
      ),
    );
    return new Map<number, string | null>(named);
  },
};
