import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { HttpError, useRefresh, useTranslate } from 'react-admin';

interface StaleVersion {
  stale: boolean;
  /** Shows the notice when the error is a stale version; tells whether it was one. */
  report: (error: unknown) => boolean;
  clear: () => void;
}

const StaleVersionContext = createContext<StaleVersion>({
  stale: false,
  report: () => false,
  clear: () => undefined,
});

export const isStaleVersion = (error: unknown) =>
  error instanceof HttpError && error.message === 'errors.stale_version';

/** One notice per page, shared by the form and the actions that change the shown record. */
export const StaleVersionProvider = ({ children }: { children: ReactNode }) => {
  const [stale, setStale] = useState(false);
  const value = useMemo<StaleVersion>(
    () => ({
      stale,
      report: (error) => {
        const isStale = isStaleVersion(error);
        if (isStale) setStale(true);
        return isStale;
      },
      clear: () => setStale(false),
    }),
    [stale],
  );
  return <StaleVersionContext.Provider value={value}>{children}</StaleVersionContext.Provider>;
};

export const useStaleVersion = () => useContext(StaleVersionContext);

/** "Someone else changed this record": reloading shows their change and a fresh version. */
export const StaleVersionAlert = () => {
  const { stale, clear } = useStaleVersion();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!stale) return null;
  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ mb: 2 }}
      action={
        <Button
          color="inherit"
          size="small"
          onClick={() => {
            clear();
            refresh();
          }}
        >
          {translate('cutover.edit.reload')}
        </Button>
      }
    >
      {translate('errors.stale_version')}
    </Alert>
  );
};
