import AddIcon from '@mui/icons-material/Add';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { useState } from 'react';
import { Button, TopToolbar, useCanAccess, useListContext, useRecordContext } from 'react-admin';
import type { WaveRow } from '../common/wave-fields/types';
import { CloseWaveDialog } from './CloseWaveDialog';
import { CreateWaveDialog } from './CreateWaveDialog';
import { RescheduleDialog } from './RescheduleDialog';

/** The wave's toolbar: reschedule and close, for the role allowed to (the federal admin). */
export const WaveActions = () => {
  const record = useRecordContext<WaveRow>();
  const [open, setOpen] = useState<'reschedule' | 'close' | null>(null);
  const { canAccess } = useCanAccess({ resource: 'waves', action: 'edit' });
  if (!record || canAccess !== true || record.closedOn) return <TopToolbar />;
  const close = () => setOpen(null);
  return (
    <TopToolbar>
      <Button label="cutover.waves.reschedule" onClick={() => setOpen('reschedule')}>
        <EventRepeatIcon />
      </Button>
      <Button label="cutover.waves.close" onClick={() => setOpen('close')}>
        <EventBusyIcon />
      </Button>
      {open === 'reschedule' ? <RescheduleDialog wave={record} onClose={close} /> : null}
      {open === 'close' ? <CloseWaveDialog wave={record} onClose={close} /> : null}
    </TopToolbar>
  );
};

/** The list's toolbar: a new wave, while some cohort has none and the role may create one. */
export const WaveListActions = () => {
  const { data } = useListContext<WaveRow>();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'waves', action: 'create' });
  if (canAccess !== true) return <TopToolbar />;
  const taken = (data ?? []).map((wave) => wave.code);
  return (
    <TopToolbar>
      <Button label="ra.action.create" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      {open ? <CreateWaveDialog taken={taken} onClose={() => setOpen(false)} /> : null}
    </TopToolbar>
  );
};
