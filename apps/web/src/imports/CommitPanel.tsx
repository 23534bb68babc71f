import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useCanAccess, useNotify, useShowContext, useTranslate } from 'react-admin';
import { trpc } from '../providers/trpcClient';
import { importErrorKey } from './errorKey';
import type { ImportReport } from './types';
import { useCounted } from './useCounted';

const changesOf = (report: ImportReport) =>
  report.counts.create + report.counts.update + report.counts.deactivate;

/**
 * Writes a checked job, all or nothing. A held job needs the box ticked first: the server
 * refuses it without `confirm`, and plans again against the data as it is now.
 */
export const CommitPanel = ({ report }: { report: ImportReport }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const counted = useCounted();
  const { refetch } = useShowContext<ImportReport>();
  const { canAccess } = useCanAccess({ resource: 'imports', action: 'edit' });
  const [confirmed, setConfirmed] = useState(false);
  const [saving, setSaving] = useState(false);
  const held = report.status === 'held';
  if (!canAccess || (report.status !== 'validated' && !held) || changesOf(report) === 0)
    return null;

  const commit = async () => {
    setSaving(true);
    try {
      const result = await trpc.imports.commit.mutate({ id: report.id, confirm: held });
      const outcome = result.status === 'succeeded' ? 'committed' : 'not_committed';
      notify(`cutover.imports.${outcome}`, {
        type: result.status === 'succeeded' ? 'success' : 'warning',
        messageArgs: counted(changesOf(result)),
      });
    } catch (error) {
      notify(importErrorKey(error), { type: 'error' });
    } finally {
      setSaving(false);
      await refetch();
    }
  };

  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      {held && (
        <FormControlLabel
          control={
            <Checkbox
              checked={confirmed}
              onChange={(event) => setConfirmed(event.target.checked)}
            />
          }
          label={translate('cutover.imports.confirm_hold')}
        />
      )}
      <Button variant="contained" onClick={commit} disabled={saving || (held && !confirmed)}>
        {translate(
          held ? 'cutover.imports.commit_held' : 'cutover.imports.commit',
          counted(changesOf(report)),
        )}
      </Button>
    </Stack>
  );
};
