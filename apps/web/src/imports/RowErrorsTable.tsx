import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { ScrollingTable } from '../common/list/ScrollingTable';
import type { ImportReport } from './types';

/**
 * The per-row report: line in the file (1 is the header, 0 the file as a whole), column,
 * and what is wrong, in the reader's language. The full list downloads as CSV.
 */
export const RowErrorsTable = ({ report }: { report: ImportReport }) => {
  const translate = useTranslate();
  if (report.errors.length === 0) return null;
  const more = report.errorRows > report.errors.length;
  return (
    <Stack spacing={1} component="section" aria-labelledby="import-errors-heading">
      <Typography id="import-errors-heading" component="h2" variant="h6">
        {translate('cutover.imports.errors_heading')}
      </Typography>
      <Typography variant="body2">
        {more
          ? translate('cutover.imports.errors_first', { shown: report.errors.length })
          : translate('cutover.imports.errors_all')}{' '}
        <Link href={`/api/imports/${report.id}/errors.csv`} download underline="always">
          {translate('cutover.imports.errors_download')}
        </Link>
      </Typography>
      <ScrollingTable labelledBy="import-errors-heading">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('cutover.imports.row')}</TableCell>
              <TableCell>{translate('cutover.imports.field')}</TableCell>
              <TableCell>{translate('cutover.imports.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.errors.map((error) => (
              <TableRow key={`${error.row}:${error.field}:${error.message}`}>
                <TableCell>
                  {error.row === 0 ? translate('cutover.imports.whole_file') : error.row}
                </TableCell>
                <TableCell>{error.field}</TableCell>
                <TableCell>{translate(error.message, { _: error.text })}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollingTable>
    </Stack>
  );
};
