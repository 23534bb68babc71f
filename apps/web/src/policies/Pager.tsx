import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { useUiLocale } from './useUiLocale';

interface PagerProps {
  page: number;
  perPage: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous / next through a table, with where we are; nothing when it fits on one page. */
export const Pager = ({ page, perPage, total, onPage }: PagerProps) => {
  const translate = useTranslate();
  const format = new Intl.NumberFormat(useUiLocale());
  if (total <= perPage) return null;
  const last = Math.ceil(total / perPage);
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`cutover.policies.pager.${key}`, options);
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', justifyContent: 'flex-end', mt: 1 }}>
      <Typography variant="body2" role="status">
        {t('range', {
          from: format.format((page - 1) * perPage + 1),
          to: format.format(Math.min(page * perPage, total)),
          total: format.format(total),
        })}
      </Typography>
      <Button size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('previous')}
      </Button>
      <Button size="small" disabled={page >= last} onClick={() => onPage(page + 1)}>
        {t('next')}
      </Button>
    </Box>
  );
};
