import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ChatStatusField } from '../common/chat-table/ChatStatusField';
import { EnumField } from '../common/fields/EnumField';
import { FieldGroup } from '../common/fields/FieldGroup';
import { LocalDateField } from '../common/fields/LocalDateField';
import { OrgUnitLink } from '../common/org-unit/OrgUnitLink';

/** A chat's metadata and migration state; Cutover never holds message content. */
export const ChatShow = () => (
  <Show>
    <SimpleShowLayout>
      <FieldGroup>
        <TextField source="title" />
        <TextField source="classLabel" emptyText="—" />
        <EnumField source="kind" enumName="chatKind" />
        <OrgUnitLink source="orgUnitName" />
      </FieldGroup>
      <FieldGroup titleKey="cutover.chats.migration">
        <ChatStatusField source="status" />
        <EnumField source="legacyPlatform" enumName="legacyPlatform" />
        <NumberField source="parentsExpected" />
        <NumberField source="parentsJoined" />
        <LocalDateField source="migratedAt" showTime emptyText="—" />
        <LocalDateField source="legacyClosedAt" showTime emptyText="—" />
      </FieldGroup>
    </SimpleShowLayout>
  </Show>
);
