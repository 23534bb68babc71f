import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useTranslate } from 'react-admin';
import { visuallyHidden } from './visuallyHidden';

/** The cards' and charts' shape while the summary loads (skeletons hold the layout still). */
export const DashboardSkeleton = () => {
  const translate = useTranslate();
  return (
    <Box aria-busy="true" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box component="span" sx={visuallyHidden}>
        {translate('ra.page.loading')}
      </Box>
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
        {[0, 1, 2].map((index) => (
          <Skeleton key={index} variant="rounded" height={260} />
        ))}
      </Box>
      <Skeleton variant="rounded" height={320} />
    </Box>
  );
};
