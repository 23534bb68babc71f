import { institutionKinds } from '@cutover/domain';
import { required, SelectInput } from 'react-admin';
import { enumChoices } from '../fields/enums';
import { OrgReferenceInput } from '../org-units/OrgReferenceInput';
import { OrgUnitInputs } from '../org-units/OrgUnitInputs';

const kindChoices = enumChoices('kind', institutionKinds);

/** The municipality is chosen on creation only; later it changes through "Move". */
export const InstitutionInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    {creating ? (
      <OrgReferenceInput source="parentId" reference="municipalities" validate={required()} />
    ) : null}
    <SelectInput source="kind" choices={kindChoices} validate={required()} />
    <OrgUnitInputs creating={creating} />
  </>
);
