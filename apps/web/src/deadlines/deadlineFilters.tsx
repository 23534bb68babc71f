import { OrgUnitSearchInput } from '../org-units/OrgUnitSearchInput';
import { WaveInput } from '../waves/WaveInput';

export const deadlineFilters = [
  <WaveInput key="waveId" source="waveId" alwaysOn />,
  <OrgUnitSearchInput key="withinId" source="withinId" alwaysOn />,
  <OrgUnitSearchInput key="orgUnitId" source="orgUnitId" />,
];
