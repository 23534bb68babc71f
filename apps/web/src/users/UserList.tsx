import { DataTable } from 'react-admin';
import { ExportListActions } from '../common/export/ExportListActions';
import { EnumField } from '../common/fields/EnumField';
import { LocalDateField } from '../common/fields/LocalDateField';
import type { CardContent } from '../common/list/CardList';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import type { UserRow } from './types';
import { UserStatusField } from './UserStatusField';
import { userFilters } from './userFilters';

const card: CardContent<UserRow> = {
  primary: (user) => user.displayName,
  secondary: (user) => (
    <>
      <UserStatusField /> {user.login}
    </>
  ),
  tertiary: (user) => user.scopeName,
};

export const UserList = () => (
  <ListPage
    actions={<ExportListActions report="users" title="cutover.exports.titles.users" />}
    filters={userFilters}
    sort={{ field: 'login', order: 'ASC' }}
    exporter={false}
    perPage={25}
  >
    <ListBody
      card={card}
      table={
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
      }
    />
  </ListPage>
);
