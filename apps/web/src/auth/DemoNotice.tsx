import Alert from '@mui/material/Alert';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';

/** Whether the server runs in demo mode, as its public /healthz says; false when unsure. */
function useDemoMode(): boolean {
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    let current = true;
    fetch('/healthz', { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        if (current && typeof body === 'object' && body !== null && 'demo' in body) {
          setDemo(body.demo === true);
        }
      })
      .catch(() => {
        // Without an answer the page simply does not mention the demo accounts.
      });
    return () => {
      current = false;
    };
  }, []);
  return demo;
}

/** In demo mode, where to find the demo accounts (never the accounts themselves). */
export const DemoNotice = () => {
  const translate = useTranslate();
  if (!useDemoMode()) return null;
  return (
    <Alert severity="info" role="note" sx={{ mx: 2, mt: 1 }}>
      {translate('cutover.auth.demo_accounts')}
    </Alert>
  );
};
