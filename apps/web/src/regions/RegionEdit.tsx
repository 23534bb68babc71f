import { OrgUnitEdit } from '../org-units/OrgUnitEdit';
import { RegionInputs } from './RegionInputs';

export const RegionEdit = () => (
  <OrgUnitEdit resource="regions">
    <RegionInputs />
  </OrgUnitEdit>
);
