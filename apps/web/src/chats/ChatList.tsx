import { DataTable, FilterButton, TopToolbar, useCanAccess } from 'react-admin';
import { chatColumns } from '../common/chat-table/ChatColumns';
import type { ChatRow } from '../common/chat-table/types';
import { ExportButton } from '../common/export/ExportButton';
import { AllMatchingProvider, SelectionToolbar } from '../common/list/AllMatching';
import { chatCard } from '../common/list/cards';
import { LabelledCheckboxes } from '../common/list/LabelledCheckboxes';
import { ListBody } from '../common/list/ListBody';
import { ListPage } from '../common/list/ListPage';
import { SavedFiltersMenu } from '../common/list/SavedFiltersMenu';
import { OrgUnitLink } from '../common/org-unit/OrgUnitLink';
import { ChatBulkActions } from './ChatBulkActions';
import { chatFilters } from './chatFilters';

const ChatListActions = () => (
  <TopToolbar>
    <SavedFiltersMenu resource="chats" />
    <FilterButton />
    <ExportButton report="chats" title="cutover.exports.titles.chats" />
  </TopToolbar>
);

const ChatTable = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'chats', action: 'edit' });
  const table = (
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
  return (
    <ListBody table={table} card={chatCard} bulkActions={canEdit ? <ChatBulkActions /> : false} />
  );
};

// Exports are streamed by the server (ExportButton); react-admin's in-browser CSV export stays off.
export const ChatList = () => (
  <ListPage
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
  </ListPage>
);
