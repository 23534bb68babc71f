import LockIcon from '@mui/icons-material/Lock';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { lockedAbove, lockHolderName } from './inheritance';
import type { EffectivePolicy, PolicyNode } from './types';

interface LockNoticeProps {
  node: PolicyNode;
  policy: EffectivePolicy;
  /** `badge`: a chip by the heading; `text`: what the lock means for this node. */
  variant: 'badge' | 'text';
}

/** The id of the text that explains a lock above, for controls it disables. */
export const lockReasonId = (key: string) => `lock-reason-${key.replace(/\W/g, '-')}`;

/** Says which node locks the policy, and whether that forbids an override here. */
export const LockNotice = ({ node, policy, variant }: LockNoticeProps) => {
  const translate = useTranslate();
  if (policy.lockedBy === null) return null;
  const holder = lockHolderName(policy, policy.lockedBy) ?? node.name;
  if (variant === 'badge') {
    return (
      <Chip
        icon={<LockIcon aria-hidden />}
        color="secondary"
        size="small"
        label={translate('cutover.policies.lock.badge', { name: holder })}
      />
    );
  }
  const above = lockedAbove(policy, node.id);
  return (
    <Typography id={lockReasonId(policy.key)} variant="body2" sx={{ fontWeight: 500 }}>
      {above
        ? translate('cutover.policies.lock.above', { name: holder })
        : translate('cutover.policies.lock.here')}
    </Typography>
  );
};
