import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslate } from 'react-admin';

export const SubmitButton = ({ busy, labelKey }: { busy: boolean; labelKey: string }) => {
  const translate = useTranslate();
  return (
    <Button
      type="submit"
      variant="contained"
      color="primary"
      disabled={busy}
      fullWidth
      startIcon={busy ? <CircularProgress size={18} color="inherit" /> : null}
    >
      {translate(labelKey)}
    </Button>
  );
};
