import WavesIcon from '@mui/icons-material/Waves';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const WaveList = lazy(() => import('./WaveList').then((m) => ({ default: m.WaveList })));
const WaveShow = lazy(() => import('./WaveShow').then((m) => ({ default: m.WaveShow })));

export const waves = {
  list: WaveList,
  show: WaveShow,
  icon: WavesIcon,
  recordRepresentation: 'code',
} satisfies Omit<ResourceProps, 'name'>;
