import { useCallback, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { NodePage } from '../common/node-page/NodePage';
import { useApiQuery } from '../common/useApiQuery';
import { policyApi } from './api';
import { KeyView } from './KeyView';
import { NodeView } from './NodeView';
import { PageSkeleton } from './PageSkeleton';
import { usePolicyParams } from './usePolicyParams';
import { usePolicyPermissions } from './usePolicyPermissions';
import { policyLabel, useUiLocale } from './useUiLocale';

const failureLabels = { failed: 'cutover.policies.load_failed', retry: 'cutover.policies.retry' };

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
  const view = { params, show, permissions, revision, onChanged: changed };
  return (
    <NodePage
      title={title}
      query={effective}
      gap={2}
      failure={{
        labels: failureLabels,
        toScope:
          params.nodeId === undefined
            ? undefined
            : { label: 'cutover.policies.to_scope', onClick: () => show({}) },
      }}
      skeleton={<PageSkeleton />}
    >
      {(loaded) =>
        params.key ? (
          <KeyView {...view} data={loaded} policyKey={params.key} />
        ) : (
          <NodeView {...view} data={loaded} />
        )
      }
    </NodePage>
  );
};
