import { DataTable, List } from 'react-admin';
import { EnumField } from '../fields/EnumField';
import { LocalDateField } from '../fields/LocalDateField';
import { OrgUnitLink } from '../org-units/OrgUnitLink';
import type { StaffRow } from '../org-units/types';
import { FunnelStatusField } from './FunnelStatusField';
import { staffFilters } from './staffFilters';

export const StaffList = () => (
  <List
    filters={staffFilters}
    sort={{ field: 'fullName', order: 'ASC' }}
    exporter={false}
    perPage={25}
  >
    <DataTable<StaffRow> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="fullName" />
      <DataTable.Col source="role">
        <EnumField source="role" enumName="staffRole" />
      </DataTable.Col>
      <DataTable.Col source="funnelStatus">
        <FunnelStatusField />
      </DataTable.Col>
      <DataTable.Col source="orgUnitName">
        <OrgUnitLink />
      </DataTable.Col>
      <DataTable.Col source="lastActiveAt">
        <LocalDateField source="lastActiveAt" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
