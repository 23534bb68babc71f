import { DataTable, List } from 'react-admin';
import { ExportListActions } from '../common/export/ExportListActions';
import { EnumField } from '../common/fields/EnumField';
import { LocalDateField } from '../common/fields/LocalDateField';
import type { UserRow } from './types';
import { UserStatusField } from './UserStatusField';
import { userFilters } from './userFilters';

export const UserList = () => (
  <List
    filters={userFilters}
    sort={{ field: 'login', order: 'ASC' }}
    exporter={false}
    actions={<ExportListActions report="users" title="cutover.exports.titles.users" />}
    perPage={25}
  >
    <DataTable<UserRow> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="displayName" />
      <DataTable.Col source="login" />
      <DataTable.Col source="role">
        <EnumField source="role" enumName="userRole" />
      </DataTable.Col>
      <DataTable.Col source="scopeName" disableSort />
      <DataTable.Col source="disabled" disableSort>
        <UserStatusField />
      </DataTable.Col>
      <DataTable.Col source="lastSignInAt">
        <LocalDateField source="lastSignInAt" showTime emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
