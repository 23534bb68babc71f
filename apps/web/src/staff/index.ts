import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const StaffList = lazy(() => import('./StaffList').then((m) => ({ default: m.StaffList })));
const StaffShow = lazy(() => import('./StaffShow').then((m) => ({ default: m.StaffShow })));
const StaffEdit = lazy(() => import('./StaffEdit').then((m) => ({ default: m.StaffEdit })));
const StaffCreate = lazy(() => import('./StaffCreate').then((m) => ({ default: m.StaffCreate })));

export const staff = {
  list: StaffList,
  show: StaffShow,
  edit: StaffEdit,
  create: StaffCreate,
  icon: PeopleIcon,
  recordRepresentation: 'fullName',
} satisfies Omit<ResourceProps, 'name'>;
