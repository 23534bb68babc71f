import Stack from '@mui/material/Stack';
import { Labeled, useResourceContext, useTranslate } from 'react-admin';
import { LocalNumberField } from '../fields/LocalNumber';

type Count = 'childCount' | 'institutions' | 'staff';

/** Totals under a unit, as returned by byId; each level shows the ones that mean something. */
export const SubtreeCounts = ({ counts }: { counts: readonly Count[] }) => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {counts.map((count) => {
        const label = `resources.${resource}.fields.${count}`;
        // A named group ties each figure to its label for assistive technology (and tests).
        return (
          <Labeled key={count} label={label} role="group" aria-label={translate(label)}>
            <LocalNumberField source={count} />
          </Labeled>
        );
      })}
    </Stack>
  );
};
