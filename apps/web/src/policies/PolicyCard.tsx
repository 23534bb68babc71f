import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { LockNotice } from './LockNotice';
import { PolicyActions } from './PolicyActions';
import { PolicyValueView } from './PolicyValueView';
import { ProvenanceChain } from './ProvenanceChain';
import { SourceLine } from './SourceLine';
import type { EffectivePolicy, PolicyNode } from './types';
import type { PolicyPermissions } from './usePolicyPermissions';
import { policyDescription, policyLabel, useUiLocale } from './useUiLocale';

interface PolicyCardProps {
  node: PolicyNode;
  policy: EffectivePolicy;
  permissions: PolicyPermissions;
  onChanged: () => void;
  /** Link to the key's own view (where it is overridden below, its history). */
  detailLink: boolean;
}

/** One policy at the node: its effective value, lock, source and the chain above it. */
export const PolicyCard = ({
  node,
  policy,
  permissions,
  onChanged,
  detailLink,
}: PolicyCardProps) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const headingId = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Typography id={headingId} component="h2" variant="h6" sx={{ flex: '1 1 auto' }}>
          {policyLabel(policy.key, locale)}
        </Typography>
        <LockNotice node={node} policy={policy} variant="badge" />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {policyDescription(policy.key, locale)}
      </Typography>
      <Box>
        <Typography variant="subtitle2" component="p">
          {translate('cutover.policies.effective')}
        </Typography>
        <PolicyValueView policyKey={policy.key} value={policy.value} />
      </Box>
      <SourceLine node={node} policy={policy} />
      <LockNotice node={node} policy={policy} variant="text" />
      {policy.chain.length > 0 ? <ProvenanceChain policy={policy} /> : null}
      <PolicyActions
        node={node}
        policy={policy}
        permissions={permissions}
        onChanged={onChanged}
        detailLink={detailLink}
      />
    </Paper>
  );
};
