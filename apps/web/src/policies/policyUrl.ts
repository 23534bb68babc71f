import { isPolicyKey, type PolicyKey } from '@cutover/domain';
import { readNodeId, writeNodeId } from '../common/node-page/nodeUrl';

/** What the policies page shows: a node (default: the user's scope node) and maybe one key. */
export interface PolicyParams {
  nodeId?: number;
  key?: PolicyKey;
}

export function parsePolicySearch(search: string): PolicyParams {
  const query = new URLSearchParams(search);
  const params: PolicyParams = {};
  const nodeId = readNodeId(query);
  if (nodeId !== undefined) params.nodeId = nodeId;
  const key = query.get('key');
  if (isPolicyKey(key)) params.key = key;
  return params;
}

export function policySearch(params: PolicyParams): string {
  const query = new URLSearchParams();
  writeNodeId(query, params.nodeId);
  if (params.key !== undefined) query.set('key', params.key);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** A link target inside the app's router (react-admin's hash history). */
export function policiesPath(params: PolicyParams) {
  return { pathname: '/policies', search: policySearch(params) };
}
