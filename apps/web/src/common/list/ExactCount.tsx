import { Box, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Button,
  useDataProvider,
  useListContext,
  useLocaleState,
  useResourceContext,
  useTranslate,
} from 'react-admin';

type Counting = { state: 'idle' | 'counting' | 'failed' } | { state: 'done'; total: number };

/**
 * "More than 1,000 records match" and a button that asks the server for the exact number
 * (a separate request: a count of every match can take seconds). A new filter forgets it.
 */
export const ExactCount = () => {
  const { total, filterValues } = useListContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [counting, setCounting] = useState<Counting>({ state: 'idle' });
  const filterKey = JSON.stringify(filterValues);
  useEffect(() => setCounting({ state: 'idle' }), [filterKey]);
  const count = async () => {
    setCounting({ state: 'counting' });
    try {
      const exact: number = await dataProvider.countExactly(resource, filterValues);
      setCounting({ state: 'done', total: exact });
    } catch {
      setCounting({ state: 'failed' });
    }
  };
  const message =
    counting.state === 'done'
      ? translate('cutover.list.counted', {
          smart_count: counting.total,
          count: counting.total.toLocaleString(locale),
        })
      : counting.state === 'counting'
        ? translate('cutover.list.counting')
        : counting.state === 'failed'
          ? translate('cutover.list.count_failed')
          : translate('cutover.list.more_than', { total: (total ?? 0).toLocaleString(locale) });
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, pb: 1, flexWrap: 'wrap' }}>
      <Typography variant="body2" role="status" aria-live="polite">
        {message}
      </Typography>
      {counting.state !== 'done' && (
        <Button
          label={translate('cutover.list.count_exactly')}
          onClick={count}
          disabled={counting.state === 'counting'}
        />
      )}
    </Box>
  );
};
