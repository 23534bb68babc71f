import LocationCityIcon from '@mui/icons-material/LocationCity';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const MunicipalityList = lazy(() =>
  import('./MunicipalityList').then((m) => ({ default: m.MunicipalityList })),
);
const MunicipalityShow = lazy(() =>
  import('./MunicipalityShow').then((m) => ({ default: m.MunicipalityShow })),
);
const MunicipalityEdit = lazy(() =>
  import('./MunicipalityEdit').then((m) => ({ default: m.MunicipalityEdit })),
);
const MunicipalityCreate = lazy(() =>
  import('./MunicipalityCreate').then((m) => ({ default: m.MunicipalityCreate })),
);

export const municipalities = {
  list: MunicipalityList,
  show: MunicipalityShow,
  edit: MunicipalityEdit,
  create: MunicipalityCreate,
  icon: LocationCityIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
