import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-admin';
import { type DashboardParams, dashboardSearch, parseDashboardSearch } from './dashboardUrl';

/** Where a dashboard view lives: react-admin's home route with the view in the query. */
export function dashboardPath(params: DashboardParams) {
  return { pathname: '/', search: dashboardSearch(params) };
}

/**
 * The view in the URL, so a drill-down is a link and the back button goes back up. Drilling
 * adds a history entry; switching the wave or the date replaces the current one.
 */
export function useDashboardParams() {
  const location = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => parseDashboardSearch(location.search), [location.search]);
  const show = useCallback(
    (next: DashboardParams, options: { replace?: boolean } = {}) =>
      navigate(dashboardPath(next), { replace: options.replace ?? false }),
    [navigate],
  );
  return { params, show };
}
