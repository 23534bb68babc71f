import { CreateButton, DataTable, FilterButton, TopToolbar, useCanAccess } from 'react-admin';
import { ExportButton } from '../common/export/ExportButton';
import { EnumField } from '../common/fields/EnumField';
import { FunnelStatusField } from '../common/fields/FunnelStatusField';
import { LocalDateField } from '../common/fields/LocalDateField';
import { AllMatchingProvider, SelectionToolbar } from '../common/list/AllMatching';
import { staffCard } from '../common/list/cards';
import { LabelledCheckboxes } from '../common/list/LabelledCheckboxes';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import { SavedFiltersMenu } from '../common/list/SavedFiltersMenu';
import { OrgUnitLink } from '../common/org-unit/OrgUnitLink';
import type { StaffRow } from '../common/rows';
import { StaffBulkActions } from './StaffBulkActions';
import { staffFilters } from './staffFilters';

const StaffListActions = () => (
  <TopToolbar>
    <SavedFiltersMenu resource="staff" />
    <FilterButton />
    <CreateButton />
    <ExportButton report="staff" title="cutover.exports.titles.staff" />
  </TopToolbar>
);

const StaffTable = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'staff', action: 'edit' });
  const table = (
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
  return (
    <ListBody table={table} card={staffCard} bulkActions={canEdit ? <StaffBulkActions /> : false} />
  );
};

// Exports are streamed by the server (ExportButton); react-admin's in-browser CSV export stays off.
export const StaffList = () => (
  <ListPage
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
  </ListPage>
);
