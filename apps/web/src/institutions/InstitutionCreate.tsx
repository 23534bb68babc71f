import { OrgUnitCreate } from '../common/org-unit/OrgUnitCreate';
import { InstitutionInputs } from './InstitutionInputs';

export const InstitutionCreate = () => (
  <OrgUnitCreate resource="institutions">
    <InstitutionInputs creating />
  </OrgUnitCreate>
);
