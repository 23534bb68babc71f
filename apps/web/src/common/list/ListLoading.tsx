import LinearProgress from '@mui/material/LinearProgress';
import { useTranslate } from 'react-admin';

/**
 * A list's first load, named for screen readers. react-admin's own skeleton draws
 * unlabelled checkboxes, which axe reports while a list is still loading.
 */
export const ListLoading = () => {
  const translate = useTranslate();
  return <LinearProgress aria-label={translate('cutover.list.loading')} sx={{ my: 2 }} />;
};
