import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { NodeHeader } from './NodeHeader';
import { PolicyCard } from './PolicyCard';
import { PolicyHistory } from './PolicyHistory';
import type { ViewProps } from './viewProps';

/** Every policy at one node: value, lock, provenance, and what the role may change. */
export const NodeView = ({ data, show, permissions, revision, onChanged }: ViewProps) => {
  const translate = useTranslate();
  return (
    <>
      <NodeHeader node={data.node} onPick={(nodeId) => show({ nodeId })} />
      <Typography variant="body2" color="text.secondary">
        {translate('cutover.policies.intro')}
      </Typography>
      {data.policies.map((policy) => (
        <PolicyCard
          key={policy.key}
          node={data.node}
          policy={policy}
          permissions={permissions}
          onChanged={onChanged}
          detailLink
        />
      ))}
      {permissions.canReadHistory ? (
        <PolicyHistory nodeId={data.node.id} revision={revision} />
      ) : null}
    </>
  );
};
