import ForumIcon from '@mui/icons-material/Forum';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const ChatList = lazy(() => import('./ChatList').then((m) => ({ default: m.ChatList })));
const ChatShow = lazy(() => import('./ChatShow').then((m) => ({ default: m.ChatShow })));
const ChatEdit = lazy(() => import('./ChatEdit').then((m) => ({ default: m.ChatEdit })));

export const chats = {
  list: ChatList,
  show: ChatShow,
  edit: ChatEdit,
  icon: ForumIcon,
  recordRepresentation: 'title',
} satisfies Omit<ResourceProps, 'name'>;
