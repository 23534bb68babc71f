import {
  maxLength,
  minLength,
  minValue,
  NumberInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { chatChoices } from '../common/chat-table/chatEnums';

const counts = [required(), minValue(0)];

/**
 * The chat form. "Joined" above "expected" is left for the server to refuse: its field
 * error names whichever of the two was changed.
 */
export const ChatInputs = () => (
  <>
    <TextInput source="title" validate={[required(), minLength(1), maxLength(300)]} fullWidth />
    <TextInput source="classLabel" validate={[maxLength(20)]} />
    <SelectInput source="kind" choices={chatChoices('chatKind')} validate={required()} />
    <SelectInput source="status" choices={chatChoices('chatStatus')} validate={required()} />
    <SelectInput
      source="legacyPlatform"
      choices={chatChoices('legacyPlatform')}
      validate={required()}
    />
    <NumberInput source="parentsExpected" min={0} step={1} validate={counts} />
    <NumberInput source="parentsJoined" min={0} step={1} validate={counts} />
  </>
);
