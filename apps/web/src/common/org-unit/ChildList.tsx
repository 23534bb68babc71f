import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Pagination, ReferenceManyField, useTranslate } from 'react-admin';

interface ChildListProps {
  /** The resource listed under this record, e.g. municipalities under a region. */
  reference: string;
  /** The list filter that points at this record: parentId or orgUnitId. */
  target: string;
  sortField: string;
  children: ReactNode;
}

/** A titled, paginated list of what sits directly under the shown record. */
export const ChildList = ({ reference, target, sortField, children }: ChildListProps) => {
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
        {children}
      </ReferenceManyField>
    </Box>
  );
};
