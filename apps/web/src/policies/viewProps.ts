import type { PolicyParams } from './policyUrl';
import type { EffectivePolicies } from './types';
import type { PolicyPermissions } from './usePolicyPermissions';

/** What both views of the page get: the node's policies, the URL, and what the role may do. */
export interface ViewProps {
  data: EffectivePolicies;
  params: PolicyParams;
  show: (next: PolicyParams) => void;
  permissions: PolicyPermissions;
  /** Bumped after each change, so lists read from the server are read again. */
  revision: number;
  onChanged: () => void;
}
