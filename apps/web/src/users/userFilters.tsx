import { roles } from '@cutover/domain';
import { NullableBooleanInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/fields/enums';
import { OrgUnitSearchInput } from '../common/org-unit/OrgUnitSearchInput';
import { QuickSearch } from '../common/org-unit/QuickSearch';

export const userFilters = [
  <QuickSearch key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('userRole', roles)} alwaysOn />,
  <NullableBooleanInput
    key="disabled"
    source="disabled"
    falseLabel="cutover.users.active"
    trueLabel="cutover.users.disabled"
    alwaysOn
    sx={{ minWidth: 160 }}
  />,
  <OrgUnitSearchInput key="withinId" source="withinId" />,
];
