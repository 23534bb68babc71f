import { SearchInput, useResourceContext, useTranslate } from 'react-admin';

/** The `q` filter with a visible-to-assistive-tech name that says what it searches. */
export const QuickSearch = (_props: { source: 'q'; alwaysOn: true }) => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const label = translate(`resources.${resource}.fields.q`);
  return (
    <SearchInput
      source="q"
      placeholder={label}
      slotProps={{ htmlInput: { 'aria-label': label } }}
    />
  );
};
