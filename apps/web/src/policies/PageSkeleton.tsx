import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useTranslate } from 'react-admin';

/** Placeholder cards while the policies load; announced once, not per card. */
export const PageSkeleton = () => {
  const translate = useTranslate();
  return (
    <Box role="status" aria-label={translate('cutover.policies.loading')} aria-busy="true">
      <Skeleton variant="text" width="40%" height={40} />
      {[0, 1, 2].map((index) => (
        <Skeleton key={index} variant="rounded" height={140} sx={{ mt: 2 }} />
      ))}
    </Box>
  );
};
