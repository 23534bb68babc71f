import Alert from '@mui/material/Alert';
import { useTranslate } from 'react-admin';
import type { ImportReport } from './types';
import { UploadProgress } from './UploadProgress';
import { useCounted, useNumber } from './useCounted';

const changesOf = (report: ImportReport) =>
  report.counts.create + report.counts.update + report.counts.deactivate;

/** One sentence on where the job stands and what, if anything, was written. */
export const ImportOutcome = ({ report }: { report: ImportReport }) => {
  const translate = useTranslate();
  const counted = useCounted();
  const number = useNumber();
  const { counts } = report;
  switch (report.status) {
    case 'pending':
    case 'validating':
    case 'running':
      return <UploadProgress label="cutover.imports.checking" percent={report.progress} />;
    case 'failed':
      return (
        <Alert severity="error">
          {counts.rows === 0
            ? translate('cutover.imports.outcome.failed_file')
            : translate('cutover.imports.outcome.failed', counted(report.errorRows))}
        </Alert>
      );
    case 'held': {
      const count = report.hold === 'deactivations' ? counts.deactivate : changesOf(report);
      return (
        <Alert severity="warning">
          {translate(`cutover.imports.outcome.held_${report.hold ?? 'changes'}`, {
            count: number(count),
            base: number(counts.staffInScope),
          })}
        </Alert>
      );
    }
    case 'validated':
      return (
        <Alert severity="info">
          {changesOf(report) === 0
            ? translate('cutover.imports.outcome.nothing_to_change')
            : translate('cutover.imports.outcome.validated', counted(changesOf(report)))}
        </Alert>
      );
    case 'succeeded':
      return (
        <Alert severity="success">
          {translate('cutover.imports.outcome.succeeded', {
            create: number(counts.create),
            update: number(counts.update),
            deactivate: number(counts.deactivate),
          })}
        </Alert>
      );
    case 'cancelled':
      return <Alert severity="info">{translate('cutover.imports.outcome.cancelled')}</Alert>;
  }
};
