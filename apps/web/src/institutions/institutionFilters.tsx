import { institutionKinds } from '@cutover/domain';
import { SelectInput } from 'react-admin';
import { enumChoices } from '../common/fields/enums';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import { QuickSearch } from '../common/org-unit/QuickSearch';

export const institutionFilters = [
  <QuickSearch key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('kind', institutionKinds)} alwaysOn />,
  <OrgReferenceInput key="parentId" source="parentId" reference="municipalities" alwaysOn />,
  <OrgReferenceInput key="withinId" source="withinId" reference="regions" />,
];
