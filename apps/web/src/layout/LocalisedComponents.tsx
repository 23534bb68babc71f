import { type Theme, ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * MUI components whose own defaults are English text no prop of react-admin reaches: the
 * page navigation of lists names itself "pagination navigation". The labels follow the
 * chosen language.
 */
export const LocalisedComponents = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const pagination = translate('cutover.layout.pagination');
  const localised = (outer: Theme): Theme => ({
    ...outer,
    components: {
      ...outer.components,
      MuiPagination: {
        ...outer.components?.MuiPagination,
        defaultProps: {
          ...outer.components?.MuiPagination?.defaultProps,
          'aria-label': pagination,
        },
      },
    },
  });
  return <ThemeProvider theme={localised}>{children}</ThemeProvider>;
};
