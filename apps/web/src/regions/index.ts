import PublicIcon from '@mui/icons-material/Public';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const RegionList = lazy(() => import('./RegionList').then((m) => ({ default: m.RegionList })));
const RegionShow = lazy(() => import('./RegionShow').then((m) => ({ default: m.RegionShow })));

export const regions = {
  list: RegionList,
  show: RegionShow,
  icon: PublicIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
