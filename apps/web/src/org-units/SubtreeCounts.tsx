import Stack from '@mui/material/Stack';
import { Labeled, NumberField, useResourceContext } from 'react-admin';

type Count = 'childCount' | 'institutions' | 'staff';

/** Totals under a unit, as returned by byId; each level shows the ones that mean something. */
export const SubtreeCounts = ({ counts }: { counts: readonly Count[] }) => {
  const resource = useResourceContext() ?? '';
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {counts.map((count) => (
        <Labeled key={count} label={`resources.${resource}.fields.${count}`}>
          <NumberField source={count} />
        </Labeled>
      ))}
    </Stack>
  );
};
