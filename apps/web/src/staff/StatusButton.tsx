import BlockIcon from '@mui/icons-material/Block';
import RestoreIcon from '@mui/icons-material/Restore';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useStaleVersion } from '../common/forms/StaleVersion';
import type { StaffRow } from '../common/rows';
import { useNotifyError } from '../common/useNotifyError';
import { toHttpError } from '../providers/httpError';
import { trpc } from '../providers/trpcClient';

/** Deactivates (after a confirmation) or reactivates the shown person. */
export const StatusButton = () => {
  const record = useRecordContext<StaffRow>();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const { report } = useStaleVersion();
  if (!record) return null;
  const deactivated = record.funnelStatus === 'deactivated';

  const run = async () => {
    const input = { id: record.id, version: record.version };
    setPending(true);
    try {
      if (deactivated) await trpc.staff.reactivate.mutate(input);
      else await trpc.staff.deactivate.mutate(input);
      notify(
        deactivated ? 'cutover.staff_actions.reactivated' : 'cutover.staff_actions.deactivated',
        {
          type: 'info',
          messageArgs: { name: record.fullName },
        },
      );
    } catch (caught) {
      const error = toHttpError(caught);
      if (!report(error)) notifyError(error);
    } finally {
      setPending(false);
      setConfirming(false);
      refresh();
    }
  };

  return (
    <>
      <Button
        label={
          deactivated ? 'cutover.staff_actions.reactivate' : 'cutover.staff_actions.deactivate'
        }
        onClick={() => (deactivated ? void run() : setConfirming(true))}
        disabled={pending}
      >
        {deactivated ? <RestoreIcon /> : <BlockIcon />}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={pending}
        title="cutover.staff_actions.deactivate_title"
        titleTranslateOptions={{ name: record.fullName }}
        content="cutover.staff_actions.deactivate_content"
        confirm="cutover.staff_actions.deactivate"
        confirmColor="warning"
        onConfirm={() => void run()}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
