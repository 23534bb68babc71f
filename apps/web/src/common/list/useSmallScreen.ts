import type { Theme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';

/** A phone-sized window: react-admin's own breakpoint for its small-screen layouts. */
export const useSmallScreen = () =>
  // noSsr: read the media query on the first render, so a phone never flashes the table.
  useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
