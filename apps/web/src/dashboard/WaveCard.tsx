import Check from '@mui/icons-material/Check';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { AdoptionFigure } from './AdoptionFigure';
import { ChangeDelta } from './ChangeDelta';
import { DeadlineInfo } from './DeadlineInfo';
import { Fact } from './Fact';
import { ForecastInfo } from './ForecastInfo';
import { LateChildren } from './LateChildren';
import { RiskChip } from './RiskChip';
import type { WaveSummary } from './types';
import { useFormat } from './useFormat';

interface WaveCardProps {
  row: WaveSummary;
  childLevel: string | null;
  thresholdPercent: number;
  selected: boolean;
  onSelect: () => void;
}

/** One wave at the node: the share done and why to believe it, the trend, the deadline, the risk. */
export const WaveCard = ({
  row,
  childLevel,
  thresholdPercent,
  selected,
  onSelect,
}: WaveCardProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const titleId = useId();
  return (
    <Card
      component="article"
      variant="outlined"
      aria-labelledby={titleId}
      onClick={onSelect}
      sx={{
        cursor: 'pointer',
        display: 'flex',
        flexDirection: 'column',
        borderWidth: 2,
        borderColor: selected ? 'primary.main' : 'divider',
      }}
    >
      <CardContent sx={{ flexGrow: 1, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Box
          sx={{
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'flex-start',
            gap: 1,
          }}
        >
          <Typography id={titleId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {format.waveName(row.wave)}
          </Typography>
          <RiskChip risk={row.risk} />
        </Box>
        <AdoptionFigure metrics={row.metrics} />
        <Box
          component="dl"
          sx={{ m: 0, display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 1.5 }}
        >
          <Fact
            label={translate('cutover.dashboard.change.label')}
            value={<ChangeDelta points={row.change7d} />}
          />
          <ForecastInfo forecast={row.forecast} thresholdPercent={thresholdPercent} />
          <DeadlineInfo deadline={row.deadline} />
        </Box>
        <LateChildren counts={row.lateChildren} childLevel={childLevel} />
      </CardContent>
      <CardActions sx={{ pt: 0 }}>
        <Button
          size="small"
          startIcon={selected ? <Check aria-hidden /> : undefined}
          aria-pressed={selected}
          aria-describedby={titleId}
          onClick={(event) => {
            event.stopPropagation();
            onSelect();
          }}
        >
          {translate('cutover.dashboard.select_wave')}
        </Button>
      </CardActions>
    </Card>
  );
};
