import { OrgUnitEdit } from '../org-units/OrgUnitEdit';
import { MunicipalityInputs } from './MunicipalityInputs';

export const MunicipalityEdit = () => (
  <OrgUnitEdit resource="municipalities">
    <MunicipalityInputs />
  </OrgUnitEdit>
);
