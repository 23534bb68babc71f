import { required } from 'react-admin';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import { OrgUnitInputs } from '../common/org-unit/OrgUnitInputs';

/** The region is chosen on creation only; later it changes through "Move". */
export const MunicipalityInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    {creating ? (
      <OrgReferenceInput source="parentId" reference="regions" validate={required()} />
    ) : null}
    <OrgUnitInputs creating={creating} />
  </>
);
