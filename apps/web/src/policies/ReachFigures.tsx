import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import type { PolicyPreview } from './types';
import { useUiLocale } from './useUiLocale';

const figures = ['institutions', 'staff', 'chats'] as const;

/** How many institutions, staff and chats a setting at the node reaches. */
export const ReachFigures = ({ reach }: { reach: PolicyPreview['reach'] }) => {
  const translate = useTranslate();
  const format = new Intl.NumberFormat(useUiLocale());
  return (
    <Box>
      <Typography variant="body2">{translate('cutover.policies.preview.reach')}</Typography>
      <Box component="dl" sx={{ display: 'flex', gap: 3, m: 0, flexWrap: 'wrap' }}>
        {figures.map((figure) => (
          <Box key={figure} sx={{ display: 'flex', flexDirection: 'column-reverse' }}>
            <Typography component="dt" variant="caption" color="text.secondary">
              {translate(`cutover.policies.preview.${figure}`)}
            </Typography>
            <Typography component="dd" variant="h6" sx={{ m: 0 }}>
              {format.format(reach[figure])}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
