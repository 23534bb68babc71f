import { OrgUnitSearchInput } from '../common/org-unit/OrgUnitSearchInput';
import { WaveInput } from '../common/wave-fields/WaveInput';

export const deadlineFilters = [
  <WaveInput key="waveId" source="waveId" alwaysOn />,
  <OrgUnitSearchInput key="withinId" source="withinId" alwaysOn />,
  <OrgUnitSearchInput key="orgUnitId" source="orgUnitId" />,
];
