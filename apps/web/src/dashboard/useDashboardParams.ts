import { useNodeView } from '../common/node-page/nodeUrl';
import { type DashboardParams, dashboardSearch, parseDashboardSearch } from './dashboardUrl';

/** Where a dashboard view lives: react-admin's home route with the view in the query. */
export function dashboardPath(params: DashboardParams) {
  return { pathname: '/', search: dashboardSearch(params) };
}

/**
 * The view in the URL. Drilling adds a history entry; switching the wave or the date
 * replaces the current one.
 */
export function useDashboardParams() {
  return useNodeView(parseDashboardSearch, dashboardPath);
}
