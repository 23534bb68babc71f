import { Loading } from 'react-admin';
import { preloadable } from '../common/preloadable';

/**
 * react-admin's home page (`<Admin dashboard>`), loaded on first visit like the resource
 * pages (react-admin's Loading meanwhile, as its layout shows for them); the first screen
 * starts loading it before React renders (prefetchDashboardCode).
 */
export const Dashboard = preloadable(
  () => import('./DashboardPage').then((m) => m.DashboardPage),
  () => <Loading />,
);
