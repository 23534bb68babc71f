import { idFromText } from '@cutover/domain';
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-admin';

/** A page about one node names it as `?node=123`; absent: the signed-in user's scope node. */
const NODE_PARAM = 'node';

/** The node the URL names; anything malformed is ignored rather than sent to the server. */
export function readNodeId(query: URLSearchParams): number | undefined {
  return idFromText(query.get(NODE_PARAM));
}

export function writeNodeId(query: URLSearchParams, nodeId: number | undefined): void {
  if (nodeId !== undefined) query.set(NODE_PARAM, String(nodeId));
}

type Path = { pathname: string; search: string };

/**
 * The view in the URL, so a view is a link and the back button goes back. Moving to another
 * view adds a history entry unless `replace` (e.g. switching a date) says otherwise.
 */
export function useNodeView<P>(parse: (search: string) => P, toPath: (params: P) => Path) {
  const location = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => parse(location.search), [parse, location.search]);
  const show = useCallback(
    (next: P, options: { replace?: boolean } = {}) =>
      navigate(toPath(next), { replace: options.replace ?? false }),
    [navigate, toPath],
  );
  return { params, show };
}
