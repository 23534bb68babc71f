import { DataTable } from 'react-admin';
import { EnumField } from '../fields/EnumField';
import { ChatStatusField } from './ChatStatusField';
import { ParentsField } from './ParentsField';

/** The columns every chat table shows (the list adds the institution). */
export const chatColumns = [
  <DataTable.Col key="title" source="title" />,
  <DataTable.Col key="kind" source="kind">
    <EnumField source="kind" enumName="chatKind" />
  </DataTable.Col>,
  <DataTable.Col key="status" source="status">
    <ChatStatusField />
  </DataTable.Col>,
  <DataTable.Col key="legacyPlatform" source="legacyPlatform">
    <EnumField source="legacyPlatform" enumName="legacyPlatform" />
  </DataTable.Col>,
  <DataTable.Col key="parentsJoined" source="parentsJoined">
    <ParentsField />
  </DataTable.Col>,
];
