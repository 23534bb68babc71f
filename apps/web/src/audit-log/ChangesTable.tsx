import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditRow } from './types';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The record before and after the change, field by field; changed fields are marked. */
export const ChangesTable = () => {
  const record = useRecordContext<AuditRow>();
  const translate = useTranslate();
  if (!record) return null;
  const before = isPlainObject(record.before) ? record.before : {};
  const after = isPlainObject(record.after) ? record.after : {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (keys.length === 0) {
    return <Typography variant="body2">{translate('cutover.audit.none')}</Typography>;
  }
  return (
    <Table size="small" sx={{ maxWidth: 900 }}>
      <TableHead>
        <TableRow>
          <TableCell component="th">{translate('cutover.audit.field')}</TableCell>
          <TableCell component="th">{translate('resources.auditLog.fields.before')}</TableCell>
          <TableCell component="th">{translate('resources.auditLog.fields.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {keys.map((key) => {
          const changed = show(before[key]) !== show(after[key]);
          return (
            <TableRow key={key}>
              <TableCell component="th" scope="row">
                {key}
                {changed && record.before !== null
                  ? ` (${translate('cutover.audit.changed')})`
                  : ''}
              </TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>{show(before[key])}</TableCell>
              <TableCell sx={{ wordBreak: 'break-word', fontWeight: changed ? 600 : 400 }}>
                {show(after[key])}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
