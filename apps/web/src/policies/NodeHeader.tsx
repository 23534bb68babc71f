import type { PolicyKey } from '@cutover/domain';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { NodeBreadcrumb } from '../common/node-page/NodeBreadcrumb';
import { useApiQuery } from '../common/useApiQuery';
import { policyApi } from './api';
import { NodePicker } from './NodePicker';
import { policiesPath } from './policyUrl';
import type { PolicyNode } from './types';

interface NodeHeaderProps {
  node: PolicyNode;
  policyKey?: PolicyKey;
  onPick: (nodeId: number) => void;
}

/** Where the node sits (each visible ancestor links to its own policies) and a way to move. */
export const NodeHeader = ({ node, policyKey, onPick }: NodeHeaderProps) => {
  const translate = useTranslate();
  const fetcher = useMemo(() => policyApi.node(node.id), [node.id]);
  const ancestors = useApiQuery(fetcher, { quiet: true }).data?.ancestors ?? [];
  return (
    <Box
      component="header"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-end' }}
    >
      <Box sx={{ flex: '1 1 320px', minWidth: 0 }}>
        <NodeBreadcrumb
          ancestors={ancestors}
          name={node.name}
          linkTo={(ancestor) => policiesPath({ nodeId: ancestor.id, key: policyKey })}
          sx={{ mb: 0.5 }}
        />
        <Typography component="h1" variant="h5">
          {translate('cutover.policies.heading', { name: node.name })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(`enums.level.${node.level}`, { _: node.level })}
        </Typography>
      </Box>
      <NodePicker node={node} onPick={onPick} />
    </Box>
  );
};
