import { useNodeView } from '../common/node-page/nodeUrl';
import { parsePolicySearch, policiesPath } from './policyUrl';

/** The node and key in the URL, so a view is a link and the back button goes back. */
export function usePolicyParams() {
  return useNodeView(parsePolicySearch, policiesPath);
}
