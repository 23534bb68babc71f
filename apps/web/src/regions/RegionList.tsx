import { LocalNumberCol } from '../common/fields/LocalNumber';
import { unitCard } from '../common/list/cards';
import { OrgUnitListPage } from '../common/org-unit/OrgUnitListPage';
import { QuickSearch } from '../common/org-unit/QuickSearch';

const filters = [<QuickSearch key="q" source="q" alwaysOn />];

export const RegionList = () => (
  <OrgUnitListPage report="regions" filters={filters} card={unitCard}>
    <LocalNumberCol source="populationK" />
    <LocalNumberCol source="childCount" disableSort />
  </OrgUnitListPage>
);
