import type { PolicyKey } from '@cutover/domain';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import { Link, useTranslate } from 'react-admin';
import { NodeHeader } from './NodeHeader';
import { OverridesTable } from './OverridesTable';
import { PolicyCard } from './PolicyCard';
import { PolicyHistory } from './PolicyHistory';
import { policiesPath } from './policyUrl';
import type { ViewProps } from './viewProps';

/** One policy at a node: its provenance, where the subtree overrides it, and its history. */
export const KeyView = ({
  data,
  policyKey,
  show,
  permissions,
  revision,
  onChanged,
}: ViewProps & { policyKey: PolicyKey }) => {
  const translate = useTranslate();
  const policy = data.policies.find((candidate) => candidate.key === policyKey);
  return (
    <>
      <NodeHeader
        node={data.node}
        policyKey={policyKey}
        onPick={(nodeId) => show({ nodeId, key: policyKey })}
      />
      <Box>
        <Link
          to={policiesPath({ nodeId: data.node.id })}
          sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
        >
          <ArrowBackIcon fontSize="small" aria-hidden />
          {translate('cutover.policies.actions.back', { name: data.node.name })}
        </Link>
      </Box>
      {policy ? (
        <PolicyCard
          node={data.node}
          policy={policy}
          permissions={permissions}
          onChanged={onChanged}
          detailLink={false}
        />
      ) : null}
      {data.node.level === 'institution' ? null : (
        <OverridesTable
          node={data.node}
          policyKey={policyKey}
          lockedAtOrAbove={policy?.lockedBy != null}
          revision={revision}
        />
      )}
      {permissions.canReadHistory ? (
        <PolicyHistory nodeId={data.node.id} policyKey={policyKey} revision={revision} />
      ) : null}
    </>
  );
};
