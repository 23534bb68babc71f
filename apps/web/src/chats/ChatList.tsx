import { DataTable, FilterButton, List, TopToolbar, useCanAccess } from 'react-admin';
import { OrgUnitLink } from '../org-units/OrgUnitLink';
import { AllMatchingProvider, SelectionToolbar } from '../staff/AllMatching';
import { LabelledCheckboxes } from '../staff/LabelledCheckboxes';
import { SavedFiltersMenu } from '../staff/SavedFiltersMenu';
import { ChatBulkActions } from './ChatBulkActions';
import { chatColumns } from './ChatColumns';
import { chatFilters } from './chatFilters';
import type { ChatRow } from './types';

const ChatListActions = () => (
  <TopToolbar>
    <SavedFiltersMenu resource="chats" />
    <FilterButton />
  </TopToolbar>
);

const ChatTable = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'chats', action: 'edit' });
  return (
    <DataTable<ChatRow>
      rowClick="show"
      bulkActionButtons={canEdit ? <ChatBulkActions /> : false}
      bulkActionsToolbar={
        canEdit ? (
          <SelectionToolbar>
            <ChatBulkActions />
          </SelectionToolbar>
        ) : undefined
      }
    >
      {chatColumns}
      <DataTable.Col source="orgUnitName">
        <OrgUnitLink />
      </DataTable.Col>
    </DataTable>
  );
};

// Exports are streamed by the server; react-admin's in-browser CSV export stays off.
export const ChatList = () => (
  <List
    filters={chatFilters}
    sort={{ field: 'title', order: 'ASC' }}
    exporter={false}
    perPage={25}
    actions={<ChatListActions />}
  >
    <AllMatchingProvider>
      <LabelledCheckboxes>
        <ChatTable />
      </LabelledCheckboxes>
    </AllMatchingProvider>
  </List>
);
