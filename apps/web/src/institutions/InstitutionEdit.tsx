import { OrgUnitEdit } from '../common/org-unit/OrgUnitEdit';
import { InstitutionInputs } from './InstitutionInputs';

export const InstitutionEdit = () => (
  <OrgUnitEdit resource="institutions">
    <InstitutionInputs />
  </OrgUnitEdit>
);
