import TableContainer from '@mui/material/TableContainer';
import type { ReactNode } from 'react';

interface ScrollingTableProps {
  /** The id of the heading that names the table. */
  labelledBy: string;
  children: ReactNode;
}

/**
 * A wide table that scrolls sideways inside its own box, so the page never does on a phone.
 * Focusable and named, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export const ScrollingTable = ({ labelledBy, children }: ScrollingTableProps) => (
  <TableContainer role="region" aria-labelledby={labelledBy} tabIndex={0}>
    {children}
  </TableContainer>
);
