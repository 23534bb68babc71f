import SchoolIcon from '@mui/icons-material/School';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const InstitutionList = lazy(() =>
  import('./InstitutionList').then((m) => ({ default: m.InstitutionList })),
);
const InstitutionShow = lazy(() =>
  import('./InstitutionShow').then((m) => ({ default: m.InstitutionShow })),
);
const InstitutionEdit = lazy(() =>
  import('./InstitutionEdit').then((m) => ({ default: m.InstitutionEdit })),
);
const InstitutionCreate = lazy(() =>
  import('./InstitutionCreate').then((m) => ({ default: m.InstitutionCreate })),
);

export const institutions = {
  list: InstitutionList,
  show: InstitutionShow,
  edit: InstitutionEdit,
  create: InstitutionCreate,
  icon: SchoolIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
