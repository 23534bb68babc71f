import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { LocalesMenuButton, Login, useTranslate } from 'react-admin';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import type { SecondFactorStep } from '../providers/secondFactor';
import { DemoNotice } from './DemoNotice';
import { PasswordForm } from './PasswordForm';
import { TotpForm } from './TotpForm';

/** Password first; when the server asks for a second factor, a TOTP step on the same page. */
export const LoginPage = () => {
  const translate = useTranslate();
  const [step, setStep] = useState<SecondFactorStep | null>(null);
  useDocumentTitle('cutover.auth.page_title');
  return (
    <Login sx={{ '& .RaLogin-card': { width: 400, maxWidth: '94vw' } }}>
      <Box component="main">
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', px: 2 }}>
          <Typography component="h1" variant="h6">
            {translate('cutover.auth.heading')}
          </Typography>
          <LocalesMenuButton />
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ px: 2 }}>
          {translate('cutover.app.tagline')}
        </Typography>
        <DemoNotice />
        {step ? (
          <TotpForm step={step} onBack={() => setStep(null)} />
        ) : (
          <PasswordForm onSecondFactor={setStep} />
        )}
      </Box>
    </Login>
  );
};
