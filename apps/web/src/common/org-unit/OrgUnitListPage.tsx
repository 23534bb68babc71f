import type { ReactElement, ReactNode } from 'react';
import { DataTable } from 'react-admin';
import { ExportListActions } from '../export/ExportListActions';
import type { ExportSubject } from '../export/exportInput';
import type { CardContent } from '../list/CardList';
import { ListBody } from '../list/ListBody';
import { ListPage } from '../list/ListPage';
import type { OrgUnitRow } from '../rows';

interface OrgUnitListPageProps {
  /** The server's export of this level; the dialog's title is `cutover.exports.titles.<report>`. */
  report: ExportSubject['report'];
  filters: ReactElement[];
  card: CardContent<OrgUnitRow>;
  /** The level's own columns, after name and code. */
  children: ReactNode;
}

/**
 * The list page of one level of the tree (regions, municipalities, institutions): by name,
 * 25 a page, table or phone cards. Exports are streamed by the server; react-admin's
 * in-browser CSV export stays off.
 */
export const OrgUnitListPage = ({ report, filters, card, children }: OrgUnitListPageProps) => (
  <ListPage
    actions={<ExportListActions report={report} title={`cutover.exports.titles.${report}`} />}
    filters={filters}
    sort={{ field: 'name', order: 'ASC' }}
    exporter={false}
    perPage={25}
  >
    <ListBody
      card={card}
      table={
        <DataTable<OrgUnitRow> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="code" />
          {children}
        </DataTable>
      }
    />
  </ListPage>
);
