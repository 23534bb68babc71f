import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { Symbols } from 'recharts';
import { riskColour, riskShape } from '../risk';
import { legendEntries, NO_DATA_FILL } from './unitStyle';

interface MapLegendProps {
  /** The country map: regions without figures are grey, and regions are what one selects. */
  country: boolean;
}

/** What the colours mean: a swatch (or marker shape) per class, "no figures", and what paler means. */
export const MapLegend = ({ country }: MapLegendProps) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 1 }}>
      <Box
        component="ul"
        aria-label={translate('cutover.dashboard.map.legend')}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, listStyle: 'none', m: 0, p: 0 }}
      >
        {legendEntries(country).map((entry) => (
          <Box component="li" key={entry} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
            {country || entry === 'no_data' ? (
              <Box
                aria-hidden
                sx={{
                  width: 14,
                  height: 14,
                  borderRadius: 0.5,
                  border: '1px solid #6b7480',
                  bgcolor: entry === 'no_data' ? NO_DATA_FILL : riskColour[entry],
                }}
              />
            ) : (
              // Markers: the class's shape as well as its colour.
              <svg width={14} height={14} aria-hidden="true">
                <Symbols cx={7} cy={7} type={riskShape[entry]} size={90} fill={riskColour[entry]} />
              </svg>
            )}
            <Typography variant="caption">
              {translate(
                entry === 'no_data'
                  ? 'cutover.dashboard.map.no_data'
                  : `cutover.dashboard.risk.${entry}`,
              )}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        {translate('cutover.dashboard.map.shade')}{' '}
        {translate(`cutover.dashboard.map.hint_${country ? 'country' : 'region'}`)}
      </Typography>
    </Box>
  );
};
