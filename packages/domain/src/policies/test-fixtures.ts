import type { PolicyKey, PolicyValue } from './catalog';
import type { PolicySetting } from './resolve';

/** Builds a setting for tests; metadata is derived from the node so provenance is checkable. */
export function setting<K extends PolicyKey>(
  nodeId: number,
  key: K,
  value: PolicyValue<K>,
  locked = false,
): PolicySetting<K> {
  return {
    nodeId,
    key,
    value,
    locked,
    reason: `set at ${nodeId}`,
    setBy: nodeId * 10,
    setAt: new Date(Date.UTC(2025, 8, 1, 0, 0, nodeId)),
  };
}
