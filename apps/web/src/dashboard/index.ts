import { lazy } from 'react';

/** react-admin's home page (`<Admin dashboard>`), loaded on first visit like the resource pages. */
export const Dashboard = lazy(() =>
  import('./DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
