import type { ChatStatus } from '@cutover/domain';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import { required, SelectInput } from 'react-admin';
import { trpc } from '../providers/trpcClient';
import type { Selection } from '../staff/AllMatching';
import { BulkActionButton } from '../staff/BulkActionButton';
import type { BulkValues } from '../staff/BulkDialog';
import { chatChoices, chatEnums } from './chatEnums';

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
