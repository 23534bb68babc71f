import { DataTable, SimpleShowLayout, TextField } from 'react-admin';
import { FieldGroup } from '../common/fields/FieldGroup';
import { LocalDateField } from '../common/fields/LocalDateField';
import { LocalNumberCol, LocalNumberField } from '../common/fields/LocalNumber';
import { unitCard } from '../common/list/cards';
import { ChildList } from '../common/org-unit/ChildList';
import { OrgBreadcrumb } from '../common/org-unit/OrgBreadcrumb';
import { OrgUnitShowPage } from '../common/org-unit/OrgUnitShowPage';
import { SubtreeCounts } from '../common/org-unit/SubtreeCounts';
import type { OrgUnitRow } from '../common/rows';

export const RegionShow = () => (
  <OrgUnitShowPage>
    <SimpleShowLayout>
      <OrgBreadcrumb />
      <FieldGroup>
        <TextField source="name" />
        <TextField source="nameEn" emptyText="—" />
        <TextField source="code" />
        <TextField source="authorityName" emptyText="—" />
        <LocalNumberField source="populationK" emptyText="—" />
        <LocalDateField source="validFrom" />
      </FieldGroup>
      <SubtreeCounts counts={['childCount', 'institutions', 'staff']} />
      <ChildList card={unitCard} reference="municipalities" target="parentId" sortField="name">
        <DataTable<OrgUnitRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="code" />
          <LocalNumberCol source="childCount" disableSort />
        </DataTable>
      </ChildList>
    </SimpleShowLayout>
  </OrgUnitShowPage>
);
