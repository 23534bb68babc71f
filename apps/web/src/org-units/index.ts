import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

const HierarchyPage = lazy(() =>
  import('./HierarchyPage').then((m) => ({ default: m.HierarchyPage })),
);

/**
 * The tree browser is the list page of the `orgUnits` resource: the menu then shows it to
 * exactly the roles that may list org units, as it does every other resource.
 */
export const orgUnits = {
  list: HierarchyPage,
  icon: AccountTreeIcon,
  options: { label: 'cutover.hierarchy.menu' },
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
