import { prefetchDashboard } from './dashboard/prefetch';
import type { Me } from './providers/authApi';
import { fetchMe } from './providers/authApi';
import { prefetch } from './providers/prefetch';

/**
 * What the first screen needs, asked for before React renders: who is signed in (every page
 * checks it) and, on the dashboard, its summary. Called in one tick, they travel in one
 * batched request (httpBatchLink); a signed-out visitor gets two refusals and the login page.
 */
export function prefetchFirstScreen(location: Pick<Location, 'hash'>) {
  prefetch<Me>('auth.me', undefined, fetchMe);
  // react-admin's hash router: `#/?node=…` is the dashboard, `#/staff…` another page.
  const route = location.hash.replace(/^#/, '') || '/';
  const [pathname = '/', search = ''] = route.split('?');
  if (pathname === '/' || pathname === '') prefetchDashboard(search);
}
