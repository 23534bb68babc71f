import { DateField, type DateFieldProps, useLocaleState } from 'react-admin';

/** Dates in the interface language's format, not the browser's. */
export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField {...props} locales={locale} />;
};
