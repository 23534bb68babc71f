import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CountKey } from './reportSections';
import type { ImportReport } from './types';

/** How the file's rows divide between the plan's actions. */
export const ImportCounts = ({
  report,
  shown,
}: {
  report: ImportReport;
  shown: readonly CountKey[];
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const format = new Intl.NumberFormat(locale);
  return (
    <Table size="small" sx={{ maxWidth: 560 }}>
      <caption>
        {translate('cutover.imports.counts_caption', {
          base: format.format(report.counts.staffInScope),
        })}
      </caption>
      <TableHead>
        <TableRow>
          <TableCell>{translate('cutover.imports.action')}</TableCell>
          <TableCell align="right">{translate('cutover.imports.row_count')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {shown.map((key) => (
          <TableRow key={key}>
            <TableCell>{translate(`cutover.imports.counts.${key}`)}</TableCell>
            <TableCell align="right">{format.format(report.counts[key])}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
