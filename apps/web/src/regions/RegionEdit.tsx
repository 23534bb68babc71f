import { OrgUnitEdit } from '../common/org-unit/OrgUnitEdit';
import { RegionInputs } from './RegionInputs';

export const RegionEdit = () => (
  <OrgUnitEdit resource="regions">
    <RegionInputs />
  </OrgUnitEdit>
);
