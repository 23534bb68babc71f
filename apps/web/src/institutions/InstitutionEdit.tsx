import { OrgUnitEdit } from '../org-units/OrgUnitEdit';
import { InstitutionInputs } from './InstitutionInputs';

export const InstitutionEdit = () => (
  <OrgUnitEdit resource="institutions">
    <InstitutionInputs />
  </OrgUnitEdit>
);
