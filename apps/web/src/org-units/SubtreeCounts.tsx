import Stack from '@mui/material/Stack';
import { Labeled, useResourceContext } from 'react-admin';
import { LocalNumberField } from '../fields/LocalNumber';

type Count = 'childCount' | 'institutions' | 'staff';

/** Totals under a unit, as returned by byId; each level shows the ones that mean something. */
export const SubtreeCounts = ({ counts }: { counts: readonly Count[] }) => {
  const resource = useResourceContext() ?? '';
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {counts.map((count) => (
        <Labeled key={count} label={`resources.${resource}.fields.${count}`}>
          <LocalNumberField source={count} />
        </Labeled>
      ))}
    </Stack>
  );
};
