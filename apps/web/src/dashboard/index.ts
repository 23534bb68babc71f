import { preloadable } from '../common/preloadable';

/**
 * react-admin's home page (`<Admin dashboard>`), loaded on first visit like the resource
 * pages; the first screen starts loading it before React renders (prefetchDashboardCode).
 */
export const Dashboard = preloadable(() => import('./DashboardPage').then((m) => m.DashboardPage));
