import LocationCityIcon from '@mui/icons-material/LocationCity';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const MunicipalityList = lazy(() =>
  import('./MunicipalityList').then((m) => ({ default: m.MunicipalityList })),
);
const MunicipalityShow = lazy(() =>
  import('./MunicipalityShow').then((m) => ({ default: m.MunicipalityShow })),
);

export const municipalities = {
  list: MunicipalityList,
  show: MunicipalityShow,
  icon: LocationCityIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
