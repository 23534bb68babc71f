import {
  DataTable,
  type DataTableNumberColumnProps,
  NumberField,
  type NumberFieldProps,
  useLocaleState,
} from 'react-admin';

/** Numbers grouped the interface language's way (1,411 or 1 411), not the browser's. */
export const LocalNumberField = (props: NumberFieldProps) => {
  const [locale] = useLocaleState();
  return <NumberField {...props} locales={locale} />;
};

export const LocalNumberCol = (props: DataTableNumberColumnProps) => {
  const [locale] = useLocaleState();
  return <DataTable.NumberCol {...props} locales={locale} />;
};
