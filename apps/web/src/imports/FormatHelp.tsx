import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { staffColumns, staffTemplateHref } from './staffTemplate';
import type { ImportFiles } from './types';

/** What the chosen format expects, in a sentence or two, and a blank staff file. */
export const FormatHelp = ({ format }: { format: ImportFiles['format'] }) => {
  const translate = useTranslate();
  if (format === 'oneroster') {
    return <Typography variant="body2">{translate('cutover.imports.oneroster_help')}</Typography>;
  }
  return (
    <Typography variant="body2">
      {translate('cutover.imports.staff_help', { columns: staffColumns.join(', ') })}{' '}
      <Link href={staffTemplateHref} download="staff-template.csv" underline="always">
        {translate('cutover.imports.template')}
      </Link>
    </Typography>
  );
};
