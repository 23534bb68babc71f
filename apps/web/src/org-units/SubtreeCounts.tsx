import Stack from '@mui/material/Stack';
import { Labeled, NumberField, useResourceContext } from 'react-admin';

/** Totals for the whole subtree under a unit, as returned by byId. */
export const SubtreeCounts = ({ withChildren = true }: { withChildren?: boolean }) => {
  const resource = useResourceContext() ?? '';
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {withChildren ? (
        <Labeled label={`resources.${resource}.fields.childCount`}>
          <NumberField source="childCount" />
        </Labeled>
      ) : null}
      <Labeled label={`resources.${resource}.fields.institutions`}>
        <NumberField source="institutions" />
      </Labeled>
      <Labeled label={`resources.${resource}.fields.staff`}>
        <NumberField source="staff" />
      </Labeled>
    </Stack>
  );
};
