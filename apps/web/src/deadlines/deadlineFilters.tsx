import { OrgUnitPicker } from '../users/OrgUnitPicker';
import { WaveInput } from '../waves/WaveInput';

export const deadlineFilters = [
  <WaveInput key="waveId" source="waveId" alwaysOn />,
  <OrgUnitPicker key="withinId" source="withinId" alwaysOn />,
  <OrgUnitPicker key="orgUnitId" source="orgUnitId" />,
];
