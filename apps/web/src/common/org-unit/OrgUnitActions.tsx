import type { OrgLevel } from '@cutover/domain';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { useState } from 'react';
import {
  Button,
  CreateButton,
  EditButton,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import type { OrgUnitShown } from '../rows';
import { CloseDialog } from './CloseDialog';
import { MergeDialog } from './MergeDialog';
import { MoveDialog, type ParentResource } from './MoveDialog';
import { parentInReach } from './parentInReach';

type Open = 'move' | 'close' | 'merge' | null;

const parentResourceOf: Partial<Record<OrgLevel, ParentResource>> = {
  municipality: 'regions',
  institution: 'municipalities',
};

const childResourceOf: Partial<Record<OrgLevel, string>> = {
  region: 'municipalities',
  municipality: 'institutions',
};

/** A unit's toolbar: edit, add a unit under it, and the structural changes its level allows. */
export const OrgUnitActions = () => {
  const record = useRecordContext<OrgUnitShown>();
  const [open, setOpen] = useState<Open>(null);
  const { canAccess } = useCanAccess({ resource: 'orgUnits', action: 'edit' });
  const parentResource = record ? parentResourceOf[record.level] : undefined;
  // A new parent is picked from its level's list: without that list there is nowhere to move.
  const { canAccess: canListParents } = useCanAccess({
    resource: parentResource ?? 'regions',
    action: 'list',
  });
  if (!record) return <TopToolbar />;
  const childResource = childResourceOf[record.level];
  const changeable = canAccess === true && !record.validTo && parentInReach(record);
  const close = () => setOpen(null);
  return (
    <TopToolbar>
      {childResource && !record.validTo ? (
        <CreateButton
          resource={childResource}
          label={`cutover.org_actions.add_${childResource}`}
          state={{ record: { parentId: record.id } }}
        />
      ) : null}
      {record.validTo ? null : <EditButton />}
      {changeable && parentResource && canListParents ? (
        <Button label="cutover.org_actions.move" onClick={() => setOpen('move')}>
          <DriveFileMoveIcon />
        </Button>
      ) : null}
      {changeable && record.level === 'institution' ? (
        <Button label="cutover.org_actions.merge" onClick={() => setOpen('merge')}>
          <CallMergeIcon />
        </Button>
      ) : null}
      {changeable ? (
        <Button label="cutover.org_actions.close" onClick={() => setOpen('close')}>
          <EventBusyIcon />
        </Button>
      ) : null}
      {open === 'move' && parentResource ? (
        <MoveDialog unit={record} parentResource={parentResource} onClose={close} />
      ) : null}
      {open === 'close' ? <CloseDialog unit={record} onClose={close} /> : null}
      {open === 'merge' ? <MergeDialog unit={record} onClose={close} /> : null}
    </TopToolbar>
  );
};
