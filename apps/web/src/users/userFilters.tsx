import { roles } from '@cutover/domain';
import { NullableBooleanInput, SelectInput } from 'react-admin';
import { enumChoices } from '../fields/enums';
import { QuickSearch } from '../org-units/QuickSearch';
import { OrgUnitPicker } from './OrgUnitPicker';

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
  <OrgUnitPicker key="withinId" source="withinId" />,
];
