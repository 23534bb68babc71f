import { SelectArrayInput } from 'react-admin';
import { chatChoices } from '../common/chat-table/chatEnums';
import { OrgReferenceInput } from '../common/org-unit/OrgReferenceInput';
import { OrgUnitSearchInput } from '../common/org-unit/OrgUnitSearchInput';
import { QuickSearch } from '../common/org-unit/QuickSearch';

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
