import { OrgUnitCreate } from '../org-units/OrgUnitCreate';
import { InstitutionInputs } from './InstitutionInputs';

export const InstitutionCreate = () => (
  <OrgUnitCreate resource="institutions">
    <InstitutionInputs creating />
  </OrgUnitCreate>
);
