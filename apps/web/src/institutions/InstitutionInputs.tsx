import { institutionKinds } from '@cutover/domain';
import { required, SelectInput } from 'react-admin';
import { enumChoices } from '../common/fields/enums';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import { OrgUnitInputs } from '../common/org-unit/OrgUnitInputs';

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
