import type { Theme } from '@mui/material/styles';
import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/** Touch targets on a phone: at least 44 px each way (WCAG 2.5.5, Apple's guideline). */
const TOUCH = 44;
const onPhone = (theme: Theme) => theme.breakpoints.down('sm');
type Styled = { theme: Theme };
const touchTarget = ({ theme }: Styled) => ({
  [onPhone(theme)]: { minHeight: TOUCH, minWidth: TOUCH },
});
const phoneOnly =
  (style: (theme: Theme) => Record<string, unknown>) =>
  ({ theme }: Styled) => ({ [onPhone(theme)]: style(theme) });

/**
 * Colours chosen for WCAG AA contrast: white on the navy app bar is above 10:1, the
 * primary blue on white above 7:1, so links and buttons stay readable.
 */
export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    mode: 'light',
    primary: { main: '#1a4f8b', contrastText: '#ffffff' },
    secondary: { main: '#0b3d6e', contrastText: '#ffffff' },
    error: { main: '#b3261e' },
    warning: { main: '#8a5300' },
    success: { main: '#1b6e3a' },
    info: { main: '#1a5fa0' },
    background: { default: '#f4f6f9' },
    text: { primary: '#1b1f24', secondary: '#4a525c' },
  },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    ...defaultLightTheme.components,
    MuiLink: { defaultProps: { underline: 'hover' } },
    MuiButton: { styleOverrides: { root: touchTarget } },
    MuiIconButton: { styleOverrides: { root: touchTarget } },
    MuiCheckbox: { styleOverrides: { root: touchTarget } },
    MuiMenuItem: {
      styleOverrides: { root: phoneOnly(() => ({ minHeight: TOUCH })) },
    },
    MuiListItemButton: {
      styleOverrides: { root: phoneOnly(() => ({ minHeight: TOUCH })) },
    },
    MuiTablePagination: {
      styleOverrides: {
        // The rows-per-page picker and the page counter wrap onto lines of their own on a phone.
        toolbar: phoneOnly(() => ({ flexWrap: 'wrap', paddingLeft: 8 })),
      },
    },
    // A dialog keeps 16 px of the page around it on a phone, not 32: its form gets the width.
    MuiDialog: {
      styleOverrides: {
        paper: phoneOnly((theme) => ({ margin: theme.spacing(2) })),
        paperFullWidth: phoneOnly(() => ({ width: 'calc(100% - 32px)' })),
      },
    },
    // Spinners only decorate a pending request (buttons and regions keep their own labels);
    // an unnamed progressbar is an axe violation, so they stay out of the accessibility tree.
    MuiCircularProgress: { defaultProps: { 'aria-hidden': true } },
    // react-admin fades its error and access-denied pages to half opacity, below AA contrast.
    RaError: { styleOverrides: { root: { opacity: 1, color: '#4a525c' } } },
    RaAccessDenied: {
      styleOverrides: { root: { '& .RaAccessDenied-message': { opacity: 1, color: '#4a525c' } } },
    },
    // Its loading page's message is text.disabled too, below AA contrast.
    RaLoading: {
      styleOverrides: { root: { '& .RaLoading-message': { color: '#4a525c' } } },
    },
    // react-admin greys the empty-list message to text.disabled, below AA contrast.
    RaEmpty: {
      styleOverrides: {
        root: {
          '& .RaEmpty-message': { color: '#4a525c' },
          '& .RaEmpty-icon': { color: '#9aa3ad' },
        },
      },
    },
  },
};
