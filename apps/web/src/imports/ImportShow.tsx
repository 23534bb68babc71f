import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  ListButton,
  ShowBase,
  TextField,
  Title,
  TopToolbar,
  useShowContext,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../common/fields/EnumField';
import { FieldGroup } from '../common/fields/FieldGroup';
import { LocalDateField } from '../common/fields/LocalDateField';
import { CommitPanel } from './CommitPanel';
import { ImportCounts } from './ImportCounts';
import { ImportOutcome } from './ImportOutcome';
import { ImportStatusField } from './ImportStatusField';
import { PreviewTable } from './PreviewTable';
import { RowErrorsTable } from './RowErrorsTable';
import { reportSections } from './reportSections';
import { type ImportReport, isBusy } from './types';

const POLL_MS = 1000;

/** Polls while the server is still checking the file; stops once the job settles. */
const refetchInterval = (query: { state: { data?: ImportReport | undefined } }) =>
  query.state.data && isBusy(query.state.data.status) ? POLL_MS : false;

const isReport = (record: ImportReport | undefined): record is ImportReport =>
  record !== undefined && Array.isArray(record.errors) && record.preview !== undefined;

const ReportView = () => {
  const translate = useTranslate();
  const { record } = useShowContext<ImportReport>();
  // Opened from the list, react-admin first shows the list's row, which has no report yet.
  if (!isReport(record)) return <LinearProgress aria-label={translate('ra.page.loading')} />;
  const title = translate('cutover.imports.job_title', {
    id: record.id,
    name: record.fileName ?? '',
  });
  const sections = reportSections(record);
  return (
    <Card component="section" sx={{ mt: 1 }}>
      <Title title={title} />
      <CardContent>
        <Stack spacing={3}>
          <Typography component="h2" variant="h6">
            {title}
          </Typography>
          <FieldGroup>
            <EnumField source="kind" enumName="importFormat" />
            <ImportStatusField source="status" />
            <TextField source="scopeName" />
            <TextField source="createdByLogin" />
            <LocalDateField source="createdAt" showTime />
            <LocalDateField source="finishedAt" showTime emptyText="—" />
          </FieldGroup>
          <ImportOutcome report={record} />
          <CommitPanel report={record} />
          {!isBusy(record.status) && record.counts.rows > 0 && (
            <ImportCounts report={record} shown={sections.counts} />
          )}
          <RowErrorsTable report={record} />
          {sections.previews.map((action) => {
            const preview = record.preview[action];
            return preview ? (
              <PreviewTable
                key={action}
                action={action}
                total={preview.total}
                rows={preview.rows}
              />
            ) : null;
          })}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** A job's report: status, counts, the per-row errors, a preview of the changes, commit. */
export const ImportShow = () => (
  <ShowBase queryOptions={{ refetchInterval }}>
    <TopToolbar>
      <ListButton />
    </TopToolbar>
    <ReportView />
  </ShowBase>
);
