import { DataTable, FilterButton, TopToolbar } from 'react-admin';
import { ExportButton } from '../common/export/ExportButton';
import { LocalDateField } from '../common/fields/LocalDateField';
import type { CardContent } from '../common/list/CardList';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import { AuditActionField, AuditRecordField, EntityTypeField } from './AuditFields';
import { auditFilters } from './auditFilters';
import type { AuditRow } from './types';

const AuditLogActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton report="auditLog" title="cutover.exports.titles.auditLog" />
  </TopToolbar>
);

const card: CardContent<AuditRow> = {
  primary: (entry) => entry.actorLogin ?? '—',
  secondary: () => (
    <>
      <AuditActionField source="action" />: <AuditRecordField source="entityId" />
    </>
  ),
  tertiary: () => <LocalDateField source="at" showTime />,
};

/** Newest first: every change, sign-in, import and export in the reader's subtree. */
export const AuditLogList = () => (
  <ListPage
    filters={auditFilters}
    sort={{ field: 'id', order: 'DESC' }}
    exporter={false}
    perPage={25}
    actions={<AuditLogActions />}
  >
    <ListBody
      card={card}
      table={
        <DataTable<AuditRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="at">
            <LocalDateField source="at" showTime />
          </DataTable.Col>
          <DataTable.Col source="actorLogin" disableSort />
          <DataTable.Col source="action">
            <AuditActionField source="action" />
          </DataTable.Col>
          <DataTable.Col source="entityType" disableSort>
            <EntityTypeField source="entityType" />
          </DataTable.Col>
          <DataTable.Col source="entityId" disableSort>
            <AuditRecordField source="entityId" />
          </DataTable.Col>
        </DataTable>
      }
    />
  </ListPage>
);
