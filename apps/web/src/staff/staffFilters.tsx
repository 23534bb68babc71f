import { SelectArrayInput, SelectInput } from 'react-admin';
import { enumChoices, funnelStatuses, staffRoles } from '../common/fields/enums';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import { OrgUnitSearchInput } from '../common/org-unit/OrgUnitSearchInput';
import { QuickSearch } from '../common/org-unit/QuickSearch';
import { InactivityChoice } from './InactivityChoice';

const subtreeLevels = ['region', 'municipality', 'institution'] as const;
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
  // Any unit of the caller's subtree, whatever the role (not every role may list regions).
  <OrgUnitSearchInput
    key="withinId"
    source="withinId"
    levels={subtreeLevels}
    label="cutover.filters.within"
  />,
  <OrgReferenceInput key="orgUnitId" source="orgUnitId" reference="institutions" />,
  <SelectInput
    key="inactiveForDays"
    source="inactiveForDays"
    choices={inactivityChoices}
    optionText={<InactivityChoice />}
  />,
];
