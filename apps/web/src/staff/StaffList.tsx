import { CreateButton, DataTable, FilterButton, List, TopToolbar, useCanAccess } from 'react-admin';
import { EnumField } from '../fields/EnumField';
import { LocalDateField } from '../fields/LocalDateField';
import { OrgUnitLink } from '../org-units/OrgUnitLink';
import type { StaffRow } from '../org-units/types';
import { AllMatchingProvider, SelectionToolbar } from './AllMatching';
import { FunnelStatusField } from './FunnelStatusField';
import { LabelledCheckboxes } from './LabelledCheckboxes';
import { SavedFiltersMenu } from './SavedFiltersMenu';
import { StaffBulkActions } from './StaffBulkActions';
import { staffFilters } from './staffFilters';

const StaffListActions = () => (
  <TopToolbar>
    <SavedFiltersMenu resource="staff" />
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

const StaffTable = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'staff', action: 'edit' });
  return (
    <DataTable<StaffRow>
      rowClick="show"
      bulkActionButtons={canEdit ? <StaffBulkActions /> : false}
      bulkActionsToolbar={
        canEdit ? (
          <SelectionToolbar>
            <StaffBulkActions />
          </SelectionToolbar>
        ) : undefined
      }
    >
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
  );
};

// Exports are streamed by the server; react-admin's in-browser CSV export stays off.
export const StaffList = () => (
  <List
    filters={staffFilters}
    sort={{ field: 'fullName', order: 'ASC' }}
    exporter={false}
    perPage={25}
    actions={<StaffListActions />}
  >
    <AllMatchingProvider>
      <LabelledCheckboxes>
        <StaffTable />
      </LabelledCheckboxes>
    </AllMatchingProvider>
  </List>
);
