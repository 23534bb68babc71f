/** The staff CSV's columns in the order the README documents them. */
export const staffColumns = [
  'external_id',
  'institution_code',
  'full_name',
  'role',
  'phone',
  'email',
  'status',
] as const;

/** An empty staff file to fill in, with `;` as Excel in a Russian locale writes it. */
export const staffTemplateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(
  `${staffColumns.join(';')}\r\n`,
)}`;
