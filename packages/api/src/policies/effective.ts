import type { ScopedData } from '@cutover/db';
import { policyKeys, resolvePolicies } from '@cutover/domain';
import { visibleNode } from '../org-units/load';
import { describeSource, toSettings } from './settings';

/** Every policy at a node: its value, where it comes from, and the whole chain above it. */
export async function effectivePolicies(data: ScopedData, nodeId: number) {
  const node = await visibleNode(data, nodeId);
  const rows = await data.policies.onPath(node.path);
  const resolved = resolvePolicies(node.path, toSettings(rows));
  return {
    node: { id: node.id, name: node.name, level: node.level, path: node.path },
    policies: policyKeys.map((key) => {
      const policy = resolved[key];
      return {
        key,
        value: policy.value as unknown,
        lockedBy: policy.lockedBy,
        source:
          policy.source === 'default'
            ? { kind: 'default' as const }
            : {
                kind: 'node' as const,
                ...policy.source,
                ...describeSource(rows, policy.source.nodeId),
              },
        chain: policy.chain.map((link) => ({
          ...link,
          value: link.value as unknown,
          ...describeSource(rows, link.nodeId),
        })),
      };
    }),
  };
}
