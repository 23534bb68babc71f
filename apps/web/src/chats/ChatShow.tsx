import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { FieldGroup } from '../fields/FieldGroup';
import { LocalDateField } from '../fields/LocalDateField';
import { OrgUnitLink } from '../org-units/OrgUnitLink';
import { ChatEnumField } from './ChatEnumField';
import { ChatStatusField } from './ChatStatusField';

/** A chat's metadata and migration state; Cutover never holds message content. */
export const ChatShow = () => (
  <Show>
    <SimpleShowLayout>
      <FieldGroup>
        <TextField source="title" />
        <TextField source="classLabel" emptyText="—" />
        <ChatEnumField source="kind" enumName="chatKind" />
        <OrgUnitLink source="orgUnitName" />
      </FieldGroup>
      <FieldGroup titleKey="cutover.chats.migration">
        <ChatStatusField source="status" />
        <ChatEnumField source="legacyPlatform" enumName="legacyPlatform" />
        <NumberField source="parentsExpected" />
        <NumberField source="parentsJoined" />
        <LocalDateField source="migratedAt" showTime emptyText="—" />
        <LocalDateField source="legacyClosedAt" showTime emptyText="—" />
      </FieldGroup>
    </SimpleShowLayout>
  </Show>
);
