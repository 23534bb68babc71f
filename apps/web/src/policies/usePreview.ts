import type { PolicyKey } from '@cutover/domain';
import { useMemo } from 'react';
import { type ApiQuery, useApiQuery } from '../common/useApiQuery';
import { useDebounced } from '../common/useDebounced';
import { policyApi } from './api';
import type { PolicyPreview } from './types';

export interface PreviewState extends ApiQuery<PolicyPreview> {
  /** The answer is for the value and lock shown now, not an older draft. */
  ready: boolean;
}

/** The server's verdict and reach for a draft, asked again once the draft stops changing. */
export function usePreview(
  orgUnitId: number,
  key: PolicyKey,
  value: unknown,
  locked: boolean,
): PreviewState {
  const draft = JSON.stringify({ value, locked });
  const settled = useDebounced(draft, 300);
  const fetcher = useMemo(() => {
    const parsed: { value: unknown; locked: boolean } = JSON.parse(settled);
    return policyApi.preview({ orgUnitId, key, value: parsed.value, locked: parsed.locked });
  }, [orgUnitId, key, settled]);
  const query = useApiQuery(fetcher, { quiet: true });
  return { ...query, ready: settled === draft && !query.loading };
}
