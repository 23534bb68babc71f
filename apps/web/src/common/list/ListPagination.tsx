import { Box } from '@mui/material';
import { Pagination, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { ExactCount } from './ExactCount';

/**
 * react-admin's pagination, honest about a total the server counted only up to a cap
 * (`meta.moreThanTotal`): "1–25 of more than 1,000", with a request for the exact count.
 * The pages go as far as the counted rows.
 */
export const ListPagination = () => {
  const { total, meta } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!meta?.moreThanTotal || total === undefined) return <Pagination />;
  const label = ({ from, to }: { from: number; to: number }) =>
    translate('cutover.list.range_more_than', {
      from: from.toLocaleString(locale),
      to: to.toLocaleString(locale),
      total: total.toLocaleString(locale),
    });
  return (
    <Box>
      {/* Pagination passes its other props on to MUI's TablePagination, this one too. */}
      <Pagination {...({ labelDisplayedRows: label } as object)} />
      <ExactCount />
    </Box>
  );
};
