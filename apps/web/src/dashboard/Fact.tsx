import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface FactProps {
  label: string;
  value: ReactNode;
  /** Smaller lines under the value: where a figure comes from. */
  detail?: ReactNode;
  /** Spans every column of the card's grid. */
  wide?: boolean;
}

/** One labelled figure of a card, as a term and its description (inside a <dl>). */
export const Fact = ({ label, value, detail, wide = false }: FactProps) => (
  <Box sx={{ minWidth: 0, gridColumn: wide ? '1 / -1' : undefined }}>
    <Typography component="dt" variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" variant="body2" sx={{ m: 0, fontWeight: 500 }}>
      {value}
    </Typography>
    {detail ? (
      <Typography
        component="dd"
        variant="caption"
        color="text.secondary"
        sx={{ m: 0, display: 'block' }}
      >
        {detail}
      </Typography>
    ) : null}
  </Box>
);
