import { SearchInput, useResourceContext, useTranslate } from 'react-admin';

/**
 * Room for the whole placeholder (Russian ones run longer than the default width) plus the
 * search icon and padding; never wider than the filter bar.
 */
export const searchWidth = (placeholder: string) => `calc(${placeholder.length}ch + 56px)`;

/** The `q` filter with a visible-to-assistive-tech name that says what it searches. */
export const QuickSearch = (_props: { source: 'q'; alwaysOn: true }) => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const label = translate(`resources.${resource}.fields.q`);
  return (
    <SearchInput
      source="q"
      placeholder={label}
      sx={{ width: searchWidth(label), maxWidth: '100%' }}
      slotProps={{ htmlInput: { 'aria-label': label } }}
    />
  );
};
