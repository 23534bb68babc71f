import { SelectArrayInput } from 'react-admin';
import { OrgReferenceInput } from '../org-units/OrgReferenceInput';
import { OrgUnitSearchInput } from '../org-units/OrgUnitSearchInput';
import { QuickSearch } from '../org-units/QuickSearch';
import { chatChoices } from './chatEnums';

const subtreeLevels = ['region', 'municipality'] as const;

export const chatFilters = [
  <QuickSearch key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={chatChoices('chatStatus')}
    alwaysOn
    sx={{ minWidth: 180 }}
  />,
  <SelectArrayInput
    key="kind"
    source="kind"
    choices={chatChoices('chatKind')}
    alwaysOn
    sx={{ minWidth: 180 }}
  />,
  <SelectArrayInput
    key="legacyPlatform"
    source="legacyPlatform"
    choices={chatChoices('legacyPlatform')}
    sx={{ minWidth: 180 }}
  />,
  <OrgReferenceInput key="orgUnitId" source="orgUnitId" reference="institutions" />,
  <OrgUnitSearchInput
    key="withinId"
    source="withinId"
    levels={subtreeLevels}
    label="cutover.filters.within"
  />,
];
