import { VersionedEdit } from '../common/forms/VersionedEdit';
import { ChatInputs } from './ChatInputs';

export const ChatEdit = () => (
  <VersionedEdit>
    <ChatInputs />
  </VersionedEdit>
);
