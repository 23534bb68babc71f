import PolicyIcon from '@mui/icons-material/Policy';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const PoliciesPage = lazy(() =>
  import('./PoliciesPage').then((m) => ({ default: m.PoliciesPage })),
);

/**
 * Policies are not rows: the resource gives the menu entry (shown to roles that may list
 * policies) and the `/policies` route; the page reads the node and key from the query.
 */
export const policies = {
  list: PoliciesPage,
  icon: PolicyIcon,
} satisfies Omit<ResourceProps, 'name'>;
