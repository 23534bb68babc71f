import Box from '@mui/material/Box';
import { useCallback, useMemo, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useApiQuery } from '../common/useApiQuery';
import { policyApi } from './api';
import { KeyView } from './KeyView';
import { LoadFailure } from './LoadFailure';
import { NodeView } from './NodeView';
import { PageSkeleton } from './PageSkeleton';
import { usePolicyParams } from './usePolicyParams';
import { usePolicyPermissions } from './usePolicyPermissions';
import { policyLabel, useUiLocale } from './useUiLocale';

/** Policies at a node (the user's scope node unless the URL names one), or one key in detail. */
export const PoliciesPage = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const { params, show } = usePolicyParams();
  const permissions = usePolicyPermissions();
  const fetcher = useMemo(() => policyApi.effective(params.nodeId), [params.nodeId]);
  const effective = useApiQuery(fetcher);
  // Bumped after every change, so the history and the overrides below are read again.
  const [revision, setRevision] = useState(0);
  const { retry } = effective;
  const changed = useCallback(() => {
    retry();
    setRevision((count) => count + 1);
  }, [retry]);

  const data = effective.data;
  const title = data
    ? params.key
      ? translate('cutover.policies.key_title', {
          policy: policyLabel(params.key, locale),
          name: data.node.name,
        })
      : translate('cutover.policies.title', { name: data.node.name })
    : translate('resources.policies.name', { smart_count: 2 });
  const view = { data, params, show, permissions, revision, onChanged: changed };
  return (
    <Box sx={{ py: 2, px: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title={title} />
      {effective.error && !data ? (
        <LoadFailure
          error={effective.error}
          onRetry={effective.retry}
          onScope={params.nodeId === undefined ? undefined : () => show({})}
        />
      ) : view.data ? (
        params.key ? (
          <KeyView {...view} data={view.data} policyKey={params.key} />
        ) : (
          <NodeView {...view} data={view.data} />
        )
      ) : (
        <PageSkeleton />
      )}
    </Box>
  );
};
