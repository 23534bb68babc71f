import { VersionedEdit } from '../org-units/VersionedEdit';
import { ChatInputs } from './ChatInputs';

export const ChatEdit = () => (
  <VersionedEdit>
    <ChatInputs />
  </VersionedEdit>
);
