import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-admin';
import { type PolicyParams, parsePolicySearch, policiesPath } from './policyUrl';

/** The node and key in the URL, so a view is a link and the back button goes back. */
export function usePolicyParams() {
  const location = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => parsePolicySearch(location.search), [location.search]);
  const show = useCallback((next: PolicyParams) => navigate(policiesPath(next)), [navigate]);
  return { params, show };
}
