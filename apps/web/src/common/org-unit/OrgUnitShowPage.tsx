import Alert from '@mui/material/Alert';
import type { ReactNode } from 'react';
import { Show, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { StaleVersionAlert, StaleVersionProvider } from '../forms/StaleVersion';
import type { OrgUnitShown } from '../rows';
import { OrgUnitActions } from './OrgUnitActions';

/** A closed unit stays readable (history, "as of" views) but says it is closed. */
const ClosedNotice = () => {
  const record = useRecordContext<OrgUnitShown>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.validTo) return null;
  const date = new Date(`${record.validTo}T00:00:00`).toLocaleDateString(locale);
  return (
    <Alert severity="info" sx={{ mx: 2, mt: 2 }}>
      {translate('cutover.org_actions.closed_on', { date })}
    </Alert>
  );
};

/** The show page of a unit of any level, with its structural actions in the toolbar. */
export const OrgUnitShowPage = ({ children }: { children: ReactNode }) => (
  <StaleVersionProvider>
    <Show actions={<OrgUnitActions />}>
      <StaleVersionAlert />
      <ClosedNotice />
      {children}
    </Show>
  </StaleVersionProvider>
);
