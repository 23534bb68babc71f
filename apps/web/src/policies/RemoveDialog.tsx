import { isValidReason } from '@cutover/domain';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { type FormEvent, useId, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { trpc } from '../providers/trpcClient';
import { changeErrorKey } from './errors';
import { policyValueText } from './format';
import { inheritedAfterRemoval } from './inheritance';
import { ReasonField } from './ReasonField';
import type { EffectivePolicy, PolicyNode } from './types';
import { policyLabel, useUiLocale } from './useUiLocale';

interface RemoveDialogProps {
  node: PolicyNode;
  policy: EffectivePolicy;
  onClose: () => void;
  onRemoved: () => void;
}

/** Removes the node's own setting, with a reason: the node inherits again (shown before). */
export const RemoveDialog = ({ node, policy, onClose, onRemoved }: RemoveDialogProps) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const notify = useNotify();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const inherited = inheritedAfterRemoval(policy, node.id);

  const remove = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidReason(reason) || saving) return;
    setSaving(true);
    setFailure(null);
    try {
      await trpc.policies.remove.mutate({
        orgUnitId: node.id,
        key: policy.key,
        reason: reason.trim(),
      });
      notify('cutover.policies.remove.removed', { type: 'success' });
      onRemoved();
    } catch (cause) {
      setFailure(changeErrorKey(cause));
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={remove} noValidate>
        <DialogTitle id={titleId}>
          {translate('cutover.policies.remove.title', {
            policy: policyLabel(policy.key, locale),
            name: node.name,
          })}
        </DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Typography variant="body2">
            {translate('cutover.policies.remove.inherits', {
              name: node.name,
              value: policyValueText(policy.key, inherited.value, translate, locale),
              source:
                inherited.from === 'default'
                  ? translate('cutover.policies.remove.default_source')
                  : inherited.link.nodeName,
            })}
          </Typography>
          <ReasonField value={reason} onChange={setReason} />
          {failure ? (
            <Alert severity="error" role="alert">
              {translate(failure, { _: translate('errors.internal') })}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('cutover.policies.cancel')}</Button>
          <Button
            type="submit"
            color="error"
            variant="contained"
            disabled={!isValidReason(reason) || saving}
          >
            {translate('cutover.policies.remove.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
