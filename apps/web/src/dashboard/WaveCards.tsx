import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import type { WaveSummary } from './types';
import { WaveCard } from './WaveCard';

interface WaveCardsProps {
  waves: readonly WaveSummary[];
  /** The level of the units below the node, whose late ones each card counts. */
  childLevel: string | null;
  thresholdPercent: number;
  selectedId: number;
  onSelect: (waveId: number) => void;
}

/** A card per wave; the selected one drives the charts and tables below. */
export const WaveCards = ({
  waves,
  childLevel,
  thresholdPercent,
  selectedId,
  onSelect,
}: WaveCardsProps) => {
  const translate = useTranslate();
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id}>
      <Typography id={id} component="h2" variant="h6" gutterBottom>
        {translate('cutover.dashboard.waves')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: {
            xs: 'minmax(0, 1fr)',
            sm: 'repeat(2, minmax(0, 1fr))',
            lg: 'repeat(3, minmax(0, 1fr))',
          },
        }}
      >
        {waves.map((row) => (
          <WaveCard
            key={row.wave.id}
            row={row}
            childLevel={childLevel}
            thresholdPercent={thresholdPercent}
            selected={row.wave.id === selectedId}
            onSelect={() => onSelect(row.wave.id)}
          />
        ))}
      </Box>
    </Box>
  );
};
