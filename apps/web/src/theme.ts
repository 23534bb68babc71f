import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

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
