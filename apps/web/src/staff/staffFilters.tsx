import { SelectArrayInput, SelectInput } from 'react-admin';
import { enumChoices, funnelStatuses, staffRoles } from '../fields/enums';
import { OrgReferenceInput } from '../org-units/OrgReferenceInput';
import { QuickSearch } from '../org-units/QuickSearch';
import { InactivityChoice } from './InactivityChoice';

const inactivityChoices = [7, 14, 30, 90].map((days) => ({ id: days, days }));

export const staffFilters = [
  <QuickSearch key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('staffRole', staffRoles)} alwaysOn />,
  <SelectArrayInput
    key="funnelStatus"
    source="funnelStatus"
    choices={enumChoices('funnelStatus', funnelStatuses)}
    alwaysOn
    sx={{ minWidth: 200 }}
  />,
  <OrgReferenceInput key="withinId" source="withinId" reference="regions" />,
  <OrgReferenceInput key="orgUnitId" source="orgUnitId" reference="institutions" />,
  <SelectInput
    key="inactiveForDays"
    source="inactiveForDays"
    choices={inactivityChoices}
    optionText={<InactivityChoice />}
  />,
];
