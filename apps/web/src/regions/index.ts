import PublicIcon from '@mui/icons-material/Public';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const RegionList = lazy(() => import('./RegionList').then((m) => ({ default: m.RegionList })));
const RegionShow = lazy(() => import('./RegionShow').then((m) => ({ default: m.RegionShow })));
const RegionEdit = lazy(() => import('./RegionEdit').then((m) => ({ default: m.RegionEdit })));
const RegionCreate = lazy(() =>
  import('./RegionCreate').then((m) => ({ default: m.RegionCreate })),
);

export const regions = {
  list: RegionList,
  show: RegionShow,
  edit: RegionEdit,
  create: RegionCreate,
  icon: PublicIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
