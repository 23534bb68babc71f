import type { StaffBulkAction } from '@cutover/domain';
import BlockIcon from '@mui/icons-material/Block';
import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import SendIcon from '@mui/icons-material/Send';
import { required } from 'react-admin';
import type { Selection } from '../common/list/AllMatching';
import { BulkActionButton } from '../common/list/BulkActionButton';
import type { BulkValues } from '../common/list/BulkDialog';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import { trpc } from '../providers/trpcClient';

const bulk =
  (action: StaffBulkAction) =>
  async (selection: Selection, values: BulkValues, dryRun: boolean) => {
    const target = action === 'transfer' ? { targetOrgUnitId: Number(values.targetOrgUnitId) } : {};
    const { affected } = await trpc.staff.bulk.mutate({ action, ...selection, ...target, dryRun });
    return affected;
  };

/** Deactivate, invite or transfer the selected staff (or every match of the filter). */
export const StaffBulkActions = () => (
  <>
    <BulkActionButton
      label="cutover.bulk.invite"
      icon={<SendIcon />}
      execute={bulk('invite')}
      confirmMessage="cutover.bulk.invite_confirm"
      doneMessage="cutover.bulk.invite_done"
    />
    <BulkActionButton
      label="cutover.bulk.transfer"
      icon={<DriveFileMoveIcon />}
      inputs={
        <OrgReferenceInput
          source="targetOrgUnitId"
          reference="institutions"
          label="cutover.staff_actions.target"
          validate={required()}
        />
      }
      execute={bulk('transfer')}
      confirmMessage="cutover.bulk.transfer_confirm"
      doneMessage="cutover.bulk.transfer_done"
    />
    <BulkActionButton
      label="cutover.bulk.deactivate"
      icon={<BlockIcon />}
      execute={bulk('deactivate')}
      confirmMessage="cutover.bulk.deactivate_confirm"
      doneMessage="cutover.bulk.deactivate_done"
    />
  </>
);
