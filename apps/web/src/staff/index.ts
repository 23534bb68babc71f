import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const StaffList = lazy(() => import('./StaffList').then((m) => ({ default: m.StaffList })));
const StaffShow = lazy(() => import('./StaffShow').then((m) => ({ default: m.StaffShow })));

export const staff = {
  list: StaffList,
  show: StaffShow,
  icon: PeopleIcon,
  recordRepresentation: 'fullName',
} satisfies Omit<ResourceProps, 'name'>;
