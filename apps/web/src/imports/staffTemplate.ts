import { staffCsvColumns } from '@cutover/domain';

/** The staff CSV's columns, in the order the parser documents them. */
export const staffColumns = staffCsvColumns;

/** An empty staff file to fill in, with `;` as Excel in a Russian locale writes it. */
export const staffTemplateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(
  `${staffCsvColumns.join(';')}\r\n`,
)}`;
