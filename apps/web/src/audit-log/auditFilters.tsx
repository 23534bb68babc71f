import { DateInput, SelectInput, TextInput } from 'react-admin';
import { OrgUnitSearchInput } from '../common/org-unit/OrgUnitSearchInput';
import { actionChoices, entityTypeChoices } from './auditChoices';

export const auditFilters = [
  <TextInput key="actor" source="actor" alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <SelectInput key="entityType" source="entityType" choices={entityTypeChoices} />,
  <TextInput key="entityId" source="entityId" />,
  <OrgUnitSearchInput key="withinId" source="withinId" />,
];
