import SchoolIcon from '@mui/icons-material/School';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const InstitutionList = lazy(() =>
  import('./InstitutionList').then((m) => ({ default: m.InstitutionList })),
);
const InstitutionShow = lazy(() =>
  import('./InstitutionShow').then((m) => ({ default: m.InstitutionShow })),
);

export const institutions = {
  list: InstitutionList,
  show: InstitutionShow,
  icon: SchoolIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
