import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { ScrollingTable } from '../common/list/ScrollingTable';
import type { PreviewAction, PreviewRow } from './types';
import { useCounted } from './useCounted';

interface PreviewTableProps {
  action: PreviewAction;
  total: number;
  rows: readonly PreviewRow[];
}

/** The first rows of one kind of change, so the uploader sees what committing would do. */
export const PreviewTable = ({ action, total, rows }: PreviewTableProps) => {
  const translate = useTranslate();
  const counted = useCounted();
  if (total === 0) return null;
  const headingId = `import-preview-${action}`;
  return (
    <Stack spacing={1} component="section" aria-labelledby={headingId}>
      <Typography id={headingId} component="h3" variant="subtitle1">
        {translate(`cutover.imports.preview.${action}`, counted(total))}
      </Typography>
      {rows.length < total && (
        <Typography variant="body2">
          {translate('cutover.imports.preview.first', { shown: rows.length })}
        </Typography>
      )}
      <ScrollingTable labelledBy={headingId}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('cutover.imports.row')}</TableCell>
              <TableCell>external_id</TableCell>
              <TableCell>{translate('resources.staff.fields.fullName')}</TableCell>
              <TableCell>institution_code</TableCell>
              <TableCell>{translate('resources.staff.fields.role')}</TableCell>
              {action === 'update' && <TableCell>{translate('cutover.imports.changed')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.row}>
                <TableCell>{row.row}</TableCell>
                <TableCell>{row.externalId}</TableCell>
                <TableCell>{row.fullName}</TableCell>
                <TableCell>{row.unitCode}</TableCell>
                <TableCell>{row.role ? translate(`enums.staffRole.${row.role}`) : '—'}</TableCell>
                {action === 'update' && <TableCell>{(row.changed ?? []).join(', ')}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollingTable>
    </Stack>
  );
};
