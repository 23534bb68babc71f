import { type Theme, ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';

type CheckboxState = { 'aria-label'?: unknown };

const label = (state: CheckboxState) =>
  typeof state['aria-label'] === 'string' ? state['aria-label'] : undefined;

/**
 * react-admin names its row checkboxes with an aria-label on MUI's wrapping span, where
 * it is prohibited and leaves the input unnamed (axe: aria-prohibited-attr, label). Under
 * this provider the name moves to the input itself.
 */
const withLabelledInputs = (outer: Theme): Theme => ({
  ...outer,
  components: {
    ...outer.components,
    MuiCheckbox: {
      ...outer.components?.MuiCheckbox,
      defaultProps: {
        ...outer.components?.MuiCheckbox?.defaultProps,
        slotProps: {
          root: () => ({ 'aria-label': undefined }),
          input: (state: CheckboxState) => ({ 'aria-label': label(state) }),
        },
      },
    },
  },
});

export const LabelledCheckboxes = ({ children }: { children: ReactNode }) => (
  <ThemeProvider theme={withLabelledInputs}>{children}</ThemeProvider>
);
