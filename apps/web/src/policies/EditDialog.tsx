import { isValidReason } from '@cutover/domain';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { type FormEvent, useId, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { trpc } from '../providers/trpcClient';
import { changeErrorKey } from './errors';
import { ImpactPreview } from './ImpactPreview';
import { ownSetting } from './inheritance';
import { ReasonField } from './ReasonField';
import type { EffectivePolicy, PolicyNode } from './types';
import { usePreview } from './usePreview';
import { policyLabel, useUiLocale } from './useUiLocale';
import { ValueInput } from './ValueInput';

interface EditDialogProps {
  node: PolicyNode;
  policy: EffectivePolicy;
  onClose: () => void;
  onSaved: () => void;
}

/** Sets the policy at the node: a typed value, an optional lock, a reason, and its impact first. */
export const EditDialog = ({ node, policy, onClose, onSaved }: EditDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const own = ownSetting(policy, node.id);
  const [value, setValue] = useState<unknown>(own ? own.value : policy.value);
  const [locked, setLocked] = useState(own?.locked ?? false);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const preview = usePreview(node.id, policy.key, value, locked);
  const canSave = preview.ready && preview.data?.check.ok === true && isValidReason(reason);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!canSave || saving) return;
    setSaving(true);
    setFailure(null);
    try {
      await trpc.policies.set.mutate({
        orgUnitId: node.id,
        key: policy.key,
        value,
        locked,
        reason: reason.trim(),
      });
      notify('cutover.policies.edit.saved', { type: 'success' });
      onSaved();
    } catch (cause) {
      setFailure(changeErrorKey(cause));
      setSaving(false);
    }
  };

  const label = policyLabel(policy.key, useUiLocale());
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={save} noValidate>
        <DialogTitle id={titleId}>
          {translate('cutover.policies.edit.title', { policy: label, name: node.name })}
        </DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <ValueInput policyKey={policy.key} value={value} onChange={setValue} />
          <div>
            <FormControlLabel
              control={
                <Switch checked={locked} onChange={(event) => setLocked(event.target.checked)} />
              }
              label={translate('cutover.policies.edit.lock')}
            />
            <Typography variant="body2" color="text.secondary">
              {translate('cutover.policies.edit.lock_hint')}
            </Typography>
          </div>
          <ReasonField value={reason} onChange={setReason} />
          <ImpactPreview preview={preview} policy={policy} locked={locked} />
          {failure ? (
            <Alert severity="error" role="alert">
              {translate(failure, { _: translate('errors.internal') })}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('cutover.policies.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!canSave || saving}>
            {translate('cutover.policies.edit.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
