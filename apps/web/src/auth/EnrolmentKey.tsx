import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';

/** The new TOTP secret as selectable text: nothing is sent to a QR service outside. */
export const EnrolmentKey = ({ secret, uri }: { secret: string; uri: string }) => {
  const translate = useTranslate();
  const readOnly = { htmlInput: { readOnly: true, spellCheck: false } };
  return (
    <>
      <TextField
        id="totp-secret"
        label={translate('cutover.auth.secret')}
        value={secret}
        fullWidth
        margin="dense"
        slotProps={readOnly}
        sx={{ '& input': { fontFamily: 'monospace' } }}
      />
      <TextField
        id="totp-uri"
        label={translate('cutover.auth.uri')}
        value={uri}
        fullWidth
        multiline
        margin="dense"
        slotProps={readOnly}
        sx={{ mb: 2, '& textarea': { fontFamily: 'monospace', fontSize: 12 } }}
      />
    </>
  );
};
