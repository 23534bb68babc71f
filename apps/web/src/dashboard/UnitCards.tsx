import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { LinkBase, useTranslate } from 'react-admin';
import { RiskChip } from './RiskChip';
import type { Drill, UnitRow } from './types';
import { UnitForecast } from './UnitForecast';
import { useFormat } from './useFormat';

interface UnitCardsProps {
  rows: readonly UnitRow[];
  label: string;
  drill: Drill;
}

/** The units table as one card a unit, for phone-sized screens: tap a card to open the unit. */
export const UnitCards = ({ rows, label, drill }: UnitCardsProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const line = (key: string, value: string) => `${translate(key)}: ${value}`;
  return (
    <List disablePadding aria-label={label}>
      {rows.map((row) => (
        <ListItem key={row.id} disablePadding divider>
          <ListItemButton
            component={LinkBase}
            to={drill.to(row.id)}
            sx={{ display: 'block', px: 1, minHeight: 56 }}
          >
            <Typography sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>{row.name}</Typography>
            <Typography variant="body2" component="div" sx={{ display: 'flex', gap: 1, my: 0.5 }}>
              <span>
                {format.percent(row.percent)}
                {row.numerator !== undefined && row.denominator !== undefined
                  ? ` (${translate('cutover.dashboard.of', {
                      numerator: format.count(row.numerator),
                      denominator: format.count(row.denominator),
                    })})`
                  : null}
              </span>
              <RiskChip risk={row.risk} />
            </Typography>
            <Typography variant="body2" color="text.secondary" component="div">
              {row.finishedOn ? (
                line('cutover.dashboard.children.finished', format.day(row.finishedOn))
              ) : (
                <>
                  {translate('cutover.dashboard.forecast.label')}: <UnitForecast row={row} />
                </>
              )}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {line('cutover.dashboard.deadline.label', format.day(row.deadline))}
            </Typography>
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
};
