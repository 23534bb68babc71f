import type { ChatStatus } from '@cutover/domain';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import { required, SelectInput } from 'react-admin';
import { chatChoices, chatEnums } from '../common/chat-table/chatEnums';
import type { Selection } from '../common/list/AllMatching';
import { BulkActionButton } from '../common/list/BulkActionButton';
import type { BulkValues } from '../common/list/BulkDialog';
import { trpc } from '../providers/trpcClient';

const asStatus = (value: unknown): ChatStatus =>
  chatEnums.chatStatus.find((status) => status === value) ?? 'legacy';

const setStatus = async (selection: Selection, values: BulkValues, dryRun: boolean) => {
  const status = asStatus(values.status);
  const { affected } = await trpc.chats.bulkStatus.mutate({ status, ...selection, dryRun });
  return affected;
};

/** One new status for the selected chats (or every chat the filter matches). */
export const ChatBulkActions = () => (
  <BulkActionButton
    label="cutover.chats.bulk_status"
    icon={<SyncAltIcon />}
    inputs={
      <SelectInput
        source="status"
        label="cutover.chats.new_status"
        choices={chatChoices('chatStatus')}
        validate={required()}
      />
    }
    execute={setStatus}
    confirmMessage="cutover.chats.bulk_confirm"
    doneMessage="cutover.chats.bulk_done"
  />
);
