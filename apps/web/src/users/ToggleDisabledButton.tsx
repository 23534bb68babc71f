import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useUpdate } from 'react-admin';
import { useStaleVersion } from '../common/forms/StaleVersion';
import { useNotifyError } from '../common/useNotifyError';
import type { UserRow } from './types';

/** Disables (after a confirmation: it signs the user out) or enables the shown account. */
export const ToggleDisabledButton = () => {
  const record = useRecordContext<UserRow>();
  const [confirming, setConfirming] = useState(false);
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const { report } = useStaleVersion();
  if (!record) return null;
  const disabled = record.disabledAt !== null;

  const run = () =>
    update(
      'users',
      { id: record.id, data: { disabled: !disabled }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setConfirming(false);
          notify(disabled ? 'cutover.users.enabled_done' : 'cutover.users.disabled_done', {
            type: 'info',
          });
        },
        onError: (error) => {
          setConfirming(false);
          if (!report(error)) notifyError(error);
        },
      },
    );

  return (
    <>
      <Button
        label={disabled ? 'cutover.users.enable' : 'cutover.users.disable'}
        onClick={() => (disabled ? run() : setConfirming(true))}
        disabled={isPending}
      >
        {disabled ? <CheckIcon /> : <BlockIcon />}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title="cutover.users.disable_title"
        titleTranslateOptions={{ name: record.login }}
        content="cutover.users.disable_content"
        confirm="cutover.users.disable"
        confirmColor="warning"
        onConfirm={run}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
