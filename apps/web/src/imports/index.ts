import UploadFileIcon from '@mui/icons-material/UploadFile';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const ImportList = lazy(() => import('./ImportList').then((m) => ({ default: m.ImportList })));
const ImportShow = lazy(() => import('./ImportShow').then((m) => ({ default: m.ImportShow })));
const ImportCreate = lazy(() =>
  import('./ImportCreate').then((m) => ({ default: m.ImportCreate })),
);

export const imports = {
  list: ImportList,
  show: ImportShow,
  create: ImportCreate,
  icon: UploadFileIcon,
  recordRepresentation: 'fileName',
} satisfies Omit<ResourceProps, 'name'>;
