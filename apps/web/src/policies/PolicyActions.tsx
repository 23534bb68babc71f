import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { Link, useTranslate } from 'react-admin';
import { visuallyHidden } from '../common/visuallyHidden';
import { EditDialog } from './EditDialog';
import { lockedAbove, ownSetting } from './inheritance';
import { lockReasonId } from './LockNotice';
import { policiesPath } from './policyUrl';
import { RemoveDialog } from './RemoveDialog';
import type { EffectivePolicy, PolicyNode } from './types';
import type { PolicyPermissions } from './usePolicyPermissions';
import { policyLabel, useUiLocale } from './useUiLocale';

interface PolicyActionsProps {
  node: PolicyNode;
  policy: EffectivePolicy;
  permissions: PolicyPermissions;
  onChanged: () => void;
  detailLink: boolean;
}

/** Change or remove the node's own setting (roles allowed to), and the key's own view. */
export const PolicyActions = ({
  node,
  policy,
  permissions,
  onChanged,
  detailLink,
}: PolicyActionsProps) => {
  const translate = useTranslate();
  const label = policyLabel(policy.key, useUiLocale());
  const [open, setOpen] = useState<'edit' | 'remove' | null>(null);
  const blocked = lockedAbove(policy, node.id) !== undefined;
  const own = ownSetting(policy, node.id);
  const close = () => setOpen(null);
  const done = () => {
    setOpen(null);
    onChanged();
  };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      {permissions.canEdit ? (
        <Button
          variant="contained"
          size="small"
          startIcon={<EditIcon aria-hidden />}
          disabled={blocked}
          aria-label={translate('cutover.policies.actions.edit_named', { policy: label })}
          aria-describedby={blocked ? lockReasonId(policy.key) : undefined}
          onClick={() => setOpen('edit')}
        >
          {translate('cutover.policies.actions.edit')}
        </Button>
      ) : null}
      {permissions.canRemove && own ? (
        <Button
          variant="outlined"
          size="small"
          startIcon={<DeleteOutlineIcon aria-hidden />}
          aria-label={translate('cutover.policies.actions.remove_named', { policy: label })}
          onClick={() => setOpen('remove')}
        >
          {translate('cutover.policies.actions.remove')}
        </Button>
      ) : null}
      {detailLink && (node.level !== 'institution' || permissions.canReadHistory) ? (
        <Link variant="body2" to={policiesPath({ nodeId: node.id, key: policy.key })}>
          {translate(
            node.level === 'institution'
              ? 'cutover.policies.actions.history'
              : 'cutover.policies.actions.overrides',
          )}
          <Box component="span" sx={visuallyHidden}>
            {` (${label})`}
          </Box>
        </Link>
      ) : null}
      {open === 'edit' ? (
        <EditDialog node={node} policy={policy} onClose={close} onSaved={done} />
      ) : null}
      {open === 'remove' ? (
        <RemoveDialog node={node} policy={policy} onClose={close} onRemoved={done} />
      ) : null}
    </Box>
  );
};
