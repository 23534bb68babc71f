import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const UserList = lazy(() => import('./UserList').then((m) => ({ default: m.UserList })));
const UserShow = lazy(() => import('./UserShow').then((m) => ({ default: m.UserShow })));
const UserEdit = lazy(() => import('./UserEdit').then((m) => ({ default: m.UserEdit })));
const UserCreate = lazy(() => import('./UserCreate').then((m) => ({ default: m.UserCreate })));

export const users = {
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: ManageAccountsIcon,
  recordRepresentation: 'login',
} satisfies Omit<ResourceProps, 'name'>;
