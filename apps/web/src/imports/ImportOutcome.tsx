import Alert from '@mui/material/Alert';
import { useTranslate } from 'react-admin';
import type { ImportReport } from './types';
import { UploadProgress } from './UploadProgress';

const changesOf = (report: ImportReport) =>
  report.counts.create + report.counts.update + report.counts.deactivate;

/** One sentence on where the job stands and what, if anything, was written. */
export const ImportOutcome = ({ report }: { report: ImportReport }) => {
  const translate = useTranslate();
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
            : translate('cutover.imports.outcome.failed', { smart_count: report.errorRows })}
        </Alert>
      );
    case 'held': {
      const count = report.hold === 'deactivations' ? counts.deactivate : changesOf(report);
      return (
        <Alert severity="warning">
          {translate(`cutover.imports.outcome.held_${report.hold ?? 'changes'}`, {
            count,
            base: counts.staffInScope,
          })}
        </Alert>
      );
    }
    case 'validated':
      return (
        <Alert severity="info">
          {changesOf(report) === 0
            ? translate('cutover.imports.outcome.nothing_to_change')
            : translate('cutover.imports.outcome.validated', { smart_count: changesOf(report) })}
        </Alert>
      );
    case 'succeeded':
      return (
        <Alert severity="success">
          {translate('cutover.imports.outcome.succeeded', {
            create: counts.create,
            update: counts.update,
            deactivate: counts.deactivate,
          })}
        </Alert>
      );
    case 'cancelled':
      return <Alert severity="info">{translate('cutover.imports.outcome.cancelled')}</Alert>;
  }
};
