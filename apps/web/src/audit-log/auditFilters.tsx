import { SelectInput, TextInput } from 'react-admin';
import { DayInput } from '../common/dates/DayInput';
import { OrgUnitSearchInput } from '../common/org-unit/OrgUnitSearchInput';
import { actionChoices, entityTypeChoices } from './auditChoices';

export const auditFilters = [
  <TextInput key="actor" source="actor" alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <DayInput key="from" source="from" alwaysOn />,
  <DayInput key="to" source="to" alwaysOn />,
  <SelectInput key="entityType" source="entityType" choices={entityTypeChoices} />,
  <TextInput key="entityId" source="entityId" />,
  <OrgUnitSearchInput key="withinId" source="withinId" />,
];
