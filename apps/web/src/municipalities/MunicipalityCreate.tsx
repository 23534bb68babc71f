import type { RaRecord } from 'react-admin';
import { OrgUnitCreate } from '../common/org-unit/OrgUnitCreate';
import { MunicipalityInputs } from './MunicipalityInputs';

const asMunicipality = (data: Partial<RaRecord>) => ({ ...data, kind: 'municipality' });

export const MunicipalityCreate = () => (
  <OrgUnitCreate resource="municipalities" transform={asMunicipality}>
    <MunicipalityInputs creating />
  </OrgUnitCreate>
);
