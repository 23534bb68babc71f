import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useCanAccess, useGetIdentity, useListContext } from 'react-admin';
import { ExportDialog } from './ExportDialog';
import { type ExportSubject, exportStorageKey } from './exportInput';
import { useExportJob } from './useExportJob';

interface ExportActionProps {
  subject: ExportSubject;
  /** The button's label, a message key. */
  label?: string;
  /** The dialog's title, a message key. */
  title: string;
  titleArgs?: Record<string, string>;
}

/**
 * A button that exports one report about one unit, for a role that may export. A job started here and not yet
 * dismissed reopens its dialog after a reload (the id is kept for the tab).
 */
export const ExportAction = (props: ExportActionProps) => {
  const { canAccess } = useCanAccess({ resource: 'exports', action: 'create' });
  return canAccess ? <ExportActionButton {...props} /> : null;
};

const ExportActionButton = ({
  subject,
  label = 'cutover.exports.button',
  title,
  titleArgs,
}: ExportActionProps) => {
  const job = useExportJob(exportStorageKey(subject));
  const [open, setOpen] = useState(job.state.step !== 'idle');
  const close = () => {
    setOpen(false);
    // A finished or failed job is dismissed with its dialog; a running one is kept.
    if (job.state.step === 'ready' || job.state.step === 'failed') job.reset();
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        <DownloadIcon />
      </Button>
      {open ? (
        <ExportDialog
          title={title}
          titleArgs={titleArgs}
          subject={subject}
          job={job}
          onClose={close}
        />
      ) : null}
    </>
  );
};

interface ExportButtonProps {
  report: ExportSubject['report'];
  /** The dialog's title, a message key ("Export staff"). */
  title: string;
}

/**
 * A list toolbar's Export: the report of exactly what the list shows (its filters and sort)
 * over the user's whole scope, shown only to a role that may export (ExportAction checks).
 */
export const ExportButton = ({ report, title }: ExportButtonProps) => {
  const { filterValues, sort } = useListContext();
  const { identity } = useGetIdentity();
  const scopeId = typeof identity?.scopeId === 'number' ? identity.scopeId : undefined;
  if (scopeId === undefined) return null;
  return (
    <ExportAction subject={{ report, nodeId: scopeId, filter: filterValues, sort }} title={title} />
  );
};
