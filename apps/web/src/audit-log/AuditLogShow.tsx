import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { FieldGroup } from '../common/fields/FieldGroup';
import { LocalDateField } from '../common/fields/LocalDateField';
import { AuditActionField, AuditRecordField, CodeField, EntityTypeField } from './AuditFields';
import { ChangesTable } from './ChangesTable';

const Changes = (_props: { source?: string; label?: string }) => {
  const translate = useTranslate();
  return (
    <Box component="section">
      <Typography component="h2" variant="subtitle1" gutterBottom>
        {translate('cutover.audit.changes')}
      </Typography>
      <ChangesTable />
    </Box>
  );
};

/** One entry, read-only: who did what to which record, when, from where, and its chain links. */
export const AuditLogShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <FieldGroup>
        <LocalDateField source="at" showTime />
        <TextField source="actorLogin" emptyText="—" />
        <AuditActionField source="action" />
        <EntityTypeField source="entityType" />
        <AuditRecordField source="entityId" />
      </FieldGroup>
      <Changes />
      <FieldGroup titleKey="cutover.audit.request">
        <CodeField source="requestId" />
        <TextField source="clientIp" emptyText="—" />
      </FieldGroup>
      <FieldGroup titleKey="cutover.audit.integrity">
        <CodeField source="hash" />
        <CodeField source="prevHash" />
      </FieldGroup>
    </SimpleShowLayout>
  </Show>
);
