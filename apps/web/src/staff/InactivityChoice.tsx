import { useRecordContext, useTranslate } from 'react-admin';

/** "30 days or more", pluralised for the language. */
export const InactivityChoice = () => {
  const choice = useRecordContext<{ id: number; days: number }>();
  const translate = useTranslate();
  if (!choice) return null;
  return <>{translate('cutover.filters.inactive_days', { smart_count: choice.days })}</>;
};
