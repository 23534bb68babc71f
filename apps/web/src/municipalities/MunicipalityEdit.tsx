import { OrgUnitEdit } from '../common/org-unit/OrgUnitEdit';
import { MunicipalityInputs } from './MunicipalityInputs';

export const MunicipalityEdit = () => (
  <OrgUnitEdit resource="municipalities">
    <MunicipalityInputs />
  </OrgUnitEdit>
);
