import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useGetIdentity, useTranslate } from 'react-admin';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The signed-in user's role and scope: every page shows only this subtree. */
export const UserScope = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  const role = text(identity.role);
  return (
    <Box
      sx={{
        display: { xs: 'none', md: 'flex' },
        flexDirection: 'column',
        alignItems: 'flex-end',
        mx: 1,
        lineHeight: 1.2,
      }}
    >
      <Typography component="span" variant="body2">
        <Box component="span" sx={{ opacity: 0.85 }}>
          {translate('cutover.layout.scope')}:{' '}
        </Box>
        <strong>{text(identity.scopeName)}</strong>
      </Typography>
      <Typography component="span" variant="caption">
        {translate(`enums.userRole.${role}`, { _: role })}
      </Typography>
    </Box>
  );
};
