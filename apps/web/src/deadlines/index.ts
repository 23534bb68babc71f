import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const DeadlineList = lazy(() =>
  import('./DeadlineList').then((m) => ({ default: m.DeadlineList })),
);
const DeadlineShow = lazy(() =>
  import('./DeadlineShow').then((m) => ({ default: m.DeadlineShow })),
);
const DeadlineEdit = lazy(() =>
  import('./DeadlineEdit').then((m) => ({ default: m.DeadlineEdit })),
);
const DeadlineCreate = lazy(() =>
  import('./DeadlineCreate').then((m) => ({ default: m.DeadlineCreate })),
);

export const deadlines = {
  list: DeadlineList,
  show: DeadlineShow,
  edit: DeadlineEdit,
  create: DeadlineCreate,
  icon: EventAvailableIcon,
  recordRepresentation: 'orgUnitName',
} satisfies Omit<ResourceProps, 'name'>;
