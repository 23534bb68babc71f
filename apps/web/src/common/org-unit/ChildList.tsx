import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactElement } from 'react';
import { Pagination, type RaRecord, ReferenceManyField, useTranslate } from 'react-admin';
import type { CardContent } from '../list/CardList';
import { ListBody } from '../list/ListBody';

interface ChildListProps<R extends RaRecord> {
  /** The resource listed under this record, e.g. municipalities under a region. */
  reference: string;
  /** The list filter that points at this record: parentId or orgUnitId. */
  target: string;
  sortField: string;
  /** What a child's card shows on a phone. */
  card: CardContent<R>;
  /** The children's table, on wider screens. */
  children: ReactElement;
}

/** A titled, paginated list of what sits directly under the shown record. */
export const ChildList = <R extends RaRecord>(props: ChildListProps<R>) => {
  const { reference, target, sortField, card, children } = props;
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mt: 2 }}>
      <Typography component="h2" variant="h6" gutterBottom>
        {translate(`resources.${reference}.name`, { smart_count: 2 })}
      </Typography>
      <ReferenceManyField
        reference={reference}
        target={target}
        sort={{ field: sortField, order: 'ASC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={
          <Typography variant="body2" color="text.secondary">
            {translate('cutover.org.empty')}
          </Typography>
        }
      >
        <ListBody table={children} card={card} />
      </ReferenceManyField>
    </Box>
  );
};
