import { required } from 'react-admin';
import { OrgReferenceInput } from '../org-units/OrgReferenceInput';
import { OrgUnitInputs } from '../org-units/OrgUnitInputs';

/** The region is chosen on creation only; later it changes through "Move". */
export const MunicipalityInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    {creating ? (
      <OrgReferenceInput source="parentId" reference="regions" validate={required()} />
    ) : null}
    <OrgUnitInputs creating={creating} />
  </>
);
